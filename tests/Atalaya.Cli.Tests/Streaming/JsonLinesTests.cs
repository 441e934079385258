using System.Text.Json;

namespace Atalaya.Cli.Tests.Streaming;

public sealed class JsonLinesTests
{
    [Fact]
    public async Task Jsonl_writes_a_parseable_document_a_line_in_input_order_then_the_corpus_sections()
    {
        var lines = await ExtractAsync("--format", "jsonl", TestData.E2eArticles);
        var json = await ExtractAsync("--json", TestData.E2eArticles);

        var documents = lines.Take(lines.Count - 1).ToList();
        Assert.Equal(Json.Documents(json[0]).Select(d => Json.Text(d, "id")), documents.Select(d => Json.Text(d, "id")));
        Assert.All(documents, d => Assert.Equal(JsonValueKind.String, d.GetProperty("content_hash").ValueKind));
        var corpus = lines[^1];
        Assert.False(corpus.TryGetProperty("id", out _));
        foreach (var section in new[] { "entities", "events", "stories", "claims", "conflicts" })
        {
            Assert.True(JsonElement.DeepEquals(json[0].GetProperty(section), corpus.GetProperty(section)), $"{section} differ between jsonl and json");
        }
    }

    [Fact]
    public async Task Story_merges_lead_every_line_to_a_story_of_the_last_line_that_lists_it()
    {
        using var temp = new TempFolder();
        var lines = await ExtractAsync("--format", "jsonl", RemixedSamples.Write(temp.Folder("corpus"), 120));

        var corpus = lines[^1];
        var merges = corpus.GetProperty("story_merges").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        var stories = corpus.GetProperty("stories").EnumerateArray().ToDictionary(
            s => Json.Text(s, "id")!,
            s => s.GetProperty("documents").EnumerateArray().Select(d => d.GetString()).ToHashSet());
        Assert.NotEmpty(merges);
        Assert.Equal(120, lines.Count - 1);
        foreach (var document in lines.Take(lines.Count - 1))
        {
            var story = Json.Text(document, "story")!;
            var now = merges.GetValueOrDefault(story, story);
            Assert.Contains(Json.Text(document, "id"), stories[now]);
        }
    }

    [Fact]
    public async Task A_bad_input_line_is_reported_and_the_other_lines_are_written()
    {
        using var temp = new TempFolder();
        var path = temp.Write("mezcla.jsonl", """
            {"id": "nota-1", "text": "Incendian dos camionetas frente a la comandancia de San Telmo de las Vigas."}
            {"id": "rota", "text": "sin cierre
            {"id": "nota-3", "text": "Hallan un arsenal en una bodega de Puente Alto del Río; no hubo detenidos."}

            """);

        var result = await AtalayaCli.RunAsync("extract", "--format", "jsonl", path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.ErrorLines, l => l.StartsWith($"atalaya: {path}:2: ", StringComparison.Ordinal));
        var lines = Json.Lines(result.StdOut);
        Assert.Equal(["nota-1", "nota-3"], lines.Take(lines.Count - 1).Select(d => Json.Text(d, "id")));
        Assert.True(lines[^1].TryGetProperty("stories", out _));
    }

    [Fact]
    public async Task Nothing_read_leaves_an_existing_output_file_as_it_was()
    {
        using var temp = new TempFolder();
        var output = temp.Write("salida.jsonl", "old content\n");
        var empty = temp.Write("vacio.jsonl", "\n\n");

        var result = await AtalayaCli.RunAsync("extract", "--format", "jsonl", "--out", output, empty);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal("old content\n", await File.ReadAllTextAsync(output));
        Assert.Equal(["salida.jsonl", "vacio.jsonl"], Directory.GetFiles(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Timings_name_every_phase()
    {
        var result = await AtalayaCli.RunAsync("extract", "--json", "--timings", "--out", "-", Path.Combine(TestData.E2eArticles, "nl-overval-geldtransport.txt"));

        Assert.True(result.ExitCode == 0, result.ToString());
        var line = Assert.Single(result.ErrorLines, l => l.Contains("timings:", StringComparison.Ordinal));
        foreach (var phase in new[] { "start-up", "load", "analyze", "reading inputs", "consolidate", "write", "finish", "documents/s", "MB/s", "peak memory", "JIT" })
        {
            Assert.Contains(phase, line, StringComparison.Ordinal);
        }

        // Each resource with its own load time, whichever thread loaded it.
        Assert.Contains("; resources: ", line, StringComparison.Ordinal);
        var resources = line[(line.IndexOf("resources: ", StringComparison.Ordinal) + "resources: ".Length)..];
        foreach (var resource in new[] { "language packs", "language model", "knowledge base", "gazetteer", "entity model", "entity names", "boilerplate", "event words" })
        {
            Assert.Matches($@"(^|, ){resource} \d+\.\d{{3}} s(,|$)", resources);
        }
    }

    /// <summary>The lines of extract's output (one only for --json, whose object spans many lines).</summary>
    private static async Task<List<JsonElement>> ExtractAsync(params string[] args)
    {
        var result = await AtalayaCli.RunAsync(["extract", .. args]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return args.Contains("--json") ? [Json.Parse(result.StdOut)] : Json.Lines(result.StdOut);
    }
}
