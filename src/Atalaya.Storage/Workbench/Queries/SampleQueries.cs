using System.Data.Common;
using Atalaya.Storage.Workbench;

namespace Atalaya.Storage.Workbench.Queries;

/// <summary>The benchmark's sample of a database (see <see cref="WorkbenchSample"/>); ids spread over the table by a multiplicative hash of seq.</summary>
internal static class SampleQueries
{
    public static WorkbenchSample Read(WorkbenchDb db)
    {
        List<string> Strings(string sql) => Sql.Rows(db, sql, r => r.GetString(0));
        long Count(string table) => Sql.Count(db, $"SELECT COUNT(*) FROM {table}");
        var busiestActors = Strings("SELECT entity_id FROM corpus_event_actors GROUP BY entity_id ORDER BY COUNT(*) DESC LIMIT 5");
        return new WorkbenchSample(
            Count("documents"),
            Count("corpus_events"),
            Count("corpus_entities"),
            Count("corpus_stories"),
            Strings("SELECT admin1 FROM corpus_events WHERE admin1 IS NOT NULL GROUP BY admin1 ORDER BY COUNT(*) DESC LIMIT 5"),
            Strings("SELECT type FROM corpus_events GROUP BY type ORDER BY COUNT(*) DESC LIMIT 3"),
            Strings("SELECT substr(MAX(date), 1, 7) FROM corpus_events WHERE length(date) = 10 HAVING MAX(date) IS NOT NULL").FirstOrDefault() ?? "2026-01",
            busiestActors.FirstOrDefault(),
            Strings("SELECT id FROM corpus_events ORDER BY (seq * 7919) % 1009 LIMIT 40"),
            [.. busiestActors, .. Strings("SELECT id FROM corpus_entities ORDER BY (seq * 7919) % 1009 LIMIT 35")],
            [.. Strings("SELECT id FROM corpus_stories ORDER BY documents DESC LIMIT 5"), .. Strings("SELECT id FROM corpus_stories ORDER BY (seq * 7919) % 1009 LIMIT 35")],
            Strings("SELECT document_id FROM corpus_documents ORDER BY (seq * 7919) % 1009 LIMIT 40"));
    }
}
