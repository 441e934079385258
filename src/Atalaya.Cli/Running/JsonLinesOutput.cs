using System.Buffers;
using System.Text.Json;
using Atalaya.Core.Contract;

namespace Atalaya.Cli.Running;

/// <summary>
/// extract --format jsonl: one contract document per line, written as soon as it is consolidated,
/// then one last line with the corpus sections (entities, events, stories, claims, conflicts) and
/// "story_merges". A line's "story" is the story known when it was written; a later document may
/// unite that story with an earlier one, and "story_merges" maps every story so ended to the story
/// that holds its documents at the end (the "stories" of the last line list their documents).
/// </summary>
internal sealed class JsonLinesOutput(Stream destination) : IContractOutput
{
    private readonly ArrayBufferWriter<byte> buffer = new(1 << 16);
    private readonly Utf8JsonWriter writer = new(new ArrayBufferWriter<byte>(1), JsonOutput.Compact);

    public void Add(ContractDocument document, CorpusBuilder corpus)
    {
        writer.Reset(buffer);
        JsonSerializer.Serialize(writer, document, ContractJsonContext.Default.ContractDocument);
        Line();
    }

    public void Finish(CorpusBuilder corpus)
    {
        writer.Reset(buffer);
        writer.WriteStartObject();
        writer.WriteString("version", new ContractCorpus().Version);
        ContractSections.Write(writer, corpus.Build());
        writer.WritePropertyName("story_merges");
        writer.WriteStartObject();
        foreach (var (absorbed, _) in corpus.StoryMerges)
        {
            writer.WriteString(absorbed, corpus.CurrentStory(absorbed));
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        Line();
        destination.Flush();
    }

    public void Dispose() => writer.Dispose();

    private void Line()
    {
        writer.Flush();
        buffer.Write("\n"u8);
        destination.Write(buffer.WrittenSpan);
        buffer.ResetWrittenCount();
    }
}
