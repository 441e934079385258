using Atalaya.Storage.Workbench;
using Atalaya.Storage.Workbench.Queries;

namespace Atalaya.Storage.Sqlite.Workbench;

/// <summary>Full-text search over document titles and texts with FTS5 (the index: FullTextIndex).</summary>
internal static class SqliteFullText
{
    // Control characters that cannot occur in stored text mark the matches in FTS5's snippet; they are removed and become offsets.
    private const char Open = '\u0001';
    private const char Close = '\u0002';

    public static (long Total, List<SearchHit> Hits) Search(WorkbenchDb db, string text, Paging paging)
    {
        var match = MatchExpression(text);
        var total = Sql.Count(db, $"SELECT COUNT(*) FROM {FullTextIndex.Table} WHERE {FullTextIndex.Table} MATCH @match", values: ("@match", match));
        // Best first (bm25); equal ranks in storage order, as on PostgreSQL (the rowid is the documents' seq).
        var hits = Sql.Rows(
            db,
            $"""
            SELECT COALESCE(cd.document_id, d.id), d.title, d.language, d.published, f.snippet
            FROM (SELECT rowid, rank, snippet({FullTextIndex.Table}, -1, char(1), char(2), '…', 32) AS snippet
                  FROM {FullTextIndex.Table} WHERE {FullTextIndex.Table} MATCH @match ORDER BY rank, rowid LIMIT @limit OFFSET @offset) f
            JOIN documents d ON d.seq = f.rowid LEFT JOIN corpus_documents cd ON cd.seq = d.seq
            ORDER BY f.rank, f.rowid
            """,
            r =>
            {
                var (snippet, highlights) = Highlights(r.GetString(4));
                return new SearchHit(r.GetString(0), r.Text(1), r.GetString(2), r.Text(3), snippet, highlights);
            },
            values: [("@match", match), ("@limit", paging.PageSize), ("@offset", paging.Offset)]);
        return (total, hits);
    }

    /// <summary>
    /// The user's words as an FTS5 query: each word quoted (so operators and punctuation are taken
    /// literally), all of them required.
    /// </summary>
    public static string MatchExpression(string text)
        => string.Join(' ', SearchText.Words(text).Select(w => $"\"{w}\""));

    /// <summary>The snippet without its markers, and the [start, end) offsets the markers enclosed.</summary>
    public static (string Snippet, List<int[]> Highlights) Highlights(string marked) => SearchText.Highlights(marked, Open, Close);
}
