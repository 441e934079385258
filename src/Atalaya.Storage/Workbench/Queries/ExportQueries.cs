using Atalaya.Core.Contract;
using Atalaya.Storage.Workbench;
using System.Data.Common;

namespace Atalaya.Storage.Workbench.Queries;

/// <summary>
/// The filtered events as the small corpus the exporters of 'atalaya export' take: the events, the
/// entities acting in them and their source documents (for the source column), so the CSV and
/// GeoJSON are the same as the command line writes, with the analysts' reviews applied (rejected events out,
/// corrections in).
/// </summary>
internal static class ExportQueries
{
    public static ContractCorpus Corpus(WorkbenchDb db, Filters filters)
    {
        // As analysts reviewed them: rejected events left out, corrections applied, merges made, each with its review.
        var folds = AnalystFolds.Read(db);
        var (all, reviews) = ReviewedEvents.Of(db, folds, EventQueries.All(db, filters, folds));
        var events = all.Where(e => reviews.GetValueOrDefault(e.Id)?.Status != ReviewStatuses.Rejected).ToList();
        foreach (var @event in events)
        {
            @event.Review = reviews.GetValueOrDefault(@event.Id);
        }

        var entityIds = events.SelectMany(e => e.Actors).Select(a => a.Entity).OfType<string>().ToList();
        var entities = entityIds.Count == 0
            ? []
            : Sql.Rows(
                db,
                $"SELECT json FROM corpus_entities WHERE id IN ({db.Dialect.ValuesOf("@ids")}) ORDER BY seq",
                r => ContractRows.Parse(r.GetString(0), ContractJsonContext.Default.ContractEntity),
                values: ("@ids", Sql.JsonArray(entityIds)));
        var documentIds = events.SelectMany(e => e.Sources).Select(s => s.Document).ToList();
        var documents = documentIds.Count == 0
            ? []
            : Sql.Rows(
                db,
                $"""
                SELECT cd.document_id, d.source, d.url FROM corpus_documents cd JOIN documents d ON d.seq = cd.seq
                WHERE cd.document_id IN ({db.Dialect.ValuesOf("@ids")})
                """,
                r => new ContractDocument { Id = r.GetString(0), Source = r.GetString(1), Url = r.Text(2) },
                values: ("@ids", Sql.JsonArray(documentIds)));
        return new ContractCorpus { Events = events, Entities = entities, Documents = documents };
    }
}
