using System.Text.Json;
using Atalaya.Core.Documents;

namespace Atalaya.Core.Stages.Ingest;

/// <summary>
/// "-": standard input, its format sniffed (a JSON array or object, JSON lines, HTML, plain text).
/// It obeys the document limit like a file: at most the limit plus one byte is held to sniff it; a
/// longer input is read on only as JSON lines (one record per line, each within the limit) or as a
/// JSON array (within the .json file limit), never whole without bound.
/// </summary>
public sealed partial class DocumentReader
{
    private const string StandardInputStem = "stdin";

    private IEnumerable<IngestItem> ReadStandardInput()
    {
        Stream input;
        byte[] head;
        bool overLimit;
        try
        {
            input = openStandardInput();
            (head, overLimit) = BoundedRead.Read(input, options.MaxDocumentBytes);
        }
        catch (IOException error)
        {
            return [IngestItem.Failed(StandardInput, $"cannot read standard input: {error.Message}")];
        }

        if (head.Length == 0)
        {
            input.Dispose();
            return [IngestItem.Failed(StandardInput, "standard input is empty")];
        }

        var first = head.AsSpan().TrimStart("\xEF\xBB\xBF \t\r\n"u8);
        var opening = first.IsEmpty ? (byte)0 : first[0];
        if (!overLimit)
        {
            input.Dispose();
            return opening switch
            {
                (byte)'{' when !LooksLikeOneObject(head) => ReadJsonLines(new MemoryStream(head), StandardInput, StandardInputStem),
                (byte)'{' or (byte)'[' => ReadJsonBytes(head, StandardInput, StandardInputStem),
                (byte)'<' => [FromBytes(head, StandardInput, StandardInputStem, "html", new SourceMetadata())],
                _ => [FromBytes(head, StandardInput, StandardInputStem, "text", new SourceMetadata())],
            };
        }

        if (opening == '{' && FirstLineIsOneValue(head))
        {
            return ReadJsonLines(new PrefixedStream(head, input), StandardInput, StandardInputStem);
        }

        if (opening == '[')
        {
            return ReadLargeJsonArray(head, input);
        }

        input.Dispose();
        return [IngestItem.Failed(StandardInput, $"standard input is above the {Megabytes(options.MaxDocumentBytes)} limit for one document (not read further)", head.Length)];
    }

    private IEnumerable<IngestItem> ReadLargeJsonArray(byte[] head, Stream input)
    {
        var limit = options.MaxDocumentBytes * 64;
        byte[] bytes;
        bool overLimit;
        using (var all = new PrefixedStream(head, input))
        {
            (bytes, overLimit) = BoundedRead.Read(all, limit);
        }

        return overLimit
            ? [IngestItem.Failed(StandardInput, $"standard input is a JSON array above the {Megabytes(limit)} limit (not read further; give JSON lines instead)", bytes.Length)]
            : ReadJsonBytes(bytes, StandardInput, StandardInputStem);
    }

    private static bool LooksLikeOneObject(byte[] bytes)
    {
        try
        {
            using var parsed = JsonDocument.Parse(bytes);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>JSON lines open with a line holding one whole value; a pretty-printed object does not.</summary>
    private static bool FirstLineIsOneValue(byte[] head)
    {
        var end = Array.IndexOf(head, (byte)'\n');
        if (end < 0)
        {
            return false;
        }

        var line = head.AsSpan(0, end);
        line = line.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? line[3..] : line;
        try
        {
            var reader = new Utf8JsonReader(line);
            reader.Read();
            reader.Skip();
            return !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
