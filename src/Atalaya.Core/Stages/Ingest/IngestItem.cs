using Atalaya.Core.Documents;

namespace Atalaya.Core.Stages.Ingest;

/// <summary>One thing read from the input: a document, or a failure naming the source and the reason.</summary>
public sealed record IngestItem
{
    private IngestItem(SourceDocument? document, IngestFailure? failure, long bytes)
    {
        Document = document;
        Failure = failure;
        Bytes = bytes;
    }

    public SourceDocument? Document { get; }

    public IngestFailure? Failure { get; }

    /// <summary>Input bytes this item consumed (for progress and throughput).</summary>
    public long Bytes { get; }

    public static IngestItem Read(SourceDocument document, long bytes) => new(document, null, bytes);

    public static IngestItem Failed(string source, string reason, long bytes = 0) => new(null, new IngestFailure(source, reason), bytes);
}

public sealed record IngestFailure(string Source, string Reason)
{
    public override string ToString() => $"{Source}: {Reason}";
}
