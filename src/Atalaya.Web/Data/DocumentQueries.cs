using Atalaya.Core.Contract;
using Atalaya.Web.Api;
using Atalaya.Web.Json;
using Microsoft.Data.Sqlite;

namespace Atalaya.Web.Data;

/// <summary>Documents, latest published first, and one document as the contract's document object.</summary>
internal static class DocumentQueries
{
    public static PageOf<DocumentListItem> Page(SqliteConnection connection, Filters filters, Paging paging)
    {
        var where = FilterSql.Documents(filters);
        const string From = "FROM documents d LEFT JOIN corpus_documents cd ON cd.seq = d.seq";
        var total = Sql.Count(connection, $"SELECT COUNT(*) {From} {where}", where);
        var items = Sql.Rows(
            connection,
            $"""
            SELECT COALESCE(cd.document_id, d.id), d.title, d.language, d.published, d.url, d.source, cd.story_id, cd.duplicate_of {From} {where}
            ORDER BY d.published IS NULL, d.published DESC, d.seq DESC LIMIT $limit OFFSET $offset
            """,
            r => new DocumentListItem(r.GetString(0), r.Text(1), r.GetString(2), r.Text(3), r.Text(4), r.GetString(5), r.Text(6), r.Text(7)),
            where,
            ("$limit", paging.PageSize),
            ("$offset", paging.Offset));
        return new PageOf<DocumentListItem>(total, paging.Page, paging.PageSize, items);
    }

    /// <summary>
    /// The stored analysis with the text, and what consolidation added (story, duplicate_of, corpus
    /// event ids). A document not consolidated yet is found by its own id.
    /// </summary>
    public static ContractDocument? One(SqliteConnection connection, string id)
    {
        var row = Sql.Row(
            connection,
            """
            SELECT d.analysis, d.text, cd.document_id, cd.story_id, cd.duplicate_of FROM documents d LEFT JOIN corpus_documents cd ON cd.seq = d.seq
            WHERE d.seq = COALESCE((SELECT seq FROM corpus_documents WHERE document_id = $id), (SELECT MIN(seq) FROM documents WHERE id = $id))
            """,
            r => Tuple.Create(r.GetString(0), r.GetString(1), r.Text(2), r.Text(3), r.Text(4)),
            values: ("$id", id));
        if (row is null)
        {
            return null;
        }

        var (analysis, text, corpusId, story, duplicateOf) = row;
        var document = ContractRows.Parse(analysis, ContractJsonContext.Default.ContractDocument);
        document.Text = text;
        if (corpusId is not null)
        {
            document.Id = corpusId;
            document.Story = story;
            document.DuplicateOf = duplicateOf;
            document.Events = Sql.Rows(
                connection, "SELECT event_id FROM corpus_event_documents WHERE document_id = $id ORDER BY event_id", r => r.GetString(0), values: ("$id", corpusId));
        }

        return document;
    }
}
