using Atalaya.Core.Contract;
using Atalaya.Storage.Workbench;

namespace Atalaya.Storage.Workbench.Queries;

/// <summary>
/// What makes an entity's page a hub rather than a dead end: the events at a place (a town's, or a state's, that
/// no named actor links to it), the events its documents report without naming it as an actor, its documents,
/// and the entities named in the same documents (co-mentions, weighted by shared documents).
/// </summary>
internal static class EntityHubQueries
{
    private const int EventLimit = 50;
    private const int DocumentLimit = 100;

    /// <summary>
    /// A busy entity (a state, a cartel: thousands of documents) is read from its latest documents only for the
    /// events they report and its co-mentions, so its page costs what a few hundred documents cost.
    /// </summary>
    private const int LatestDocuments = 200;

    /// <summary>
    /// Events located at the place: for a state, every event in it; for a town or spot, the events the geocoder put
    /// at the same place of the same state (events keep the place's name and state, as the entity's geo does).
    /// None for a country or an entity that is no place.
    /// </summary>
    public static List<ContractEvent> EventsAt(WorkbenchDb db, ContractEntity entity, SqlWhere where)
    {
        if (entity.Geo is not { Admin1: { } admin1 } geo)
        {
            return [];
        }

        var state = geo.Place is null || string.Equals(geo.Place, admin1, StringComparison.Ordinal);
        return Sql.Rows(
            db,
            $"""
            SELECT c.json FROM web_events e JOIN corpus_events c ON c.id = e.id
            WHERE e.admin1 = @admin1 {(state ? "" : "AND e.place = @place")} {where.And}
            ORDER BY e.date DESC NULLS LAST, e.{db.Dialect.RowOrder} DESC LIMIT {EventLimit}
            """,
            r => ContractRows.Event(r, 0),
            where,
            ("@admin1", admin1),
            ("@place", geo.Place));
    }

    /// <summary>Events reported by the latest documents that mention the entity, other than those it acts in, latest first.</summary>
    public static List<ContractEvent> EventsMentioning(WorkbenchDb db, string id, SqlWhere where)
        => Sql.Rows(
            db,
            $"""
            SELECT c.json FROM web_events e JOIN corpus_events c ON c.id = e.id
            WHERE e.id IN (SELECT ed.event_id FROM ({Latest}) mine JOIN corpus_event_documents ed ON ed.document_id = mine.document_id)
              AND e.id NOT IN (SELECT event_id FROM corpus_event_actors WHERE entity_id = @id) {where.And}
            ORDER BY e.date DESC NULLS LAST, e.{db.Dialect.RowOrder} DESC LIMIT {EventLimit}
            """,
            r => ContractRows.Event(r, 0),
            where,
            ("@id", id));

    /// <summary>The entity's latest documents (by the order they were stored), as a subquery of their ids.</summary>
    private static readonly string Latest = $"""
        SELECT m.document_id FROM corpus_entity_documents m JOIN corpus_documents cd ON cd.document_id = m.document_id
        WHERE m.entity_id = @id ORDER BY cd.seq DESC LIMIT {LatestDocuments}
        """;

    /// <summary>How many documents mention the entity, and the latest of them (sorted on the narrow web_documents; only the page's rows read from documents).</summary>
    public static (long Total, List<DocumentListItem> Latest) Documents(WorkbenchDb db, string id)
    {
        var total = Sql.Count(db, "SELECT COUNT(*) FROM corpus_entity_documents WHERE entity_id = @id", values: ("@id", id));
        var latest = Sql.Rows(
            db,
            $"""
            SELECT cd.document_id, d.title, d.language, d.published, d.url, d.source, cd.story_id, cd.duplicate_of
            FROM (SELECT w.seq, w.published FROM corpus_entity_documents m JOIN corpus_documents x ON x.document_id = m.document_id JOIN web_documents w ON w.seq = x.seq
                  WHERE m.entity_id = @id ORDER BY w.published DESC NULLS LAST, w.seq DESC LIMIT {DocumentLimit}) p
            JOIN corpus_documents cd ON cd.seq = p.seq JOIN documents d ON d.seq = p.seq
            ORDER BY p.published DESC NULLS LAST, p.seq DESC
            """,
            r => new DocumentListItem(r.GetString(0), r.Text(1), r.GetString(2), r.Text(3), r.Text(4), r.GetString(5), r.Text(6), r.Text(7)),
            values: ("@id", id));
        return (total, latest);
    }

    /// <summary>The entities named in the same documents, by how many documents they share (at most 25).</summary>
    public static List<CoMention> CoMentions(WorkbenchDb db, string id)
        => Sql.Rows(
            db,
            $"""
            SELECT o.entity_id, n.name, n.type, n.kind, COUNT(*) AS shared
            FROM ({Latest}) mine
            JOIN corpus_entity_documents o ON o.document_id = mine.document_id AND o.entity_id <> @id
            JOIN corpus_entities n ON n.id = o.entity_id
            GROUP BY o.entity_id, n.name, n.type, n.kind ORDER BY shared DESC, o.entity_id LIMIT 25
            """,
            r => new CoMention(r.GetString(0), r.GetString(1), r.GetString(2), r.Text(3), r.GetInt64(4)),
            values: ("@id", id));
}
