using Atalaya.Core.Contract;
using Atalaya.Storage.Workbench;
using System.Data.Common;

namespace Atalaya.Storage.Workbench.Queries;

/// <summary>Stories, latest first, and one story with its documents and events.</summary>
internal static class StoryQueries
{
    /// <summary>How many of a story's events its page lists: a story is one incident or a few, rarely more.</summary>
    public const int EventLimit = 200;

    public static PageOf<StorySummary> Page(WorkbenchDb db, Filters filters, Paging paging, StoryTriage triage)
    {
        var where = FilterSql.Stories(db, filters);
        if (triage.MinDocuments > 1)
        {
            where.Add("s.documents >= @minDocuments", ("@minDocuments", triage.MinDocuments));
        }

        if (triage.MinLanguages > 1)
        {
            // The languages are one comma-separated text: their number is its commas plus one.
            where.Add("length(s.languages) - length(replace(s.languages, ',', '')) + 1 >= @minLanguages", ("@minLanguages", triage.MinLanguages));
        }

        var total = Sql.Count(db, $"SELECT COUNT(*) FROM {db.Dialect.StoryCountSource} {where}", where);
        return new PageOf<StorySummary>(total, paging.Page, paging.PageSize, Summaries(db, where, paging.PageSize, paging.Offset));
    }

    /// <remarks>The page's stories first, then their events' figures by story id (through web_events' story index): a few rows per story.</remarks>
    public static List<StorySummary> Summaries(WorkbenchDb db, SqlWhere where, int limit, int offset)
    {
        var page = Sql.Rows(
            db,
            $"""
            SELECT s.id, s.title, s.languages, s.documents, s.first_published, s.last_published FROM {db.Dialect.StorySource} {where}
            ORDER BY s.last_published DESC NULLS LAST, s.{db.Dialect.RowOrder} DESC LIMIT @limit OFFSET @offset
            """,
            r => (Id: r.GetString(0), Title: r.Text(1), Languages: r.GetString(2), Documents: r.GetInt64(3), First: r.Text(4), Last: r.Text(5)),
            where,
            ("@limit", limit),
            ("@offset", offset));
        if (page.Count == 0)
        {
            return [];
        }

        (string, object?) ids = ("@ids", Sql.JsonArray(page.Select(p => p.Id)));
        var figures = Sql.Rows(
            db,
            $"SELECT w.story_id, COUNT(*), COALESCE(SUM(w.fatalities), 0) FROM {db.Dialect.StoryEventSource} WHERE w.story_id IN ({db.Dialect.ValuesOf("@ids")}) GROUP BY w.story_id",
            r => (Story: r.GetString(0), Events: r.GetInt64(1), Fatalities: r.GetInt64(2)),
            values: [ids]).ToDictionary(f => f.Story);
        var states = Sql.Rows(
            db,
            $"SELECT w.story_id, w.admin1, COUNT(*) FROM {db.Dialect.StoryEventSource} WHERE w.story_id IN ({db.Dialect.ValuesOf("@ids")}) AND w.admin1 IS NOT NULL GROUP BY w.story_id, w.admin1",
            r => (Story: r.GetString(0), State: r.GetString(1), Events: r.GetInt64(2)),
            values: [ids]);
        var actors = Sql.Rows(
            db,
            $"""
            SELECT w.story_id, n.name, COUNT(DISTINCT a.event_id) FROM {db.Dialect.StoryEventSource}
            JOIN corpus_event_actors a ON a.event_id = w.id JOIN corpus_entities n ON n.id = a.entity_id
            WHERE w.story_id IN ({db.Dialect.ValuesOf("@ids")}) GROUP BY w.story_id, n.name
            """,
            r => (Story: r.GetString(0), Name: r.GetString(1), Events: r.GetInt64(2)),
            values: [ids]);

        // Ties are broken by ordinal name here, not by each engine's collation, so both engines agree.
        return [.. page.Select(p => new StorySummary(
            p.Id,
            p.Title,
            p.Languages.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            p.Documents,
            p.First,
            p.Last,
            figures.GetValueOrDefault(p.Id).Events,
            figures.GetValueOrDefault(p.Id).Fatalities,
            states.Where(s => s.Story == p.Id).OrderByDescending(s => s.Events).ThenBy(s => s.State, StringComparer.Ordinal).Select(s => s.State).FirstOrDefault(),
            [.. actors.Where(a => a.Story == p.Id).OrderByDescending(a => a.Events).ThenBy(a => a.Name, StringComparer.Ordinal).Take(3).Select(a => a.Name)]))];
    }

    public static StoryDetail? One(WorkbenchDb db, string id)
    {
        var story = Sql.Row(
            db,
            "SELECT json FROM corpus_stories WHERE id = @id",
            r => ContractRows.Parse(r.GetString(0), ContractJsonContext.Default.ContractStory),
            values: ("@id", id));
        if (story is null)
        {
            return null;
        }

        var events = Sql.Rows(
            db,
            // Through web_events' story index: corpus_events has none on story_id, and scanning it reads every event's JSON.
            $"""
            SELECT c.json FROM {db.Dialect.StoryEventSource} JOIN corpus_events c ON c.id = w.id
            WHERE w.story_id = @id ORDER BY w.date NULLS FIRST, w.{db.Dialect.RowOrder} LIMIT @limit
            """,
            r => ContractRows.Event(r, 0),
            values: [("@id", id), ("@limit", EventLimit)]);
        // As analysts left them: an event merged into another is told by that one (here when it is of the story too).
        var folds = AnalystFolds.Read(db);
        var (shown, _) = ReviewedEvents.Of(db, folds, [.. events.Where(e => !folds.Events.ContainsKey(e.Id))]);
        return new StoryDetail(story, ContractRows.Documents(db, "cd.story_id = @id", ("@id", id)), shown, ContractRows.EntityNames(db, shown));
    }
}
