namespace Atalaya.Core.Documents;

/// <summary>One stretch of page furniture and why it was judged so ("comments", "share", "date-stamp" ...).</summary>
public readonly record struct BoilerplateSpan(TextSpan Span, string Kind);

/// <summary>The boilerplate of a document, ordered by offset and non-overlapping.</summary>
public sealed class BoilerplateSpans
{
    public static readonly BoilerplateSpans None = new([]);

    public BoilerplateSpans(IReadOnlyList<BoilerplateSpan> spans) => Spans = spans;

    public IReadOnlyList<BoilerplateSpan> Spans { get; }

    /// <summary>Whether <paramref name="span"/> lies inside page furniture (later stages skip such text).</summary>
    public bool Covers(TextSpan span)
    {
        // The spans are ordered and apart: only the last ones starting at or before the span can hold
        // it, and a binary search finds them, so a page of thousands of furniture lines stays linear.
        for (var i = LastStartingAtOrBefore(span.Start); i >= 0 && Spans[i].Span.End >= span.Start; i--)
        {
            if (span.End <= Spans[i].Span.End)
            {
                return true;
            }
        }

        return false;
    }

    private int LastStartingAtOrBefore(int position)
    {
        int low = 0, high = Spans.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (Spans[middle].Span.Start <= position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low - 1;
    }
}
