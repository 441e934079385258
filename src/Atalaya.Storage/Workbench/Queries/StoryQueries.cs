using Atalaya.Core.Contract;
using Atalaya.Storage.Workbench;
using System.Data.Common;

namespace Atalaya.Storage.Workbench.Queries;

/// <summary>Stories, latest first, and one story with its documents and events.</summary>
internal static class StoryQueries
{
    /// <summary>How many of a story's events its page lists: a story is one incident or a few, rarely more.</summary>
    public const int EventLimit = 200;

    public static PageOf<StorySummary> Page(WorkbenchDb db, Filters filters, Paging paging)
    {
        var where = FilterSql.Stories(filters);
        var total = Sql.Count(db, $"SELECT COUNT(*) FROM {db.Dialect.StoryCountSource} {where}", where);
        return new PageOf<StorySummary>(total, paging.Page, paging.PageSize, Summaries(db, where, paging.PageSize, paging.Offset));
    }

    public static List<StorySummary> Summaries(WorkbenchDb db, SqlWhere where, int limit, int offset)
        => Sql.Rows(
            db,
            $"""
            SELECT s.id, s.title, s.languages, s.documents, s.first_published, s.last_published FROM {db.Dialect.StorySource} {where}
            ORDER BY s.last_published DESC NULLS LAST, s.{db.Dialect.RowOrder} DESC LIMIT @limit OFFSET @offset
            """,
            r => new StorySummary(
                r.GetString(0),
                r.Text(1),
                r.GetString(2).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                r.GetInt64(3),
                r.Text(4),
                r.Text(5)),
            where,
            ("@limit", limit),
            ("@offset", offset));

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
        return new StoryDetail(story, ContractRows.Documents(db, "cd.story_id = @id", ("@id", id)), events, ContractRows.EntityNames(db, events));
    }
}
