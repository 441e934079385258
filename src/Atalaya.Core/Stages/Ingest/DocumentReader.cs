using System.Globalization;
using System.Text.Json;
using Atalaya.Core.Documents;

namespace Atalaya.Core.Stages.Ingest;

/// <summary>
/// Reads articles from files, folders (recursively, in name order), and "-" for standard input:
/// .txt/.md, .html/.htm, .json (one record or an array) and .jsonl. Every problem becomes an
/// <see cref="IngestFailure"/> naming the source and the reason; reading goes on with the next input.
/// Documents are yielded lazily so a large corpus is streamed, not loaded whole.
/// </summary>
public sealed class DocumentReader
{
    public const string StandardInput = "-";

    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".text" };
    private static readonly HashSet<string> HtmlExtensions = new(StringComparer.OrdinalIgnoreCase) { ".html", ".htm", ".xhtml" };
    private static readonly HashSet<string> JsonLinesExtensions = new(StringComparer.OrdinalIgnoreCase) { ".jsonl", ".ndjson" };

    private readonly IngestOptions options;
    private readonly Func<Stream> openStandardInput;

    public DocumentReader(IngestOptions? options = null, Func<Stream>? openStandardInput = null)
    {
        this.options = options ?? new IngestOptions();
        this.openStandardInput = openStandardInput ?? Console.OpenStandardInput;
    }

    /// <summary>Extensions read when a folder is walked; a file named explicitly is read whatever its extension.</summary>
    public static bool IsSupported(string path)
    {
        var extension = Path.GetExtension(path);
        return TextExtensions.Contains(extension) || HtmlExtensions.Contains(extension) || JsonLinesExtensions.Contains(extension)
            || extension.Equals(".json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Total size of the inputs in bytes (standard input counts 0), for progress reporting.</summary>
    public static long TotalBytes(IEnumerable<string> paths)
    {
        long total = 0;
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                total += new FileInfo(path).Length;
            }
            else if (Directory.Exists(path))
            {
                total += SafeEnumerate(path).Where(f => f.Failure is null).Sum(f => new FileInfo(f.Path).Length);
            }
        }

        return total;
    }

    public IEnumerable<IngestItem> Read(IEnumerable<string> paths, CancellationToken cancellation = default)
    {
        foreach (var path in paths)
        {
            cancellation.ThrowIfCancellationRequested();
            if (path == StandardInput)
            {
                foreach (var item in ReadStandardInput())
                {
                    yield return item;
                }
            }
            else if (Directory.Exists(path))
            {
                foreach (var (file, failure) in SafeEnumerate(path))
                {
                    cancellation.ThrowIfCancellationRequested();
                    if (failure is not null)
                    {
                        yield return IngestItem.Failed(file, failure);
                        continue;
                    }

                    foreach (var item in ReadFile(file))
                    {
                        yield return item;
                    }
                }
            }
            else if (File.Exists(path))
            {
                foreach (var item in ReadFile(path))
                {
                    yield return item;
                }
            }
            else
            {
                yield return IngestItem.Failed(path, "no such file or folder");
            }
        }
    }

    private IEnumerable<IngestItem> ReadFile(string path)
    {
        var extension = Path.GetExtension(path);
        if (JsonLinesExtensions.Contains(extension))
        {
            return ReadJsonLines(path);
        }

        if (extension.Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            return ReadJsonFile(path);
        }

        return [ReadWholeFile(path, HtmlExtensions.Contains(extension) ? "html" : "text")];
    }

    private IngestItem ReadWholeFile(string path, string format)
    {
        long length = 0;
        try
        {
            length = new FileInfo(path).Length;
            if (length == 0)
            {
                return IngestItem.Failed(path, "empty file");
            }

            if (length > options.MaxDocumentBytes)
            {
                return IngestItem.Failed(path, $"file is {Megabytes(length)}, above the {Megabytes(options.MaxDocumentBytes)} limit for one document", length);
            }

            var bytes = File.ReadAllBytes(path);
            return FromBytes(bytes, path, Path.GetFileNameWithoutExtension(path), format, new SourceMetadata());
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return IngestItem.Failed(path, $"cannot read: {error.Message}", length);
        }
    }

    private static IngestItem FromBytes(byte[] bytes, string source, string id, string format, SourceMetadata metadata)
    {
        try
        {
            var (text, encoding) = TextDecoder.Decode(bytes);
            if (string.IsNullOrWhiteSpace(text))
            {
                return IngestItem.Failed(source, "empty document (only white space)", bytes.Length);
            }

            metadata = metadata with { Encoding = encoding, Format = format };
            if (format == "html")
            {
                (text, metadata) = HtmlArticleReader.Read(text, metadata);
            }

            return IngestItem.Read(new SourceDocument { Id = id, Source = source, Text = text, Metadata = metadata }, bytes.Length);
        }
        catch (IngestException error)
        {
            return IngestItem.Failed(source, error.Message, bytes.Length);
        }
    }

    private IEnumerable<IngestItem> ReadJsonLines(string path)
    {
        var stem = Path.GetFileNameWithoutExtension(path);
        Stream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return [IngestItem.Failed(path, $"cannot read: {error.Message}")];
        }

        return ReadJsonLines(stream, path, stem);
    }

    private IEnumerable<IngestItem> ReadJsonLines(Stream stream, string path, string stem)
    {
        using (stream)
        {
            var lineNumber = 0;
            var records = 0;
            foreach (var (line, tooLong) in ByteLines.Read(stream, options.MaxDocumentBytes))
            {
                lineNumber++;
                var source = $"{path}:{lineNumber}";
                if (tooLong)
                {
                    yield return IngestItem.Failed(source, $"line is above the {Megabytes(options.MaxDocumentBytes)} limit for one document", options.MaxDocumentBytes);
                    continue;
                }

                var json = lineNumber == 1 && line.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? line[3..] : line;
                if (json.AsSpan().Trim((byte)' ').Trim((byte)'\r').IsEmpty)
                {
                    continue;
                }

                records++;
                yield return ParseRecord(json, source, $"{stem}-{records}");
            }

            if (lineNumber == 0)
            {
                yield return IngestItem.Failed(path, "empty file");
            }
            else if (records == 0)
            {
                yield return IngestItem.Failed(path, "no records (only blank lines)");
            }
        }
    }

    private static IngestItem ParseRecord(byte[] json, string source, string fallbackId)
    {
        try
        {
            using var parsed = JsonDocument.Parse(json);
            return JsonArticleReader.ReadRecord(parsed.RootElement, source, fallbackId, json.Length);
        }
        catch (JsonException error)
        {
            return IngestItem.Failed(source, $"invalid JSON: {error.Message}", json.Length);
        }
        catch (ArgumentException error)
        {
            return IngestItem.Failed(source, $"invalid UTF-8 in JSON: {error.Message}", json.Length);
        }
    }

    private IEnumerable<IngestItem> ReadJsonFile(string path)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length == 0)
            {
                return [IngestItem.Failed(path, "empty file")];
            }

            // An array may hold many articles: allow many documents' worth, still bounded.
            var limit = options.MaxDocumentBytes * 64;
            if (length > limit)
            {
                return [IngestItem.Failed(path, $"file is {Megabytes(length)}, above the {Megabytes(limit)} limit for a .json file (use .jsonl for larger collections)", length)];
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return [IngestItem.Failed(path, $"cannot read: {error.Message}")];
        }

        return ReadJsonBytes(bytes, path, Path.GetFileNameWithoutExtension(path));
    }

    private static IEnumerable<IngestItem> ReadJsonBytes(byte[] bytes, string path, string stem)
    {
        JsonDocument parsed;
        try
        {
            var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
            parsed = JsonDocument.Parse(bytes.AsMemory(start));
        }
        catch (JsonException error)
        {
            return [IngestItem.Failed(path, $"invalid JSON: {error.Message}", bytes.Length)];
        }
        catch (ArgumentException error)
        {
            return [IngestItem.Failed(path, $"invalid UTF-8 in JSON: {error.Message}", bytes.Length)];
        }

        return Records(parsed, path, stem, bytes.Length);
    }

    private static IEnumerable<IngestItem> Records(JsonDocument parsed, string path, string stem, long bytes)
    {
        using (parsed)
        {
            var root = parsed.RootElement;
            if (root.ValueKind != JsonValueKind.Array)
            {
                yield return JsonArticleReader.ReadRecord(root, path, stem, bytes);
                yield break;
            }

            var count = root.GetArrayLength();
            if (count == 0)
            {
                yield return IngestItem.Failed(path, "empty JSON array", bytes);
            }

            var index = 0;
            foreach (var record in root.EnumerateArray())
            {
                yield return JsonArticleReader.ReadRecord(record, $"{path}[{index}]", $"{stem}-{index + 1}", bytes / Math.Max(1, count));
                index++;
            }
        }
    }

    private IEnumerable<IngestItem> ReadStandardInput()
    {
        byte[] bytes;
        try
        {
            using var input = openStandardInput();
            using var buffer = new MemoryStream();
            input.CopyTo(buffer);
            bytes = buffer.ToArray();
        }
        catch (IOException error)
        {
            return [IngestItem.Failed(StandardInput, $"cannot read standard input: {error.Message}")];
        }

        if (bytes.Length == 0)
        {
            return [IngestItem.Failed(StandardInput, "standard input is empty")];
        }

        // Sniff the format: JSON array or object, JSON lines, HTML, or plain text.
        var first = bytes.AsSpan().TrimStart("\xEF\xBB\xBF \t\r\n"u8);
        if (!first.IsEmpty && first[0] is (byte)'[' or (byte)'{')
        {
            return first[0] == '{' && !LooksLikeOneObject(bytes)
                ? ReadJsonLines(new MemoryStream(bytes), StandardInput, "stdin")
                : ReadJsonBytes(bytes, StandardInput, "stdin");
        }

        var format = !first.IsEmpty && first[0] == '<' ? "html" : "text";
        return [FromBytes(bytes, StandardInput, "stdin", format, new SourceMetadata())];
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

    private static IEnumerable<(string Path, string? Failure)> SafeEnumerate(string root)
    {
        var pending = new Stack<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();

            // A link back to a parent folder would loop forever: each real folder is walked once.
            if (!visited.Add(RealPath(folder)))
            {
                continue;
            }

            string[] files = [];
            string[] folders = [];
            string? failure = null;
            try
            {
                files = Directory.GetFiles(folder);
                folders = Directory.GetDirectories(folder);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                failure = $"cannot list folder: {error.Message}";
            }

            if (failure is not null)
            {
                yield return (folder, failure);
                continue;
            }

            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
            {
                if (!Path.GetFileName(file).StartsWith('.') && IsSupported(file))
                {
                    yield return (file, null);
                }
            }

            Array.Sort(folders, StringComparer.Ordinal);
            for (var i = folders.Length - 1; i >= 0; i--)
            {
                if (!Path.GetFileName(folders[i]).StartsWith('.'))
                {
                    pending.Push(folders[i]);
                }
            }
        }
    }

    private static string RealPath(string folder)
    {
        try
        {
            var info = new DirectoryInfo(folder);
            return info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName;
        }
        catch (IOException)
        {
            return Path.GetFullPath(folder);
        }
    }

    private static string Megabytes(long bytes) => bytes < 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.#} MB");
}
