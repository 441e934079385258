namespace Atalaya.Tests.Common;

/// <summary>What one atalaya process did: its exit code and everything it wrote.</summary>
public sealed record CliResult(int ExitCode, string StdOut, string StdErr)
{
    /// <summary>The standard error lines, for "reported with path and reason" checks.</summary>
    public IReadOnlyList<string> ErrorLines => StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Shown by assertion failures so a broken run explains itself.</summary>
    public override string ToString()
    {
        var stdout = StdOut.Length > 2000 ? StdOut[..2000] + "…" : StdOut;
        return $"exit code {ExitCode}\n--- stdout ---\n{stdout}\n--- stderr ---\n{StdErr}";
    }
}
