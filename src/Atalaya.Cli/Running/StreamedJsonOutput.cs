using System.Buffers;
using System.Text.Json;
using Atalaya.Core.Contract;

namespace Atalaya.Cli.Running;

/// <summary>
/// The contract JSON of extract --json written document by document, byte for byte what serializing
/// the whole corpus at the end writes, while memory holds only what consolidation needs. One field
/// of a written document can still change: a later document may unite its story with an earlier
/// one. So the place of each document's "story" value is remembered, and at the end the values
/// whose story was united are rewritten. Output that cannot be rewritten (a pipe, a terminal, a
/// FIFO) is spooled to a temporary file first: a JSON object is of no use to its reader before
/// its end anyway.
/// </summary>
internal sealed class StreamedJsonOutput : IContractOutput
{
    private const int BufferBytes = 1 << 16;

    private readonly Stream destination;
    private readonly Stream file;
    private readonly ArrayBufferWriter<byte> buffer = new(BufferBytes);
    private readonly Utf8JsonWriter writer;
    private readonly byte[] storyProperty;
    private readonly List<StoryMark> marks = [];
    private readonly JsonWriterOptions options;
    private long written;

    public StreamedJsonOutput(Stream destination, JsonWriterOptions options)
    {
        this.destination = destination;
        this.options = options;
        file = destination.CanSeek ? destination : Spool();
        writer = new Utf8JsonWriter(buffer, options);

        // A document's own "story" at its indentation (corpus object, documents array, document):
        // a line break cannot occur raw inside a JSON string, so only the property itself matches.
        var indent = options.Indented ? "\n" + new string(options.IndentCharacter, options.IndentSize * 3) : "";
        storyProperty = System.Text.Encoding.UTF8.GetBytes(indent + (options.Indented ? "\"story\": " : "\"story\":"));
        writer.WriteStartObject();
        writer.WriteString("version", new ContractCorpus().Version);
        writer.WritePropertyName("documents");
        writer.WriteStartArray();
    }

    public void Add(ContractDocument document, CorpusBuilder corpus)
    {
        JsonSerializer.Serialize(writer, document, ContractJsonContext.Default.ContractDocument);
        writer.Flush();
        if (document.Story is { } story)
        {
            marks.Add(new StoryMark(written + ValueOffset(buffer.WrittenSpan), story));
        }

        Commit();
    }

    public void Finish(CorpusBuilder corpus)
    {
        writer.WriteEndArray();
        ContractSections.Write(writer, corpus.Build());
        writer.WriteEndObject();
        writer.Flush();
        buffer.Write("\n"u8);
        Commit();

        var united = marks.Select(m => (m.Offset, Old: m.Story, New: corpus.CurrentStory(m.Story)!)).Where(m => m.Old != m.New).ToList();
        if (ReferenceEquals(file, destination))
        {
            if (united.Count > 0)
            {
                RewriteInPlace(united);
            }

            destination.Flush();
            return;
        }

        file.Position = 0;
        CopyPatched(file, destination, united);
        destination.Flush();
    }

    public void Dispose()
    {
        writer.Dispose();
        if (!ReferenceEquals(file, destination))
        {
            file.Dispose();
        }
    }

    private void Commit()
    {
        file.Write(buffer.WrittenSpan);
        written += buffer.WrittenCount;
        buffer.ResetWrittenCount();
    }

    /// <summary>Where the story value begins in the bytes just written for one document.</summary>
    private int ValueOffset(ReadOnlySpan<byte> documentBytes)
    {
        var at = documentBytes.IndexOf(storyProperty);
        if (at < 0)
        {
            throw new InvalidOperationException("the contract document has no \"story\" property where the streamed writer expects it");
        }

        return at + storyProperty.Length;
    }

    /// <summary>The output file with the united stories' ids: copied through a second temporary file, then back.</summary>
    private void RewriteInPlace(List<(long Offset, string Old, string New)> united)
    {
        using var patched = Spool();
        file.Position = 0;
        CopyPatched(file, patched, united);
        patched.Position = 0;
        file.Position = 0;
        patched.CopyTo(file);
        file.SetLength(patched.Length);
    }

    private void CopyPatched(Stream from, Stream to, List<(long Offset, string Old, string New)> united)
    {
        long position = 0;
        foreach (var (offset, old, now) in united)
        {
            CopyBytes(from, to, offset - position);
            var oldBytes = Quoted(old);
            from.Seek(oldBytes.Length, SeekOrigin.Current);
            to.Write(Quoted(now));
            position = offset + oldBytes.Length;
        }

        from.CopyTo(to);
    }

    private static void CopyBytes(Stream from, Stream to, long count)
    {
        var chunk = ArrayPool<byte>.Shared.Rent(BufferBytes);
        try
        {
            while (count > 0)
            {
                var read = from.Read(chunk, 0, (int)Math.Min(chunk.Length, count));
                if (read == 0)
                {
                    throw new EndOfStreamException("the streamed JSON ended before a story it had written");
                }

                to.Write(chunk, 0, read);
                count -= read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>A story id as the writer writes it as a string value.</summary>
    private byte[] Quoted(string storyId) => [(byte)'"', .. JsonEncodedText.Encode(storyId, options.Encoder).EncodedUtf8Bytes, (byte)'"'];

    private static FileStream Spool() => new(
        Path.Combine(Path.GetTempPath(), $"atalaya-extract-{Environment.ProcessId}-{Guid.NewGuid():N}.json"),
        FileMode.CreateNew,
        FileAccess.ReadWrite,
        FileShare.None,
        BufferBytes,
        FileOptions.DeleteOnClose);

    private readonly record struct StoryMark(long Offset, string Story);
}
