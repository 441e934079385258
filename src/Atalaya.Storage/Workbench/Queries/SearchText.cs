using System.Text;

namespace Atalaya.Storage.Workbench.Queries;

/// <summary>What every engine's full-text search does alike: the user's words, and the matches marked in a snippet turned into offsets.</summary>
internal static class SearchText
{
    /// <summary>The letters-and-digits runs of the text (at most 16), every one of them required by the search.</summary>
    /// <exception cref="InvalidQueryException">The text has no word.</exception>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        return words.Count == 0
            ? throw new InvalidQueryException("q", "has no word to search for")
            : [.. words.Take(16)];
    }

    /// <summary>The snippet without its markers (<paramref name="open"/>, <paramref name="close"/>), and the [start, end) offsets the markers enclosed.</summary>
    public static (string Snippet, List<int[]> Highlights) Highlights(string marked, char open, char close)
    {
        var plain = new StringBuilder(marked.Length);
        var highlights = new List<int[]>();
        var start = -1;
        foreach (var c in marked)
        {
            if (c == open)
            {
                start = plain.Length;
            }
            else if (c == close && start >= 0)
            {
                highlights.Add([start, plain.Length]);
                start = -1;
            }
            else
            {
                plain.Append(c);
            }
        }

        return (plain.ToString(), highlights);
    }
}
