using Atalaya.Core.Documents;
using Atalaya.Core.Pipeline;
using Atalaya.Core.Resources;

namespace Atalaya.Core.Stages.Cleaning;

/// <summary>
/// Finds page furniture (boilerplate spans) and reads the article's title, byline and
/// publication date. Runs before language identification, so it uses the phrases of every
/// language pack at once.
/// </summary>
public sealed class CleaningStage : IStage
{
    public string Name => "cleaning";

    public IReadOnlyList<AnnotationKey> Requires { get; } = [Annotations.SourceText];

    public IReadOnlyList<AnnotationKey> Assigns { get; } = [Annotations.Boilerplate, Annotations.Header];

    public void Process(AnalyzedDocument document, AtalayaResources resources, CancellationToken cancellation)
    {
        var text = document.Text;
        var metadata = document.Source.Metadata;
        var lines = TextLine.Split(text);
        var content = lines.Where(line => !line.IsBlank).ToList();

        var boilerplate = BoilerplateDetector.Detect(text, lines, resources);
        var boilerplateLines = boilerplate.Select(b => b.Span.Start).ToHashSet();
        bool IsBoilerplate(TextLine line) => boilerplateLines.Contains(line.Content.Start);

        var (title, titleSpan, titleLine) = HeaderReader.FindTitle(text, content, IsBoilerplate, metadata.Title, resources.Dates);
        var (byline, bylineSpan) = metadata.Byline is { Length: > 0 } declared
            ? (declared, (TextSpan?)null)
            : HeaderReader.FindByline(text, content, titleLine, IsBoilerplate, resources.Bylines);
        var (published, publishedSpan, publishedFrom) = PublishedDateFinder.Find(text, content, metadata, resources.Dates);

        document.Set(Annotations.Boilerplate, new BoilerplateSpans(boilerplate));
        document.Set(Annotations.Header, new DocumentHeader
        {
            Title = title,
            TitleSpan = titleSpan,
            Byline = byline,
            BylineSpan = bylineSpan,
            Published = published,
            PublishedSpan = publishedSpan,
            PublishedFrom = publishedFrom,
        });
    }
}
