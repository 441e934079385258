using Atalaya.Core.Contract;

namespace Atalaya.Core.Corpus.Duplicates;

/// <summary>
/// The words that make an article what it is: the text without its boilerplate spans, its title and
/// its byline, so that a syndicated copy under a new headline, byline or page furniture still has
/// the same body.
/// </summary>
internal static class ArticleBody
{
    /// <summary>Character ranges of the text to leave out, sorted by start.</summary>
    public static List<(int Start, int End)> Excluded(ContractDocument document, string text)
    {
        var excluded = new List<(int Start, int End)>(document.Boilerplate.Count + 2);
        foreach (var span in document.Boilerplate)
        {
            if (span.Start >= 0 && span.End <= text.Length && span.Start < span.End)
            {
                excluded.Add((span.Start, span.End));
            }
        }

        // The header is near the top; a title or byline repeated further down is article text.
        AddFirst(excluded, text, document.Title);
        AddFirst(excluded, text, document.Byline);
        excluded.Sort((a, b) => a.Start.CompareTo(b.Start));
        return excluded;
    }

    private static void AddFirst(List<(int Start, int End)> excluded, string text, string? phrase)
    {
        const int HeaderLength = 2000;
        if (string.IsNullOrWhiteSpace(phrase))
        {
            return;
        }

        var at = text.IndexOf(phrase, 0, Math.Min(text.Length, HeaderLength + phrase.Length), StringComparison.Ordinal);
        if (at >= 0)
        {
            excluded.Add((at, at + phrase.Length));
        }
    }
}
