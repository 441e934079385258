using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Atalaya.Core.Documents;

namespace Atalaya.Core.Stages.Ingest;

/// <summary>
/// Reads articles from files, folders (recursively, in name order), and "-" for standard input:
/// .txt/.md, .html/.htm, .json (one record or an array) and .jsonl. Every problem becomes an
/// <see cref="IngestFailure"/> naming the source and the reason; reading goes on with the next input.
/// Documents are yielded lazily so a large corpus is streamed, not loaded whole. Every input obeys the
/// document limit, also those that tell no size (devices, FIFOs, standard input); folder walks name
/// what they leave out (<see cref="SkippedInput"/>) instead of dropping it in silence.
/// </summary>
public sealed partial class DocumentReader
{
    public const string StandardInput = "-";

    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".text" };
    private static readonly HashSet<string> HtmlExtensions = new(StringComparer.OrdinalIgnoreCase) { ".html", ".htm", ".xhtml" };
    private static readonly HashSet<string> JsonLinesExtensions = new(StringComparer.OrdinalIgnoreCase) { ".jsonl", ".ndjson" };

    private readonly IngestOptions options;
    private readonly Func<Stream> openStandardInput;
    private readonly Action<SkippedInput>? onSkipped;

    /// <param name="onSkipped">Told of every file or folder a folder walk leaves out (other types, hidden, already read).</param>
    public DocumentReader(IngestOptions? options = null, Func<Stream>? openStandardInput = null, Action<SkippedInput>? onSkipped = null)
    {
        this.options = options ?? new IngestOptions();
        this.openStandardInput = openStandardInput ?? Console.OpenStandardInput;
        this.onSkipped = onSkipped;
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
                total += FolderWalker.Walk(path).Where(f => f.IsFile).Sum(f => new FileInfo(f.Path).Length);
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
                foreach (var entry in FolderWalker.Walk(path))
                {
                    cancellation.ThrowIfCancellationRequested();
                    if (entry.Failure is not null)
                    {
                        yield return IngestItem.Failed(entry.Path, entry.Failure);
                    }
                    else if (entry.Skipped is not null)
                    {
                        onSkipped?.Invoke(entry.Skipped);
                    }
                    else
                    {
                        foreach (var item in ReadFile(entry.Path))
                        {
                            yield return item;
                        }
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
            else if (IsUrl(path))
            {
                yield return IngestItem.Failed(path, "a URL, not a file: extract and ingest read files and folders only (nothing is fetched); save the page as an HTML file and give that file");
            }
            else
            {
                yield return IngestItem.Failed(path, "no such file or folder");
            }
        }
    }

    private static bool IsUrl(string path) =>
        path.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

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

    /// <summary>
    /// A text or HTML file, read up to the limit and no further: a regular file's size is checked
    /// before it is opened; a FIFO or a device named directly (a link to /dev/zero) tells no size and is
    /// read like standard input, at most the limit plus one byte.
    /// </summary>
    private IngestItem ReadWholeFile(string path, string format)
    {
        var regular = FileStatus.Of(path) is not { Kind: not FileKind.Regular };
        long length = 0;
        try
        {
            length = regular ? new FileInfo(path).Length : 0;
            if (length > options.MaxDocumentBytes)
            {
                return IngestItem.Failed(path, $"file is {Megabytes(length)}, above the {Megabytes(options.MaxDocumentBytes)} limit for one document", length);
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
            var (bytes, overLimit) = BoundedRead.Read(stream, options.MaxDocumentBytes);
            if (overLimit)
            {
                return IngestItem.Failed(path, $"input is above the {Megabytes(options.MaxDocumentBytes)} limit for one document (not read further)", bytes.Length);
            }

            return bytes.Length == 0
                ? IngestItem.Failed(path, "empty file")
                : FromBytes(bytes, path, Path.GetFileNameWithoutExtension(path), format, new SourceMetadata());
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return IngestItem.Failed(path, $"cannot read: {error.Message}", length);
        }
    }

    /// <summary>
    /// A web page's bytes read as an .html file is (decoding, article text, meta tags); what
    /// <paramref name="metadata"/> gives (URL, title, a feed's date) wins over the page's own tags.
    /// </summary>
    public static IngestItem ReadHtmlPage(byte[] bytes, string source, string id, SourceMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return bytes.Length == 0 ? IngestItem.Failed(source, "empty page") : FromBytes(bytes, source, id, "html", metadata ?? new SourceMetadata());
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

        return ReadJsonLines(stream, path, stem, endless: FileStatus.Of(path) is { Kind: FileKind.CharacterDevice or FileKind.BlockDevice });
    }

    /// <param name="endless">A device that may never end (a link to /dev/zero): reading stops at its first line over the limit.</param>
    private IEnumerable<IngestItem> ReadJsonLines(Stream stream, string path, string stem, bool endless = false)
    {
        using (stream)
        {
            var lineNumber = 0;
            var records = 0;
            foreach (var (line, tooLong) in ByteLines.Read(stream, options.MaxDocumentBytes, stopAtTooLong: endless))
            {
                lineNumber++;
                var source = $"{path}:{lineNumber}";
                if (tooLong)
                {
                    yield return IngestItem.Failed(source, $"line is above the {Megabytes(options.MaxDocumentBytes)} limit for one document{(endless ? " (a device: the rest is not read)" : "")}", options.MaxDocumentBytes);
                    if (endless)
                    {
                        yield break;
                    }

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
        // An array may hold many articles: allow many documents' worth, still bounded; each record obeys the document limit.
        var limit = options.MaxDocumentBytes * 64;
        byte[] bytes;
        try
        {
            var length = FileStatus.Of(path) is not { Kind: not FileKind.Regular } ? new FileInfo(path).Length : 0;
            if (length > limit)
            {
                return [IngestItem.Failed(path, $"file is {Megabytes(length)}, above the {Megabytes(limit)} limit for a .json file (use .jsonl for larger collections)", length)];
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
            (bytes, var overLimit) = BoundedRead.Read(stream, limit);
            if (overLimit)
            {
                return [IngestItem.Failed(path, $"input is above the {Megabytes(limit)} limit for a .json file (not read further; use .jsonl for larger collections)", bytes.Length)];
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return [IngestItem.Failed(path, $"cannot read: {error.Message}")];
        }

        return bytes.Length == 0 ? [IngestItem.Failed(path, "empty file")] : ReadJsonBytes(bytes, path, Path.GetFileNameWithoutExtension(path));
    }

    private IEnumerable<IngestItem> ReadJsonBytes(byte[] bytes, string path, string stem)
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

    private IEnumerable<IngestItem> Records(JsonDocument parsed, string path, string stem, long bytes)
    {
        using (parsed)
        {
            var root = parsed.RootElement;
            if (root.ValueKind != JsonValueKind.Array)
            {
                yield return Record(root, path, stem);
                yield break;
            }

            if (root.GetArrayLength() == 0)
            {
                yield return IngestItem.Failed(path, "empty JSON array", bytes);
            }

            var index = 0;
            foreach (var record in root.EnumerateArray())
            {
                yield return Record(record, $"{path}[{index}]", $"{stem}-{index + 1}");
                index++;
            }
        }
    }

    /// <summary>One record of a .json file, held to the same limit as a text file or a JSON line.</summary>
    private IngestItem Record(JsonElement record, string source, string fallbackId)
    {
        var size = JsonMarshal.GetRawUtf8Value(record).Length;
        return size > options.MaxDocumentBytes
            ? IngestItem.Failed(source, $"record is {Megabytes(size)}, above the {Megabytes(options.MaxDocumentBytes)} limit for one document", size)
            : JsonArticleReader.ReadRecord(record, source, fallbackId, size);
    }

    private static string Megabytes(long bytes) => bytes < 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.#} MB");
}
