using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Atalaya.Storage.Workbench;
using Atalaya.Web.Http;
using Atalaya.Web.Json;
using Microsoft.AspNetCore.Http;

namespace Atalaya.Web.Api;

/// <summary>
/// POST /api/events/merge, /api/events/{id}/split and /api/entities/merge: analysts' merges, only with the operator's
/// key, each an audit record (the answer is that record). 404 for an unknown id, 409 when there is nothing to do
/// (two ids of one event already, a split of an event no analyst merged).
/// </summary>
internal static class MergeWrites
{

    public static async Task<IResult> MergeEvents(HttpRequest request, WorkbenchOptions options, KeyAttemptThrottle throttle, IWorkbenchQueries db, TimeProvider clock, CancellationToken cancellation)
    {
        if (DocumentWrites.KeyRefusal(request, options, throttle) is { } refused)
        {
            return refused;
        }

        var (body, problem) = await ReadAsync(request, WebJsonContext.Default.EventMergeRequest, "{\"events\": [kept, merged], \"note\", \"reviewer\"}", cancellation).ConfigureAwait(false);
        problem ??= Pair("events", body?.Events) ?? Texts(body?.Note, body?.Reviewer);
        if (problem is not null)
        {
            return Problems.BadRequest(problem);
        }

        return Answer(db.MergeEvents(body!.Events!, body.Note, body.Reviewer, ReviewWrites.OperatorKey, clock.GetUtcNow()), "event");
    }

    public static async Task<IResult> SplitEvent(string id, HttpRequest request, WorkbenchOptions options, KeyAttemptThrottle throttle, IWorkbenchQueries db, TimeProvider clock, CancellationToken cancellation)
    {
        if (DocumentWrites.KeyRefusal(request, options, throttle) is { } refused)
        {
            return refused;
        }

        // The body is optional: a split needs no more than the event's id.
        EventSplitRequest? body = null;
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(cancellation).ConfigureAwait(false);
        if (!string.IsNullOrWhiteSpace(text))
        {
            try
            {
                body = JsonSerializer.Deserialize(text, WebJsonContext.Default.EventSplitRequest);
            }
            catch (JsonException error)
            {
                return Problems.BadRequest($"body: not a JSON object {{\"note\", \"reviewer\"}}: {error.Message}");
            }

            if (Texts(body?.Note, body?.Reviewer) is { } bad)
            {
                return Problems.BadRequest(bad);
            }
        }

        return Answer(db.SplitEvent(id, body?.Note, body?.Reviewer, ReviewWrites.OperatorKey, clock.GetUtcNow()), "event");
    }

    public static async Task<IResult> MergeEntities(HttpRequest request, WorkbenchOptions options, KeyAttemptThrottle throttle, IWorkbenchQueries db, TimeProvider clock, CancellationToken cancellation)
    {
        if (DocumentWrites.KeyRefusal(request, options, throttle) is { } refused)
        {
            return refused;
        }

        var (body, problem) = await ReadAsync(request, WebJsonContext.Default.EntityMergeRequest, "{\"entities\": [kept, merged], \"note\", \"reviewer\"}", cancellation).ConfigureAwait(false);
        problem ??= Pair("entities", body?.Entities) ?? Texts(body?.Note, body?.Reviewer);
        if (problem is not null)
        {
            return Problems.BadRequest(problem);
        }

        return Answer(db.MergeEntities(body!.Entities!, body.Note, body.Reviewer, ReviewWrites.OperatorKey, clock.GetUtcNow()), "entity");
    }

    private static IResult Answer(MergeOutcome outcome, string what)
        => outcome switch
        {
            { Record: { } record } => Results.Json(record, WebJsonContext.Default.ReviewRecord),
            { NotFound: { } id } => Problems.NotFound(what, id),
            _ => Problems.Conflict(outcome.Refused ?? "nothing to do"),
        };

    private static async Task<(T? Body, string? Problem)> ReadAsync<T>(HttpRequest request, JsonTypeInfo<T> type, string shape, CancellationToken cancellation)
        where T : class
    {
        try
        {
            var body = await JsonSerializer.DeserializeAsync(request.Body, type, cancellation).ConfigureAwait(false);
            return body is null ? (null, $"body: not a JSON object {shape}") : (body, null);
        }
        catch (JsonException error)
        {
            return (null, $"body: not a JSON object {shape}: {error.Message}");
        }
    }

    private static string? Pair(string name, IReadOnlyList<string>? ids)
    {
        if (ids is not { Count: 2 })
        {
            return $"{name}: give two ids, the one kept first";
        }

        if (ids.Any(id => string.IsNullOrWhiteSpace(id) || id.Length > ReviewWrites.MaxName || TextCheck.Problem(id) is not null))
        {
            return $"{name}: an id is empty, too long or not text";
        }

        return ids[0] == ids[1] ? $"{name}: two different ids are needed" : null;
    }

    private static string? Texts(string? note, string? reviewer)
        => ReviewWrites.TextsProblem(("note", note, ReviewWrites.MaxNote), ("reviewer", reviewer, ReviewWrites.MaxName));
}
