using Microsoft.AspNetCore.Http;

namespace Atalaya.Web.Http;

/// <summary>
/// Answers only requests addressed to a host name the server serves (<see cref="ServedHosts"/>). A web page
/// whose domain an attacker re-points at 127.0.0.1 (DNS rebinding) sends its own name in Host, so it is refused
/// here before it can read the API from the analyst's browser.
/// </summary>
internal sealed class HostCheck(RequestDelegate next, ServedHosts served)
{
    public Task InvokeAsync(HttpContext context)
    {
        var host = context.Request.Host;

        // HTTP/1.0 may leave Host out; a browser never does, so an empty one cannot come from a rebinding page.
        if (!host.HasValue || served.Allows(host.Host))
        {
            return next(context);
        }

        return Results.Problem(
            title: "Misdirected request",
            detail: $"Host: '{host.Host}' is not a name this server answers to ({served}); start it with --allowed-hosts {host.Host} to allow it",
            statusCode: StatusCodes.Status421MisdirectedRequest).ExecuteAsync(context);
    }
}
