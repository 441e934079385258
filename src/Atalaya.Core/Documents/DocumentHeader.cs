namespace Atalaya.Core.Documents;

/// <summary>What the cleaning stage found about the article itself. Spans are null when the value came from metadata.</summary>
public sealed record DocumentHeader
{
    public static readonly DocumentHeader Empty = new();

    public string? Title { get; init; }

    public TextSpan? TitleSpan { get; init; }

    public string? Byline { get; init; }

    public TextSpan? BylineSpan { get; init; }

    public PartialDate? Published { get; init; }

    /// <summary>The date expression the publication date was read from, when it was read from the text.</summary>
    public TextSpan? PublishedSpan { get; init; }

    /// <summary>Where the publication date came from: "metadata", "text" or "url".</summary>
    public string? PublishedFrom { get; init; }
}
