using Microsoft.AspNetCore.Http;

namespace Atalaya.Web.Http;

/// <summary>The problem+json answers of the API, with the wording the pages show.</summary>
internal static class Problems
{
    public static IResult BadRequest(string detail) => Results.Problem(title: "Bad request", detail: detail, statusCode: StatusCodes.Status400BadRequest);

    public static IResult NotFound(string what, string id) => Results.Problem(title: "Not found", detail: $"no {what} with id '{id}'", statusCode: StatusCodes.Status404NotFound);

    public static IResult Unauthorized() => Results.Problem(
        title: "Unauthorized", detail: "X-Api-Key: missing or wrong key", statusCode: StatusCodes.Status401Unauthorized);

    public static IResult WritesDisabled() => Results.Problem(
        title: "Forbidden",
        detail: $"writes are disabled: the operator has not set {WorkbenchOptions.ApiKeyVariable}",
        statusCode: StatusCodes.Status403Forbidden);
}
