using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Atalaya.Core.Contract;
using Atalaya.Web.Http;
using Atalaya.Web.Json;
using Microsoft.AspNetCore.Http;

namespace Atalaya.Web.Api;

/// <summary>POST /api/documents: only with the operator's key; the body is checked before anything is analyzed.</summary>
internal static class DocumentWrites
{
    public const string KeyHeader = "X-Api-Key";

    /// <summary>The largest text accepted, as 'atalaya ingest' accepts by default.</summary>
    private const int MaxTextCharacters = 16 * 1024 * 1024;

    public static async Task<IResult> Post(HttpRequest request, WorkbenchOptions options, DocumentIngest ingest, KeyAttemptThrottle throttle, CancellationToken cancellation)
    {
        if (KeyRefusal(request, options, throttle) is { } refused)
        {
            return refused;
        }

        // The server also stops reading past the limit (a body sent in chunks has no length to check first).
        if (request.ContentLength > options.MaxRequestBodyBytes)
        {
            return Problems.TooLarge(options.MaxRequestBodyBytes);
        }

        NewDocument? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync(request.Body, WebJsonContext.Default.NewDocument, cancellation).ConfigureAwait(false);
        }
        catch (JsonException error)
        {
            return Problems.BadRequest($"body: not a JSON object {{\"text\", \"title\", \"url\", \"published\", \"source\"}}: {error.Message}");
        }

        if (body is null || string.IsNullOrWhiteSpace(body.Text))
        {
            return Problems.BadRequest("text: required, the article's text");
        }

        if (body.Text.Length > MaxTextCharacters)
        {
            return Problems.BadRequest($"text: longer than {MaxTextCharacters} characters");
        }

        foreach (var (name, value) in new[] { ("text", body.Text), ("title", body.Title), ("url", body.Url), ("published", body.Published), ("source", body.Source) })
        {
            if (value is not null && TextCheck.Problem(value) is { } problem)
            {
                return Problems.BadRequest($"{name}: {problem}");
            }
        }

        if (body.Url is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            return Problems.BadRequest($"url: '{url}' is not an http or https address");
        }

        var outcome = await ingest.AddAsync(body, cancellation).ConfigureAwait(false);
        var location = $"/api/documents/{Uri.EscapeDataString(outcome.Document.Id)}";
        return outcome.Created
            ? Results.Created(location, outcome.Document)
            : Results.Json(outcome.Document, ContractJsonContext.Default.ContractDocument);
    }

    /// <summary>
    /// The answer to a write without the operator's key (403 when writes are off, 429 while throttled, 401 for a
    /// wrong or missing key); null when the key is right. Every write endpoint checks it first.
    /// </summary>
    public static IResult? KeyRefusal(HttpRequest request, WorkbenchOptions options, KeyAttemptThrottle throttle)
    {
        if (string.IsNullOrEmpty(options.ApiKey))
        {
            return Problems.WritesDisabled();
        }

        // Checked before the key, so a throttled client learns nothing about the keys it tries.
        var client = KeyAttemptThrottle.ClientOf(request.HttpContext.Connection.RemoteIpAddress);
        if (throttle.WaitFor(client) is { } wait)
        {
            request.HttpContext.Response.Headers.RetryAfter = Problems.Seconds(wait).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Problems.TooManyKeyAttempts(wait);
        }

        if (!KeyMatches(request.Headers[KeyHeader].ToString(), options.ApiKey))
        {
            throttle.Failed(client);
            return Problems.Unauthorized();
        }

        throttle.Succeeded(client);
        return null;
    }

    /// <summary>Compares in constant time so the key cannot be guessed from response times.</summary>
    private static bool KeyMatches(string given, string expected)
        => given.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
