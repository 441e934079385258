using System.Text.Json;

namespace Atalaya.Cli.Tests.Commands;

/// <summary>export on a database filled once by a real ingest of the e2e articles.</summary>
public sealed class ExportTests : IClassFixture<ExportTests.IngestedDatabase>
{
    private readonly IngestedDatabase stored;

    public ExportTests(IngestedDatabase stored) => this.stored = stored;

    [Fact]
    public async Task Export_json_gives_the_stored_documents_as_one_contract_object()
    {
        var result = await AtalayaCli.RunAsync("export", "--db", stored.Path, "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var corpus = Json.Parse(result.StdOut);
        Assert.Equal(JsonValueKind.String, corpus.GetProperty("version").ValueKind);
        foreach (var name in new[] { "entities", "events", "stories", "claims", "conflicts" })
        {
            Assert.Equal(JsonValueKind.Array, corpus.GetProperty(name).ValueKind);
        }

        var documents = Json.Documents(corpus);
        Assert.Equal(stored.Ids, documents.Select(d => Json.Text(d, "id")));
        Assert.Equal(stored.Texts, documents.Select(d => Json.Text(d, "text")));
    }

    [Fact]
    public async Task Export_jsonl_gives_one_stored_document_per_line()
    {
        var result = await AtalayaCli.RunAsync("export", "--db", stored.Path, "--format", "jsonl");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = Json.Lines(result.StdOut);
        Assert.Equal(stored.Ids, lines.Select(d => Json.Text(d, "id")));
        Assert.Equal(stored.Texts, lines.Select(d => Json.Text(d, "text")));
        Assert.All(lines, d => Assert.Equal(64, Json.Text(d, "content_hash")!.Length));
    }

    [Fact]
    public async Task Export_to_a_file_without_text()
    {
        using var temp = new TempFolder();
        var output = temp.File("export.jsonl");

        var result = await AtalayaCli.RunAsync("export", "--db", stored.Path, "--format", "jsonl", "--no-text", "--out", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.StdOut);
        var lines = Json.Lines(await File.ReadAllTextAsync(output));
        Assert.Equal(stored.Ids.Count, lines.Count);
        Assert.All(lines, d => Assert.Equal(JsonValueKind.Null, d.GetProperty("text").ValueKind));
    }

    [Fact]
    public async Task Export_from_a_missing_database_exits_2_naming_the_path()
    {
        using var temp = new TempFolder();
        var missing = temp.File("nowhere.db");

        var result = await AtalayaCli.RunAsync("export", "--db", missing, "--format", "json");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(missing, result.StdErr, StringComparison.Ordinal);
        Assert.Equal("", result.StdOut);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public async Task Export_from_a_file_that_is_not_a_database_exits_2_naming_it()
    {
        using var temp = new TempFolder();
        var notes = temp.Write("notas.db", "Esto no es una base de datos.\n");

        var result = await AtalayaCli.RunAsync("export", "--db", notes);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(notes, result.StdErr, StringComparison.Ordinal);
        Assert.Equal("", result.StdOut);
    }

    [Fact]
    public async Task Export_rejects_an_unknown_format()
    {
        var result = await AtalayaCli.RunAsync("export", "--db", stored.Path, "--format", "xml");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("xml", result.StdErr, StringComparison.Ordinal);
    }

    public sealed class IngestedDatabase : IAsyncLifetime, IDisposable
    {
        private readonly TempFolder temp = new();

        public string Path => temp.File("export.db");

        public List<string?> Ids { get; } = [];

        public List<string?> Texts { get; } = [];

        public async Task InitializeAsync()
        {
            var result = await AtalayaCli.RunAsync("ingest", TestData.E2eArticles, "--db", Path);
            Assert.True(result.ExitCode == 0, result.ToString());
            foreach (var row in Database.Rows(Path, "SELECT id FROM documents ORDER BY seq"))
            {
                Ids.Add(row);
            }

            using var connection = Database.OpenReadOnly(Path);
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT text FROM documents ORDER BY seq";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                Texts.Add(reader.GetString(0));
            }

            Assert.Equal(TestData.E2eDistinctContents, Ids.Count);
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => temp.Dispose();
    }
}
