namespace Atalaya.Core.Stages.Ingest;

/// <summary>Limits that keep one bad input from exhausting memory.</summary>
public sealed record IngestOptions
{
    public const long DefaultMaxDocumentBytes = 16L * 1024 * 1024;

    /// <summary>A single document (a text or HTML file, one JSON record) larger than this is refused.</summary>
    public long MaxDocumentBytes { get; init; } = DefaultMaxDocumentBytes;
}
