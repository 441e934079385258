using Atalaya.Core.Contract;
using Atalaya.Storage.Workbench;
using System.Data.Common;

namespace Atalaya.Storage.Sqlite.Workbench;

/// <summary>Stories, latest first, and one story with its documents and events.</summary>
internal static class StoryQueries
{
    /// <summary>How many of a story's events its page lists: a story is one incident or a few, rarely more.</summary>
    public const int EventLimit = 200;

    /// <summary>
    /// Stories read through the index of their order and filters (dates, languages, id): the filters'
    /// id lists are then tested per index entry and a page stops after its last row. SQLite would
    /// otherwise look up every story of a large state or type by id, read its row and sort them all.
    /// </summary>
    private const string Source = "corpus_stories s INDEXED BY web_corpus_stories_cover";

    public static PageOf<StorySummary> Page(DbConnection connection, Filters filters, Paging paging)
    {
        var where = FilterSql.Stories(filters);
        var total = Sql.Count(connection, $"SELECT COUNT(*) FROM {Source} {where}", where);
        return new PageOf<StorySummary>(total, paging.Page, paging.PageSize, Summaries(connection, where, paging.PageSize, paging.Offset));
    }

    public static List<StorySummary> Summaries(DbConnection connection, SqlWhere where, int limit, int offset)
        => Sql.Rows(
            connection,
            $"""
            SELECT s.id, s.title, s.languages, s.documents, s.first_published, s.last_published FROM {Source} {where}
            ORDER BY s.last_published DESC, s.rowid DESC LIMIT $limit OFFSET $offset
            """,
            r => new StorySummary(
                r.GetString(0),
                r.Text(1),
                r.GetString(2).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                r.GetInt64(3),
                r.Text(4),
                r.Text(5)),
            where,
            ("$limit", limit),
            ("$offset", offset));

    public static StoryDetail? One(DbConnection connection, string id)
    {
        var story = Sql.Row(
            connection,
            "SELECT json FROM corpus_stories WHERE id = $id",
            r => ContractRows.Parse(r.GetString(0), ContractJsonContext.Default.ContractStory),
            values: ("$id", id));
        if (story is null)
        {
            return null;
        }

        var events = Sql.Rows(
            connection,
            // Through web_events' story index: corpus_events has none on story_id, and scanning it reads every event's JSON.
            """
            SELECT c.json FROM web_events w INDEXED BY web_events_by_story JOIN corpus_events c ON c.id = w.id
            WHERE w.story_id = $id ORDER BY w.date, w.rowid LIMIT $limit
            """,
            r => ContractRows.Event(r, 0),
            values: [("$id", id), ("$limit", EventLimit)]);
        return new StoryDetail(story, ContractRows.Documents(connection, "cd.story_id = $id", ("$id", id)), events, ContractRows.EntityNames(connection, events));
    }
}
