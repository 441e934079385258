using System.Text.Json;

namespace Atalaya.Cli.Tests.Commands;

/// <summary>One <c>extract --json --out FILE</c> run on a copy of the e2e articles, shared by the contract tests.</summary>
public sealed class ExtractContractFixture : IAsyncLifetime, IDisposable
{
    private readonly TempFolder temp = new();

    public CliResult Result { get; private set; } = new(-1, "", "");

    public string Folder { get; private set; } = "";

    public string OutputPath { get; private set; } = "";

    public string OutputText { get; private set; } = "";

    public JsonElement Corpus { get; private set; }

    public async Task InitializeAsync()
    {
        Folder = temp.CopyFrom(TestData.E2eArticles, "articles");
        OutputPath = temp.File("out", "corpus.json");
        Directory.CreateDirectory(Path.GetDirectoryName(OutputPath)!);
        Result = await AtalayaCli.RunAsync("extract", "--json", "--out", OutputPath, Folder);
        OutputText = File.Exists(OutputPath) ? await File.ReadAllTextAsync(OutputPath) : "";
        Corpus = OutputText.Length > 0 ? Json.Parse(OutputText) : default;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => temp.Dispose();
}
