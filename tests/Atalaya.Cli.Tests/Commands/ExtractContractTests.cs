using System.Text.Json;

namespace Atalaya.Cli.Tests.Commands;

/// <summary>The contract JSON of <c>extract --json --out FILE</c> on .txt, .html, .json and .jsonl files in several languages.</summary>
public sealed class ExtractContractTests : IClassFixture<ExtractContractFixture>
{
    private static readonly string[] TopLevelArrays = ["documents", "entities", "events", "stories", "claims", "conflicts"];

    private static readonly string[] DocumentFields =
    [
        "id", "source", "language", "language_confidence", "title", "published", "byline", "boilerplate",
        "duplicate_of", "story", "entities", "events", "quotes", "text",
    ];

    private readonly ExtractContractFixture run;

    public ExtractContractTests(ExtractContractFixture run) => this.run = run;

    [Fact]
    public void The_run_succeeds_writes_the_file_and_reports_on_stderr_only()
    {
        Assert.True(run.Result.ExitCode == 0, run.Result.ToString());
        Assert.Equal("", run.Result.StdOut);
        Assert.Contains($"{TestData.E2eDocuments} documents, 0 inputs failed", run.Result.StdErr, StringComparison.Ordinal);
        Assert.Equal(["corpus.json"], Directory.GetFiles(Path.GetDirectoryName(run.OutputPath)!).Select(Path.GetFileName));
    }

    [Fact]
    public void The_output_has_a_version_and_every_top_level_array_even_when_empty()
    {
        Assert.Equal(JsonValueKind.Object, run.Corpus.ValueKind);
        Assert.Equal(JsonValueKind.String, run.Corpus.GetProperty("version").ValueKind);
        Assert.NotEmpty(run.Corpus.GetProperty("version").GetString()!);
        foreach (var name in TopLevelArrays)
        {
            Assert.True(run.Corpus.TryGetProperty(name, out var array), $"missing \"{name}\"");
            Assert.Equal(JsonValueKind.Array, array.ValueKind);
        }
    }

    [Fact]
    public void Every_document_has_the_contract_fields()
    {
        var documents = Json.Documents(run.Corpus);
        Assert.Equal(TestData.E2eDocuments, documents.Count);
        foreach (var document in documents)
        {
            foreach (var field in DocumentFields)
            {
                Assert.True(document.TryGetProperty(field, out _), $"document {document.GetProperty("id")} has no \"{field}\"");
            }

            Assert.Equal(JsonValueKind.Array, document.GetProperty("boilerplate").ValueKind);
            Assert.Equal(JsonValueKind.Array, document.GetProperty("entities").ValueKind);
            Assert.Equal(JsonValueKind.Array, document.GetProperty("events").ValueKind);
            Assert.Equal(JsonValueKind.Array, document.GetProperty("quotes").ValueKind);
            Assert.False(string.IsNullOrWhiteSpace(Json.Text(document, "text")));
            Assert.Matches("^[a-z]{2,3}$", Json.Text(document, "language"));
            var confidence = document.GetProperty("language_confidence").GetDouble();
            Assert.InRange(confidence, 0.0, 1.0);
        }
    }

    [Fact]
    public void Ids_are_file_names_without_extension_or_the_json_id()
    {
        var ids = Json.Documents(run.Corpus).Select(d => Json.Text(d, "id")!).Order(StringComparer.Ordinal);

        Assert.Equal(TestData.E2eIds.Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public void Sources_name_the_file_and_for_json_lines_the_line()
    {
        Assert.Equal(Path.Combine(run.Folder, "nb-brann-lagerhall.txt"), Json.Text(Json.ById(run.Corpus, "nb-brann-lagerhall"), "source"));
        Assert.Equal(Path.Combine(run.Folder, "feed.jsonl") + ":2", Json.Text(Json.ById(run.Corpus, "feed-es-0002"), "source"));
    }

    [Fact]
    public void Boilerplate_spans_are_slices_of_the_document_text()
    {
        var spans = 0;
        foreach (var document in Json.Documents(run.Corpus))
        {
            var text = Json.Text(document, "text")!;
            foreach (var span in document.GetProperty("boilerplate").EnumerateArray())
            {
                var start = span.GetProperty("start").GetInt32();
                var end = span.GetProperty("end").GetInt32();
                Assert.InRange(start, 0, end);
                Assert.InRange(end, start, text.Length);
                Assert.Equal(text.Substring(start, end - start), Json.Text(span, "text"));
                spans++;
            }
        }

        // The plain-text articles carry share lines, ads, teasers and comment counters.
        Assert.True(spans >= 8, $"only {spans} boilerplate spans found");
        var spanish = Json.ById(run.Corpus, "es-tiroteo-san-telmo");
        Assert.Contains(spanish.GetProperty("boilerplate").EnumerateArray(), s => Json.Text(s, "text") == "Publicidad");
    }

    [Fact]
    public void An_exact_copy_under_another_name_points_at_the_first_through_duplicate_of()
    {
        var original = Json.ById(run.Corpus, "es-tiroteo-san-telmo");
        var copy = Json.ById(run.Corpus, "es-tiroteo-san-telmo_copia");

        Assert.Equal(JsonValueKind.Null, original.GetProperty("duplicate_of").ValueKind);
        Assert.Equal("es-tiroteo-san-telmo", Json.Text(copy, "duplicate_of"));
        Assert.Single(Json.Documents(run.Corpus), d => d.GetProperty("duplicate_of").ValueKind != JsonValueKind.Null);
    }

    [Fact]
    public void Header_fields_come_from_the_text_html_meta_and_json_fields()
    {
        var text = Json.ById(run.Corpus, "en-port-raid-puerto-celeste");
        Assert.Equal("Customs officers find three tonnes of cocaine hidden in banana crates at Puerto Celeste", Json.Text(text, "title"));
        Assert.Equal("Mark Dalton", Json.Text(text, "byline"));
        Assert.Equal("2025-04-02", Json.Text(text, "published"));

        var html = Json.ById(run.Corpus, "de-schuesse-bergheim");
        Assert.Equal("Jonas Brückner", Json.Text(html, "byline"));
        Assert.Equal("2025-03-30", Json.Text(html, "published"));
        Assert.DoesNotContain("dataLayer", Json.Text(html, "text"), StringComparison.Ordinal);

        var json = Json.ById(run.Corpus, "fr-enlevement-0001");
        Assert.Equal("Le maire de Valbrune enlevé puis libéré après deux jours de captivité", Json.Text(json, "title"));
        Assert.Equal("2025-03-27", Json.Text(json, "published"));
    }

    [Theory]
    [InlineData("de-schuesse-bergheim", "de")]
    [InlineData("fr-enlevement-0001", "fr")]
    [InlineData("bulletin-0001", "en")]
    [InlineData("bulletin-0002", "fr")]
    [InlineData("feed-pt-0001", "pt")]
    [InlineData("feed-es-0002", "es")]
    public void A_language_the_source_declares_is_reported(string id, string language)
    {
        var document = Json.ById(run.Corpus, id);

        Assert.Equal(language, Json.Text(document, "language"));
        Assert.True(document.GetProperty("language_confidence").GetDouble() > 0);
    }

    [Fact]
    public void Non_ascii_text_is_written_readably()
    {
        Assert.Contains("Brückner", run.OutputText, StringComparison.Ordinal);
        Assert.Contains("Lucía Ferrer", run.OutputText, StringComparison.Ordinal);
    }
}
