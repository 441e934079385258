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
    private const int EventLimit = 100;
    private const int DocumentLimit = 100;

    /// <summary>A busy entity's co-mentions are read from its latest documents only, so the page stays quick.</summary>
    private const int CoMentionDocuments = 1000;

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

    /// <summary>Events reported by the documents that mention the entity, other than those it acts in, latest first.</summary>
    public static List<ContractEvent> EventsMentioning(WorkbenchDb db, string id, SqlWhere where)
        => Sql.Rows(
            db,
            $"""
            SELECT c.json FROM web_events e JOIN corpus_events c ON c.id = e.id
            WHERE e.id IN (SELECT ed.event_id FROM corpus_entity_documents m JOIN corpus_event_documents ed ON ed.document_id = m.document_id WHERE m.entity_id = @id)
              AND e.id NOT IN (SELECT event_id FROM corpus_event_actors WHERE entity_id = @id) {where.And}
            ORDER BY e.date DESC NULLS LAST, e.{db.Dialect.RowOrder} DESC LIMIT {EventLimit}
            """,
            r => ContractRows.Event(r, 0),
            where,
            ("@id", id));

    /// <summary>How many documents mention the entity, and the latest of them.</summary>
    public static (long Total, List<DocumentListItem> Latest) Documents(WorkbenchDb db, string id)
    {
        var total = Sql.Count(db, "SELECT COUNT(*) FROM corpus_entity_documents WHERE entity_id = @id", values: ("@id", id));
        var latest = Sql.Rows(
            db,
            $"""
            SELECT cd.document_id, d.title, d.language, d.published, d.url, d.source, cd.story_id, cd.duplicate_of
            FROM corpus_entity_documents m JOIN corpus_documents cd ON cd.document_id = m.document_id JOIN documents d ON d.seq = cd.seq
            WHERE m.entity_id = @id ORDER BY d.published DESC NULLS LAST, d.seq DESC LIMIT {DocumentLimit}
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
            FROM (SELECT m.document_id FROM corpus_entity_documents m JOIN corpus_documents cd ON cd.document_id = m.document_id
                  WHERE m.entity_id = @id ORDER BY cd.seq DESC LIMIT {CoMentionDocuments}) mine
            JOIN corpus_entity_documents o ON o.document_id = mine.document_id AND o.entity_id <> @id
            JOIN corpus_entities n ON n.id = o.entity_id
            GROUP BY o.entity_id, n.name, n.type, n.kind ORDER BY shared DESC, o.entity_id LIMIT 25
            """,
            r => new CoMention(r.GetString(0), r.GetString(1), r.GetString(2), r.Text(3), r.GetInt64(4)),
            values: ("@id", id));
}
