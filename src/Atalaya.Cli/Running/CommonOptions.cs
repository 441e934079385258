using System.CommandLine;
using Atalaya.Core.Stages.Ingest;

namespace Atalaya.Cli.Running;

/// <summary>Options several commands share, defined once.</summary>
internal static class CommonOptions
{
    public static Option<string?> Data() => new("--data")
    {
        Description = "Data folder (language packs, models); default: the one installed with atalaya, or ATALAYA_DATA",
        HelpName = "DIR",
    };

    public static Option<string> Database() => new("--db")
    {
        Description = "SQLite database file",
        HelpName = "FILE",
        DefaultValueFactory = _ => "atalaya.db",
    };

    public static Option<int?> Threads() => new("--threads")
    {
        Description = "Documents analyzed in parallel (default: one per core)",
        HelpName = "N",
    };

    public static Option<int> MaxSize() => new("--max-size")
    {
        Description = "Largest single document to read, in MB",
        HelpName = "MB",
        DefaultValueFactory = _ => (int)(IngestOptions.DefaultMaxDocumentBytes / 1024 / 1024),
    };

    public static Option<bool> Strict() => new("--strict")
    {
        Description = $"Exit with code {ExitCodes.StageFailed} when an analysis stage failed on any document (reported either way)",
    };

    public static Option<bool> Verbose() => new("--verbose", "-v")
    {
        Description = "Name every file a folder walk skips (other types, hidden, already read through a link), not only their count",
    };

    public static Argument<string[]> Paths() => new("PATH")
    {
        Description = "Files (.txt .md .html .htm .json .jsonl), folders (read recursively), or - for standard input",
        Arity = ArgumentArity.OneOrMore,
    };

    public static long Megabytes(int value) => Math.Max(1, value) * 1024L * 1024L;
}
