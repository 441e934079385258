using Atalaya.Core.Documents;

namespace Atalaya.Core.Stages.Entities;

/// <summary>
/// Answers "does any of these spans overlap this one?" in logarithmic time: spans sorted by start
/// with the running maximum of their ends. A scan of every mention for every word made long
/// documents cost the square of their length.
/// </summary>
internal sealed class SpanCoverage
{
    private readonly List<int> starts = [];
    private readonly List<int> maxEnds = [];
    private readonly List<int> ends = [];

    public SpanCoverage(IEnumerable<TextSpan> spans)
    {
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            Append(span);
        }
    }

    public static SpanCoverage Of(List<Mention> mentions) => new(mentions.Select(m => m.Span));

    /// <summary>Same as <see cref="TextSpan.Overlaps"/> against every span held.</summary>
    public bool Overlaps(TextSpan span)
    {
        var before = CountStartingBefore(span.End);
        return before > 0 && maxEnds[before - 1] > span.Start;
    }

    public void Add(TextSpan span)
    {
        if (starts.Count == 0 || span.Start >= starts[^1])
        {
            Append(span);
            return;
        }

        // Out of order (rare): insert in place and recompute the running maxima after it.
        var at = CountStartingBefore(span.Start);
        starts.Insert(at, span.Start);
        ends.Insert(at, span.End);
        maxEnds.Insert(at, 0);
        for (var i = at; i < starts.Count; i++)
        {
            maxEnds[i] = Math.Max(ends[i], i > 0 ? maxEnds[i - 1] : int.MinValue);
        }
    }

    private void Append(TextSpan span)
    {
        starts.Add(span.Start);
        ends.Add(span.End);
        maxEnds.Add(maxEnds.Count == 0 ? span.End : Math.Max(maxEnds[^1], span.End));
    }

    private int CountStartingBefore(int position)
    {
        int low = 0, high = starts.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (starts[middle] < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
