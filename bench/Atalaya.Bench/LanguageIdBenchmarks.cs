using System.Text;
using Atalaya.Core.Documents;
using Atalaya.Core.Stages.Language;
using BenchmarkDotNet.Attributes;

namespace Atalaya.Bench;

/// <summary>
/// Language identification speed on news text: whole articles (the identifier stops reading once
/// it is certain), single sentences, and one long text read to the end. MB/s = bytes of UTF-8 text
/// per second; the memory column shows that a call allocates nothing after warm-up.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class LanguageIdBenchmarks
{
    private LanguageIdentifier identifier = null!;
    private string[] articles = [];
    private string[] sentences = [];
    private string longText = "";
    private LanguageIdentifier readsEverything = null!;
    private string modelPath = "";

    [GlobalSetup]
    public void Setup()
    {
        identifier = BenchCorpus.Resources.LanguageIdentifier ?? throw new InvalidOperationException("no language model in data/models");
        articles = [.. BenchCorpus.Create(200).Select(d => d.Text)];
        sentences = [.. articles.SelectMany(a => a.Split(". ")).Where(s => s.Length is >= 40 and <= 300).Take(1000)];

        // Raw speed: every letter of ~16 KB of news text is read (the identifier caps reading at 20,000 letters).
        readsEverything = identifier.WithoutEarlyStop();
        modelPath = Path.Combine(BenchCorpus.Resources.DataDirectory, Atalaya.Core.Resources.AtalayaResources.LanguageModelPath);
        longText = string.Join("\n", articles.Take(7));
        Console.WriteLine($"articles: {articles.Sum(a => Encoding.UTF8.GetByteCount(a)) / 200.0:0} bytes on average; sentences: {sentences.Sum(s => Encoding.UTF8.GetByteCount(s)) / (double)sentences.Length:0} bytes on average; long text: {Encoding.UTF8.GetByteCount(longText)} bytes");
    }

    [Benchmark(OperationsPerInvoke = 200)]
    public int Articles()
    {
        var total = 0;
        foreach (var article in articles)
        {
            total += identifier.Identify(article).Code.Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = 1000)]
    public int Sentences()
    {
        var total = 0;
        foreach (var sentence in sentences)
        {
            total += identifier.Identify(sentence).Code.Length;
        }

        return total;
    }

    [Benchmark]
    public LanguageGuess LongTextReadToTheEnd() => readsEverything.Identify(longText);

    /// <summary>Loading the model file (decompression and tables), as every process start does.</summary>
    [Benchmark]
    public int LoadModel() => LanguageIdentifier.Load(modelPath).Languages.Count;
}
