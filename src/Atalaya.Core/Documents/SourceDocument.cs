namespace Atalaya.Core.Documents;

/// <summary>
/// A document as ingested: its decoded original text (every offset refers to it) and what the
/// source itself said about it (URL, title, date from HTML meta or JSON fields).
/// </summary>
public sealed record SourceDocument
{
    public required string Id { get; init; }

    /// <summary>Path, "path#line" for JSON lines, "-" for standard input, or the URL given.</summary>
    public required string Source { get; init; }

    public required string Text { get; init; }

    public SourceMetadata Metadata { get; init; } = SourceMetadata.Empty;

    /// <summary>SHA-256 of the text (hex): the storage key, so the same content is kept once.</summary>
    public string ContentHash => contentHash ??= Internal.Hashing.Sha256Hex(Text);

    private string? contentHash;
}

/// <summary>Metadata a source states explicitly (HTML meta tags, JSON fields); null when absent.</summary>
public sealed record SourceMetadata
{
    public static readonly SourceMetadata Empty = new();

    public string? Url { get; init; }

    public string? Title { get; init; }

    /// <summary>Publication date as the source gives it (any common format; the cleaning stage normalizes it).</summary>
    public string? Published { get; init; }

    public string? Byline { get; init; }

    /// <summary>Language declared by the source (HTML lang attribute), a hint only.</summary>
    public string? DeclaredLanguage { get; init; }

    /// <summary>text, html or json: how the text was obtained.</summary>
    public string Format { get; init; } = "text";

    /// <summary>How the bytes were decoded: utf-8, utf-8-bom, utf-16le, utf-16be or windows-1252.</summary>
    public string? Encoding { get; init; }
}
