using System.CommandLine;
using Atalaya.Core.Stages.Ingest;
using Atalaya.Storage;

namespace Atalaya.Cli.Running;

/// <summary>Options several commands share, defined once.</summary>
internal static class CommonOptions
{
    public static Option<string?> Data() => new("--data")
    {
        Description = "Data folder (language packs, models); default: the one installed with atalaya, or ATALAYA_DATA",
        HelpName = "DIR",
    };

    /// <summary>The database a command reads or writes when neither --db nor ATALAYA_DB names one.</summary>
    public const string DefaultDatabase = "atalaya.db";

    /// <summary>--db; read its value through <see cref="DatabaseLocation"/>, which falls back on ATALAYA_DB.</summary>
    public static Option<string?> Database(string? defaultDescription = null) => new("--db")
    {
        Description = "SQLite database file, or PostgreSQL URI postgresql://user:password@host:port/database; "
            + $"default: the {DatabaseTarget.EnvironmentVariable} environment variable, else {defaultDescription ?? DefaultDatabase}",
        HelpName = "FILE|URI",
    };

    /// <summary>
    /// The location a command uses: its --db, else ATALAYA_DB (so that a team sets its server once),
    /// else <paramref name="fallback"/>.
    /// </summary>
    public static string DatabaseLocation(ParseResult parse, Option<string?> database, string fallback = DefaultDatabase)
    {
        var given = parse.GetValue(database);
        if (!string.IsNullOrEmpty(given))
        {
            return given;
        }

        var environment = Environment.GetEnvironmentVariable(DatabaseTarget.EnvironmentVariable);
        return string.IsNullOrEmpty(environment) ? fallback : environment;
    }

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

    public static Option<double> DocTimeout() => new("--doc-timeout")
    {
        Description = "Longest analysis of one document, in seconds; a document over it is reported as failed and the run goes on (0: no limit)",
        HelpName = "SECONDS",
        DefaultValueFactory = _ => DefaultDocumentSeconds,
    };

    /// <summary>Minutes for any real article, even of several megabytes; only a pathological input gets near it.</summary>
    public const double DefaultDocumentSeconds = 60;

    /// <summary>The time budget per document, or none for 0 (or less).</summary>
    public static TimeSpan? Budget(double seconds) => seconds > 0 ? TimeSpan.FromSeconds(seconds) : null;

    public static Argument<string[]> Paths() => new("PATH")
    {
        Description = "Files (.txt .md .html .htm .json .jsonl), folders (read recursively), or - for standard input",
        Arity = ArgumentArity.OneOrMore,
    };

    public static long Megabytes(int value) => Math.Max(1, value) * 1024L * 1024L;
}
