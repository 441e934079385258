using Atalaya.Storage.Relational;
using Atalaya.Storage.Workbench;
using Atalaya.Storage.Workbench.Queries;

namespace Atalaya.Storage.Postgres.Workbench;

/// <summary>
/// Full-text search over document titles and texts with the documents' tsvector (documents.search,
/// accents folded by the web_folded configuration, see PostgresWorkbenchSchema).
/// </summary>
internal static class PostgresFullText
{
    // Control characters that cannot occur in stored text mark the matches in the headline; they are removed and become offsets.
    private const char Open = '\u0001';
    private const char Close = '\u0002';

    private const string Query = "plainto_tsquery('web_folded'::regconfig, @words)";

    public static (long Total, List<SearchHit> Hits) Search(WorkbenchDb db, string text, Paging paging)
    {
        // A word in most documents makes the planner prefer reading the table to the GIN index: it
        // cannot tell that testing a row means reading its tsvector from TOAST (on 100,000 documents,
        // 1.9 s to count 'cartel' that way, 0.05 s through the index). Off for these two reads only.
        using var transaction = db.Connection.BeginTransaction();
        Commands.Execute(db.Connection, "SET LOCAL enable_seqscan = off", transaction);
        var found = Run(db, text, paging);
        transaction.Commit();
        return found;
    }

    private static (long Total, List<SearchHit> Hits) Run(WorkbenchDb db, string text, Paging paging)
    {
        var words = string.Join(' ', SearchText.Words(text));
        // Best first; equal ranks in storage order. Ranking reads every hit's tsvector, so the same pass
        // counts them (a second one would read them again). The headline of the page's rows only: it
        // reads their text again.
        long? total = null;
        var hits = Sql.Rows(
            db,
            $"""
            SELECT COALESCE(cd.document_id, d.id), d.title, d.language, d.published,
                ts_headline('web_folded'::regconfig, COALESCE(d.title, '') || ' ' || d.text, {Query},
                    'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxWords=32, MinWords=12, ShortWord=0, MaxFragments=1, FragmentDelimiter=…'),
                f.total
            FROM (SELECT seq, rank, COUNT(*) OVER () AS total FROM (
                      -- OFFSET 0 ranks below the count: else the count's buffer holds each hit's whole tsvector (on disk past work_mem).
                      SELECT seq, ts_rank(search, {Query}) AS rank FROM documents WHERE search @@ {Query} OFFSET 0) h
                  ORDER BY rank DESC, seq LIMIT @limit OFFSET @offset) f
            JOIN documents d ON d.seq = f.seq LEFT JOIN corpus_documents cd ON cd.seq = d.seq
            ORDER BY f.rank DESC, f.seq
            """,
            r =>
            {
                total = r.GetInt64(5);
                var (snippet, highlights) = SearchText.Highlights(r.GetString(4), Open, Close);
                return new SearchHit(r.GetString(0), r.Text(1), r.GetString(2), r.Text(3), snippet, highlights);
            },
            values: [("@words", words), ("@limit", paging.PageSize), ("@offset", paging.Offset)]);

        // A page past the last hit has no row to carry the total.
        total ??= Sql.Count(db, $"SELECT COUNT(*) FROM documents WHERE search @@ {Query}", values: ("@words", words));
        return (total.Value, hits);
    }
}
