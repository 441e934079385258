using Atalaya.Core.Documents;
using Atalaya.Core.Pipeline;
using Atalaya.Core.Resources;

namespace Atalaya.Core.Tests.Support;

/// <summary>Shared resources and small builders for test documents.</summary>
internal static class Some
{
    private static readonly Lazy<AtalayaResources> LazyResources =
        new(() => AtalayaResources.Load(Path.Combine(AppContext.BaseDirectory, "data")));

    private static readonly Lazy<AnalysisPipeline> LazyPipeline = new(() => StandardPipeline.Create(Resources));

    /// <summary>The real language packs, copied next to the test assembly; loaded once.</summary>
    public static AtalayaResources Resources => LazyResources.Value;

    /// <summary>The standard pipeline (cleaning, language, segmentation) over <see cref="Resources"/>.</summary>
    public static AnalysisPipeline Pipeline => LazyPipeline.Value;

    /// <summary>Folder of the files under tests/data, copied to the output as testdata/.</summary>
    public static string TestData(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "testdata", .. parts]);

    public static SourceDocument Document(
        string text,
        string id = "doc-1",
        string? url = null,
        string? title = null,
        string? published = null,
        string? byline = null,
        string? language = null,
        string source = "memory.txt")
        => new()
        {
            Id = id,
            Source = source,
            Text = text,
            Metadata = new SourceMetadata
            {
                Url = url,
                Title = title,
                Published = published,
                Byline = byline,
                DeclaredLanguage = language,
            },
        };

    /// <summary>Lines joined with \n, so tests can write articles line by line.</summary>
    public static string Lines(params string[] lines) => string.Join('\n', lines);

    public static AnalysisResult Analyze(string text, string? url = null, string? title = null, string? published = null, string? byline = null)
        => Pipeline.Analyze(Document(text, url: url, title: title, published: published, byline: byline));

    public static DocumentHeader Header(string text, string? url = null, string? title = null, string? published = null, string? byline = null)
        => Analyze(text, url, title, published, byline).Document.Get(Annotations.Header);

    /// <summary>The text of every boilerplate span of <paramref name="text"/>.</summary>
    public static List<string> BoilerplateLines(string text)
    {
        var document = Analyze(text).Document;
        return [.. document.Get(Annotations.Boilerplate).Spans.Select(b => b.Span.Slice(text))];
    }
}
