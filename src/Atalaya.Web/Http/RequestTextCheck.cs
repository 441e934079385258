using Microsoft.AspNetCore.Http;

namespace Atalaya.Web.Http;

/// <summary>
/// Refuses a request whose path or query holds text no endpoint can use (see <see cref="TextCheck"/>): a 400
/// naming the parameter, before routing, static files or SQL see it. Bodies are checked by the endpoint reading them.
/// </summary>
internal sealed class RequestTextCheck(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (Problem(context.Request) is { } problem)
        {
            return Problems.BadRequest(problem).ExecuteAsync(context);
        }

        return next(context);
    }

    private static string? Problem(HttpRequest request)
    {
        if (TextCheck.Problem(request.Path.Value ?? "") is { } inPath)
        {
            return $"path: {inPath}";
        }

        foreach (var (name, values) in request.Query)
        {
            if (TextCheck.Problem(name) is { } inName)
            {
                return $"query parameter name: {inName}";
            }

            foreach (var value in values)
            {
                if (value is not null && TextCheck.Problem(value) is { } inValue)
                {
                    return $"{name}: {inValue}";
                }
            }
        }

        return null;
    }
}
