namespace Atalaya.Core.Stages.Ingest;

/// <summary>Why a folder walk leaves a file or folder out without it being an error.</summary>
public enum SkipKind
{
    /// <summary>A type atalaya does not read (.pdf, .docx, .csv, .gz, no extension).</summary>
    UnsupportedType,

    /// <summary>A hidden file or folder (its name starts with a dot).</summary>
    Hidden,

    /// <summary>A file or folder already read through another path (a symbolic link).</summary>
    AlreadyRead,
}

/// <summary>A file or folder a folder walk left out: counted and named in the run's summary, never silent.</summary>
public sealed record SkippedInput(string Source, SkipKind Kind, string Reason)
{
    public override string ToString() => $"{Source}: skipped: {Reason}";
}
