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
        foreach (var item in Spans)
        {
            if (item.Span.Start <= span.Start && span.End <= item.Span.End)
            {
                return true;
            }
        }

        return false;
    }
}
