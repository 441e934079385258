using System.Globalization;
using System.Text.Json;
using Atalaya.Storage.Workbench;
using Atalaya.Web.Http;
using Atalaya.Web.Json;
using Microsoft.AspNetCore.Http;

namespace Atalaya.Web.Api;

/// <summary>POST /api/events/{id}/review: an analyst's review action, only with the operator's key; every field is checked first.</summary>
internal static class ReviewWrites
{
    /// <summary>The name the audit trail gives the operator's key (there is one key; the reviewer names the person).</summary>
    public const string OperatorKey = "operator";

    internal const int MaxNote = 4000;
    internal const int MaxName = 200;
    private const int MaxCount = 100_000;

    /// <summary>ACLED rows have two actors and a few associated ones; more names than this are no correction of one event.</summary>
    private const int MaxActors = 20;

    public static async Task<IResult> Post(string id, HttpRequest request, WorkbenchOptions options, KeyAttemptThrottle throttle, IWorkbenchQueries db, TimeProvider clock, CancellationToken cancellation)
    {
        if (DocumentWrites.KeyRefusal(request, options, throttle) is { } refused)
        {
            return refused;
        }

        ReviewRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync(request.Body, WebJsonContext.Default.ReviewRequest, cancellation).ConfigureAwait(false);
        }
        catch (JsonException error)
        {
            return Problems.BadRequest($"body: not a JSON object {{\"status\", \"note\", \"set\", \"reviewer\"}}: {error.Message}");
        }

        if (body is null || (body.Status is null && body.Note is null && (body.Set is null || body.Set.IsEmpty)))
        {
            return Problems.BadRequest("body: give a status (verified, rejected, unreviewed), a note or corrections in set");
        }

        if (Problem(body) is { } problem)
        {
            return Problems.BadRequest(problem);
        }

        var review = db.Review(id, body, OperatorKey, clock.GetUtcNow());
        return review is null ? Problems.NotFound("event", id) : Results.Json(review, WebJsonContext.Default.EventReview);
    }

    private static string? Problem(ReviewRequest body)
    {
        if (body.Status is { } status && !ReviewStatuses.All.Contains(status, StringComparer.Ordinal))
        {
            return $"status: '{status}' is not one of {string.Join(", ", ReviewStatuses.All)}";
        }

        if (TextsProblem(
            ("note", body.Note, MaxNote), ("reviewer", body.Reviewer, MaxName), ("set.type", body.Set?.Type, MaxName), ("set.subtype", body.Set?.Subtype, MaxName),
            ("set.place", body.Set?.Place, MaxName), ("set.admin1", body.Set?.Admin1, MaxName), ("set.date", body.Set?.Date, 10)) is { } textProblem)
        {
            return textProblem;
        }

        if (body.Set?.Actors is { } actors && ActorsProblem(actors) is { } actorProblem)
        {
            return actorProblem;
        }

        if (body.Set?.Date is { } date && !IsDate(date))
        {
            return $"set.date: '{date}' is not a date in the form YYYY-MM-DD, YYYY-MM or YYYY";
        }

        foreach (var (name, count) in new[] { ("set.fatalities", body.Set?.Fatalities), ("set.injured", body.Set?.Injured), ("set.arrested", body.Set?.Arrested), ("set.kidnapped", body.Set?.Kidnapped) })
        {
            if (count is < 0 or > MaxCount)
            {
                return $"{name}: {count} is out of range (0 to {MaxCount})";
            }
        }

        return null;
    }

    /// <summary>The first text field (name, value, longest length) that is too long or holds what no text may hold; null when all are fine.</summary>
    internal static string? TextsProblem(params (string Name, string? Value, int Limit)[] fields)
    {
        foreach (var (name, value, limit) in fields)
        {
            if (value is null)
            {
                continue;
            }

            if (value.Length > limit)
            {
                return $"{name}: longer than {limit} characters";
            }

            if (TextCheck.Problem(value) is { } text)
            {
                return $"{name}: {text}";
            }
        }

        return null;
    }

    private static string? ActorsProblem(List<string> actors)
    {
        if (actors.Count > MaxActors)
        {
            return $"set.actors: more than {MaxActors} names";
        }

        foreach (var name in actors)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                return "set.actors: a name is empty";
            }

            if (name.Length > MaxName)
            {
                return $"set.actors: a name is longer than {MaxName} characters";
            }

            if (TextCheck.Problem(name) is { } text)
            {
                return $"set.actors: {text}";
            }
        }

        return null;
    }

    private static bool IsDate(string text)
        => text.Length switch
        {
            10 => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            7 => DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            4 => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1000 and <= 9999,
            _ => false,
        };
}
