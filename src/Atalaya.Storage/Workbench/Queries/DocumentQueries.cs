using Atalaya.Core.Contract;
using Atalaya.Storage.Workbench;

namespace Atalaya.Storage.Workbench.Queries;

/// <summary>Documents, latest published first, and one document as the contract's document object.</summary>
internal static class DocumentQueries
{
    public static PageOf<DocumentListItem> Page(WorkbenchDb db, Filters filters, Paging paging)
    {
        var where = FilterSql.Documents(db, filters);
        // Filtered, counted and paged on the narrow web_documents; only the page's rows are read from documents.
        var total = Sql.Count(db, $"SELECT COUNT(*) FROM web_documents d {where}", where);
        var items = Sql.Rows(
            db,
            $"""
            SELECT COALESCE(cd.document_id, d.id), d.title, d.language, d.published, d.url, d.source, cd.story_id, cd.duplicate_of
            FROM (SELECT d.seq, d.published FROM web_documents d {where} ORDER BY d.published DESC NULLS LAST, d.seq DESC LIMIT @limit OFFSET @offset) p
            JOIN documents d ON d.seq = p.seq LEFT JOIN corpus_documents cd ON cd.seq = d.seq
            ORDER BY p.published DESC NULLS LAST, p.seq DESC
            """,
            r => new DocumentListItem(r.GetString(0), r.Text(1), r.GetString(2), r.Text(3), r.Text(4), r.GetString(5), r.Text(6), r.Text(7)),
            where,
            ("@limit", paging.PageSize),
            ("@offset", paging.Offset));
        return new PageOf<DocumentListItem>(total, paging.Page, paging.PageSize, items);
    }

    /// <summary>
    /// The document as consolidation wrote it (corpus entity ids, story, duplicate_of, events) with its
    /// text; a document not consolidated yet is its stored analysis, found by its own id.
    /// </summary>
    public static ContractDocument? One(WorkbenchDb db, string id)
    {
        var row = Sql.Row(
            db,
            """
            SELECT d.seq, d.text FROM documents d
            WHERE d.seq = COALESCE((SELECT seq FROM corpus_documents WHERE document_id = @id), (SELECT MIN(seq) FROM documents WHERE id = @id))
            """,
            r => Tuple.Create(r.GetInt64(0), r.GetString(1)),
            values: ("@id", id));
        // The consolidated document is read by the store's own reader of its links.
        if (row is null || db.Dialect.ConsolidatedDocument(db.Connection, row.Item1) is not { } json)
        {
            return null;
        }

        var document = ContractRows.Parse(json, ContractJsonContext.Default.ContractDocument);
        document.Text = row.Item2;
        return document;
    }

    /// <summary>The stored document of a content hash (its corpus id once consolidated), as <see cref="One"/> gives it.</summary>
    public static ContractDocument? ByContentHash(WorkbenchDb db, string contentHash)
        => Sql.Row(
            db,
            "SELECT COALESCE(cd.document_id, d.id) FROM documents d LEFT JOIN corpus_documents cd ON cd.seq = d.seq WHERE d.content_hash = @hash",
            r => r.GetString(0),
            values: ("@hash", contentHash)) is { } id ? One(db, id) : null;
}
