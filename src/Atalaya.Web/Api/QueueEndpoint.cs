using Atalaya.Storage;
using Atalaya.Storage.Postgres.Queue;
using Atalaya.Web.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Atalaya.Web.Api;

/// <summary>
/// GET /api/queue: the work queue of a PostgreSQL database as 'atalaya status' shows it (documents
/// queued, running, done, dead; the workers seen; the latest dead documents with their errors). A
/// SQLite file has no queue: 404.
/// </summary>
internal static class QueueEndpoint
{
    public static void Map(RouteGroupBuilder api)
        => api.MapGet("/queue", (WorkbenchOptions options) =>
        {
            if (!DocumentStores.IsServer(options.DatabasePath))
            {
                return Results.Problem(title: "Not found", detail: "no work queue: the database is a SQLite file (the queue of 'atalaya submit' and 'atalaya worker' lives in PostgreSQL)", statusCode: StatusCodes.Status404NotFound);
            }

            using var queue = WorkQueueStore.Open(options.DatabasePath);
            return Results.Json(queue.Status(), WebJsonContext.Default.QueueStatus);
        }).Produces<QueueStatus>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("getQueue").WithSummary("The work queue: documents queued, running, done and dead, the workers seen, the latest dead documents");
}
