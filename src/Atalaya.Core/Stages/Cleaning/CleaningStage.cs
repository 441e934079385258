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

        var kinds = BoilerplateDetector.Classify(text, lines, resources);
        bool IsBoilerplate(TextLine line) => kinds[line.Index] is not null;
        // Furniture that carries a date ("date 2020-07 Connect on LinkedIn") still counts as a header line for the date.
        bool IsFurnitureNotStamp(TextLine line) => kinds[line.Index] is { } kind && kind != BoilerplateDetector.DateStampKind
            && DateStamp.Read(text, line.Content, resources.Dates) is null;

        var (title, titleSpan, titleLine) = HeaderReader.FindTitle(text, content, IsBoilerplate, metadata.Title, resources.Dates);
        var (byline, bylineSpan) = metadata.Byline is { Length: > 0 } declared
            ? (declared, (TextSpan?)null)
            : HeaderReader.FindByline(text, content, titleLine, IsBoilerplate, resources.Bylines);
        var (published, publishedSpan, publishedFrom) = PublishedDateFinder.Find(text, content, IsFurnitureNotStamp, metadata, resources.Dates, resources.Bylines);

        // Only once the publication date is known can a date line be told from the page's clock.
        BoilerplateDetector.ResolveDateStamps(text, content, kinds, published, resources.Dates);
        var boilerplate = BoilerplateDetector.ToSpans(lines, kinds);

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
