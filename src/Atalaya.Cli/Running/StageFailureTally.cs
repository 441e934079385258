using System.Globalization;
using Atalaya.Core.Pipeline;

namespace Atalaya.Cli.Running;

/// <summary>
/// Stage failures of a run, counted per document and per stage, so the summary line says what a
/// green run would otherwise hide: "2 documents with a failed stage: events ×2".
/// </summary>
internal sealed class StageFailureTally
{
    // Stage names in the order they first failed; a run of one kind of document fails in one order.
    private readonly Dictionary<string, int> failed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> skipped = new(StringComparer.Ordinal);

    public int Documents { get; private set; }

    public IReadOnlyDictionary<string, int> Failed => failed;

    public IReadOnlyDictionary<string, int> SkippedStages => skipped;

    /// <summary>Counts the failures of one document (nothing when it has none).</summary>
    public void Add(IReadOnlyList<StageFailure> failures)
    {
        if (failures.Count == 0)
        {
            return;
        }

        Documents++;
        foreach (var failure in failures)
        {
            var counts = failure.Skipped ? skipped : failed;
            counts[failure.Stage] = counts.GetValueOrDefault(failure.Stage) + 1;
        }
    }

    /// <summary>"2 documents with a failed stage: events ×2 (claims skipped ×2)", or null when no stage failed.</summary>
    public string? Describe()
    {
        if (Documents == 0)
        {
            return null;
        }

        var noun = Documents == 1 ? "document" : "documents";
        var text = $"{Documents.ToString(CultureInfo.InvariantCulture)} {noun} with a failed stage: {Join(failed)}";
        return skipped.Count == 0 ? text : $"{text} ({Join(skipped, " skipped")})";
    }

    private static string Join(Dictionary<string, int> counts, string suffix = "")
        => string.Join(", ", counts.Select(pair => $"{pair.Key}{suffix} ×{pair.Value.ToString(CultureInfo.InvariantCulture)}"));
}
