using System.Text;
using Atalaya.Core.Stages.Ingest;
using BenchmarkDotNet.Attributes;

namespace Atalaya.Bench;

/// <summary>Reading: text files and JSON lines from disk, decoding included.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class IngestBenchmarks
{
    private string folder = "";
    private string jsonLines = "";

    [GlobalSetup]
    public void Setup()
    {
        folder = Path.Combine(Path.GetTempPath(), $"atalaya-bench-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        var documents = BenchCorpus.Create(500);
        var lines = new StringBuilder();
        foreach (var document in documents)
        {
            File.WriteAllText(Path.Combine(folder, document.Id + ".txt"), document.Text);
            lines.Append("{\"id\":\"").Append(document.Id).Append("\",\"text\":")
                .Append(System.Text.Json.JsonSerializer.Serialize(document.Text)).Append("}\n");
        }

        jsonLines = Path.Combine(folder, "all.jsonl");
        File.WriteAllText(jsonLines, lines.ToString());
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    [Benchmark(OperationsPerInvoke = 500)]
    public int TextFiles() => new DocumentReader().Read(Directory.GetFiles(folder, "*.txt")).Count(i => i.Document is not null);

    [Benchmark(OperationsPerInvoke = 500)]
    public int JsonLines() => new DocumentReader().Read([jsonLines]).Count(i => i.Document is not null);
}
