using Atalaya.Core.Stages.Ingest;

namespace Atalaya.Cli.Running;

/// <summary>
/// The files and folders a folder walk left out (other types, hidden, already read through a link),
/// counted by kind and named, a few of each, in one summary line; `--verbose` prints one line each.
/// </summary>
internal static class SkipSummary
{
    private const int NamesPerKind = 5;

    /// <summary>The line for the run's summary, or null when nothing was skipped.</summary>
    public static string? Describe(IReadOnlyList<SkippedInput> skipped, bool verbose)
    {
        if (skipped.Count == 0)
        {
            return null;
        }

        var kinds = skipped.GroupBy(s => s.Kind).OrderBy(g => g.Key).Select(g => $"{g.Count()} {Label(g.Key)} ({Names(g)})");
        var more = verbose ? "" : "; --verbose lists each";
        return $"atalaya: {skipped.Count} {(skipped.Count == 1 ? "file or folder" : "files or folders")} skipped: {string.Join(", ", kinds)}{more}";
    }

    /// <summary>One line per skipped entry, as --verbose prints them.</summary>
    public static string Line(SkippedInput skipped) => $"atalaya: {SafeText.Visible(skipped.Source)}: skipped: {SafeText.Visible(skipped.Reason)}";

    private static string Label(SkipKind kind) => kind switch
    {
        SkipKind.UnsupportedType => "of types atalaya does not read",
        SkipKind.Hidden => "hidden",
        _ => "already read through a link",
    };

    private static string Names(IEnumerable<SkippedInput> group)
    {
        var names = group.Select(s => SafeText.Visible(Path.GetFileName(s.Source))).ToList();
        var shown = string.Join(", ", names.Take(NamesPerKind));
        return names.Count > NamesPerKind ? $"{shown}, …" : shown;
    }
}
