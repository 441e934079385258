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

    public static async Task<IResult> Post(HttpRequest request, WorkbenchOptions options, DocumentIngest ingest, CancellationToken cancellation)
    {
        if (string.IsNullOrEmpty(options.ApiKey))
        {
            return Problems.WritesDisabled();
        }

        if (!KeyMatches(request.Headers[KeyHeader].ToString(), options.ApiKey))
        {
            return Problems.Unauthorized();
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

    /// <summary>Compares in constant time so the key cannot be guessed from response times.</summary>
    private static bool KeyMatches(string given, string expected)
        => given.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
