using Atalaya.Storage.Workbench;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Atalaya.Web.Http;

/// <summary>
/// Turns a bad parameter found anywhere in a handler into a 400 problem+json, and anything unforeseen
/// into a 500 problem without internals (logged), so a client always gets a JSON answer it can show.
/// </summary>
internal sealed class ProblemOnError(RequestDelegate next, ILogger<ProblemOnError> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (BadRequestException error) when (!context.Response.HasStarted)
        {
            await Problems.BadRequest(error.Message).ExecuteAsync(context).ConfigureAwait(false);
        }
        catch (InvalidQueryException error) when (!context.Response.HasStarted)
        {
            // A value the store's queries cannot use (an unknown sort, no word to search) is the client's too.
            await Problems.BadRequest(error.Message).ExecuteAsync(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException error) when (!context.Response.HasStarted)
        {
            // The server's own refusals while reading a request (a body over the limit is 413) keep their status.
            context.Response.Clear();
            await Results.Problem(title: "Bad request", detail: error.Message, statusCode: error.StatusCode).ExecuteAsync(context).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The last line of defence: no stack trace reaches the client.
        catch (Exception error) when (!context.Response.HasStarted && error is not OperationCanceledException)
#pragma warning restore CA1031
        {
            logger.LogError(error, "{Method} {Path} failed", context.Request.Method, context.Request.Path);
            context.Response.Clear();
            await Results.Problem(title: "Internal error", detail: "The request could not be answered; the server log has the details.", statusCode: 500)
                .ExecuteAsync(context).ConfigureAwait(false);
        }
    }
}
