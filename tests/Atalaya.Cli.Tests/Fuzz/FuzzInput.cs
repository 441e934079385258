namespace Atalaya.Cli.Tests.Fuzz;

/// <summary>What the program must do with one generated input.</summary>
public enum FuzzExpectation
{
    /// <summary>A readable article: it must be in the output and in the database, and never reported.</summary>
    Good,

    /// <summary>Unreadable or invalid: it must be named on standard error exactly once and never stored.</summary>
    Bad,

    /// <summary>
    /// A file of a kind Atalaya does not read (.pdf, .csv, .gz): never stored, and named on standard error or
    /// counted there (a summary may name only the first few of many).
    /// </summary>
    Skipped,

    /// <summary>Strange but possibly usable (control characters, bidi overrides, odd encodings): stored or reported once, never lost silently.</summary>
    Hostile,
}

/// <summary>
/// One generated input. <paramref name="ErrorKey"/> is how an error line names it ("atalaya: KEY: reason"): the
/// path of a file, "path:line" for a record; for names that cannot be printed raw it is a token the safe rendering
/// keeps (<paramref name="KeyIsToken"/>). <paramref name="Source"/> is the document's source in the output.
/// </summary>
public sealed record FuzzInput(string Class, FuzzExpectation Expectation, string ErrorKey, string Source, bool KeyIsToken = false)
{
    public static FuzzInput Record(string @class, FuzzExpectation expectation, string path, int line)
        => new(@class, expectation, $"{path}:{line}", $"{path}:{line}");

    public static FuzzInput File(string @class, FuzzExpectation expectation, string path) => new(@class, expectation, path, path);

    /// <summary>A file whose name cannot be printed as it is: errors are recognized by a token of its name.</summary>
    public static FuzzInput OddName(string @class, FuzzExpectation expectation, string path, string token) => new(@class, expectation, token, path, KeyIsToken: true);
}
