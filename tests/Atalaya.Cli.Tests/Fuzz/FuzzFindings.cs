using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Atalaya.Cli.Tests.Fuzz;

/// <summary>
/// What a fuzz run found, grouped by input class, so that one failing assertion lists every class that failed
/// (with a few examples each) instead of stopping at the first.
/// </summary>
public sealed partial class FuzzFindings
{
    private readonly Dictionary<string, List<string>> byClass = new(StringComparer.Ordinal);

    public int Count => byClass.Values.Sum(l => l.Count);

    public void Add(string @class, string finding)
    {
        if (!byClass.TryGetValue(@class, out var list))
        {
            byClass[@class] = list = [];
        }

        list.Add(finding);
    }

    /// <summary>
    /// Checks one run of extract or ingest: exit code, no unhandled exception, every good input stored and not
    /// reported, every bad one reported once and not stored, every hostile one stored or reported, none read twice.
    /// </summary>
    public void CheckRun(string run, CliResult? result, string log, IReadOnlyList<FuzzInput> inputs, IReadOnlyList<(string Source, string Hash)> stored)
    {
        if (result is null)
        {
            Add("run-timed-out", $"{run}: did not end within {FuzzRunner.RunLimit.TotalMinutes} min; last error lines: {Tail(log)}");
        }
        else if (result.ExitCode != 0)
        {
            Add("exit-code", $"{run}: exit code {result.ExitCode} although good articles were given (documented: 0 when one document was read); {Tail(log)}");
        }

        if (Crash().Match(log) is { Success: true } crash)
        {
            Add("unhandled-exception", $"{run}: {crash.Value.Trim()}");
        }

        // Names and text reach the terminal escaped: a raw escape sequence or bidi override could rewrite what the user sees.
        foreach (var c in log)
        {
            if ((char.IsControl(c) && c is not ('\n' or '\r' or '\t')) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'))
            {
                Add("raw-control-character-on-stderr", $"{run}: U+{(int)c:X4} written raw to standard error");
                break;
            }
        }

        var lines = log.Split('\n');
        var named = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (ErrorLine().Match(line) is { Success: true } error)
            {
                named[error.Groups[1].Value] = named.GetValueOrDefault(error.Groups[1].Value) + 1;
            }
        }

        // A stage that failed on a document must also show in the run's summary, not only in a line among thousands.
        var stageFailures = lines.Count(l => StageFailure().IsMatch(l));
        if (stageFailures > 0 && !log.Contains("failed stage", StringComparison.OrdinalIgnoreCase))
        {
            Add("stage-failure-not-in-summary", $"{run}: {stageFailures} stage failure(s) reported, none counted in the summary; first: {Printable(lines.First(l => StageFailure().IsMatch(l)))}");
        }

        var skipped = inputs.Count(i => i.Expectation == FuzzExpectation.Skipped);
        var skipCounted = lines.Select(l => SkipCount().Match(l)).Any(m => m.Success && int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) >= skipped);

        var sources = stored.Select(s => s.Source).ToHashSet(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var times = input.KeyIsToken ? lines.Count(l => l.Contains(input.ErrorKey, StringComparison.Ordinal)) : named.GetValueOrDefault(input.ErrorKey);
            var isStored = sources.Contains(input.Source);
            var problem = input.Expectation switch
            {
                FuzzExpectation.Good when !isStored => "good input missing from the output",
                FuzzExpectation.Good when times > 0 => $"good input reported {times} times",
                FuzzExpectation.Bad when times != 1 => $"bad input named {times} times on standard error (once expected)",
                FuzzExpectation.Bad or FuzzExpectation.Skipped when isStored => "stored although it cannot be read",
                FuzzExpectation.Skipped when !skipCounted && !log.Contains(input.ErrorKey, StringComparison.Ordinal) => "skipped without being named or counted on standard error",
                FuzzExpectation.Hostile when !isStored && times == 0 => "neither stored nor reported (lost silently)",
                FuzzExpectation.Hostile when times > 1 => $"named {times} times on standard error",
                _ => null,
            };
            if (problem is not null)
            {
                Add(input.Class, $"{run}: {Printable(input.ErrorKey)}: {problem}");
            }
        }

        foreach (var twice in stored.GroupBy(s => s.Hash).Where(g => g.Count() > 1))
        {
            Add("read-twice", $"{run}: the same content stored {twice.Count()} times: {string.Join(", ", twice.Take(3).Select(s => Printable(s.Source)))}");
        }
    }

    /// <summary>Every class with its number of findings and the first examples; empty when nothing was found.</summary>
    public string Summary()
    {
        var text = new StringBuilder();
        foreach (var (@class, list) in byClass.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"{@class}: {list.Count} finding(s)\n");
            foreach (var example in list.Take(3))
            {
                text.Append("    ").Append(example.Length > 400 ? example[..400] + "…" : example).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>Control characters shown as escapes, so a finding prints on one line.</summary>
    public static string Printable(string text) => ControlCharacter().Replace(text, m => $"\\u{(int)m.Value[0]:X4}");

    private static string Tail(string log)
    {
        var lines = log.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return Printable(string.Join(" | ", lines.TakeLast(3)));
    }

    [GeneratedRegex(@"^atalaya: (.+?): ")]
    private static partial Regex ErrorLine();

    /// <summary>A count of files not read, as a summary gives it ("36 unsupported files skipped").</summary>
    [GeneratedRegex(@"(\d+) [^\n]*(unsupported|skipped|not read)", RegexOptions.IgnoreCase)]
    private static partial Regex SkipCount();

    /// <summary>How the program reports a stage that failed on one document (AnalysisSession).</summary>
    [GeneratedRegex(@"^atalaya: .*stage '[^']+' failed on document")]
    public static partial Regex StageFailure();

    /// <summary>The marks of an exception that reached the runtime: its banner or a stack frame.</summary>
    [GeneratedRegex(@"(Unhandled exception\..*|^Out of memory\..*|^\s+at [\w.`<>\[\]]+\(.*\).*$|^[\w.]+Exception: .*$)", RegexOptions.Multiline)]
    private static partial Regex Crash();

    [GeneratedRegex(@"\p{Cc}")]
    private static partial Regex ControlCharacter();
}
