using System.Text.Json;
using Atalaya.Core.Documents;

namespace Atalaya.Core.Stages.Ingest;

/// <summary>
/// Articles given as JSON records: <c>{"id", "url", "title", "published", "text" | "html"}</c>
/// (also "language"). A .json file holds one record or an array; a .jsonl file one record per line.
/// </summary>
internal static class JsonArticleReader
{
    public static IngestItem ReadRecord(JsonElement record, string source, string fallbackId, long bytes)
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            return IngestItem.Failed(source, $"expected a JSON object, found {record.ValueKind.ToString().ToLowerInvariant()}", bytes);
        }

        try
        {
            var id = String(record, "id", allowNumber: true) ?? fallbackId;
            var metadata = new SourceMetadata
            {
                Url = String(record, "url"),
                Title = String(record, "title"),
                Published = String(record, "published"),
                Byline = String(record, "byline") ?? String(record, "author"),
                DeclaredLanguage = String(record, "language"),
                Format = "json",
            };

            string text;
            if (String(record, "text") is { } plain && !string.IsNullOrWhiteSpace(plain))
            {
                text = plain;
            }
            else if (String(record, "html") is { } html && !string.IsNullOrWhiteSpace(html))
            {
                (text, metadata) = HtmlArticleReader.Read(html, metadata);
                metadata = metadata with { Format = "json" };
            }
            else
            {
                return IngestItem.Failed(source, "record has no non-empty \"text\" or \"html\" field", bytes);
            }

            return IngestItem.Read(new SourceDocument { Id = id, Source = source, Text = text, Metadata = metadata }, bytes);
        }
        catch (IngestException error)
        {
            return IngestItem.Failed(source, error.Message, bytes);
        }
    }

    /// <summary>A string field (a number too where <paramref name="allowNumber"/>, for ids); any other type is an error.</summary>
    private static string? String(JsonElement record, string name, bool allowNumber = false)
    {
        if (!record.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => Text(value, name),
            JsonValueKind.Null => null,
            JsonValueKind.Number when allowNumber => value.GetRawText(),
            _ => throw new IngestException($"field \"{name}\" must be a string, found {value.ValueKind.ToString().ToLowerInvariant()}"),
        };
    }

    /// <summary>
    /// The parser checks a string only when it is read: invalid UTF-8 bytes (a Latin-1 file) or a lone
    /// surrogate escape ("\ud800") would otherwise throw out of the whole run; they make this record fail.
    /// </summary>
    private static string? Text(JsonElement value, string name)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException error)
        {
            var reason = error.InnerException is System.Text.DecoderFallbackException
                ? "holds bytes that are not UTF-8 (convert the file to UTF-8)"
                : "holds a lone surrogate escape such as \\ud800 (half of a character)";
            throw new IngestException($"field \"{name}\" {reason}", error);
        }
    }
}
