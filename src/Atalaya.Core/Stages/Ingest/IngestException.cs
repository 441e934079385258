namespace Atalaya.Core.Stages.Ingest;

/// <summary>A reason why one input cannot be read; the message is shown to the user as is.</summary>
internal sealed class IngestException : Exception
{
    public IngestException(string message)
        : base(message)
    {
    }

    public IngestException()
    {
    }

    public IngestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
