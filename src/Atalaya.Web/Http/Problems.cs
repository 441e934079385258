using Microsoft.AspNetCore.Http;

namespace Atalaya.Web.Http;

/// <summary>The problem+json answers of the API, with the wording the pages show.</summary>
internal static class Problems
{
    public static IResult BadRequest(string detail) => Results.Problem(title: "Bad request", detail: detail, statusCode: StatusCodes.Status400BadRequest);

    public static IResult Conflict(string detail) => Results.Problem(title: "Conflict", detail: detail, statusCode: StatusCodes.Status409Conflict);

    public static IResult NotFound(string what, string id) => Results.Problem(title: "Not found", detail: $"no {what} with id '{id}'", statusCode: StatusCodes.Status404NotFound);

    public static IResult Unauthorized() => Results.Problem(
        title: "Unauthorized", detail: "X-Api-Key: missing or wrong key", statusCode: StatusCodes.Status401Unauthorized);

    public static IResult WritesDisabled() => Results.Problem(
        title: "Forbidden",
        detail: $"writes are disabled: the operator has not set {WorkbenchOptions.ApiKeyVariable}",
        statusCode: StatusCodes.Status403Forbidden);

    public static IResult TooManyKeyAttempts(TimeSpan wait) => Results.Problem(
        title: "Too many requests",
        detail: $"X-Api-Key: too many wrong keys from this address; try again in {Seconds(wait)} s",
        statusCode: StatusCodes.Status429TooManyRequests);

    public static IResult TooLarge(long limit) => Results.Problem(
        title: "Content too large",
        detail: string.Create(System.Globalization.CultureInfo.InvariantCulture, $"body: larger than the {limit:N0} bytes a request may carry"),
        statusCode: StatusCodes.Status413PayloadTooLarge);

    /// <summary>Whole seconds, rounded up and at least 1, as Retry-After wants them.</summary>
    public static long Seconds(TimeSpan wait) => Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds));
}
