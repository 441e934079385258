namespace Atalaya.Core.Stages.Events;

/// <summary>
/// A token with an inner apostrophe or hyphen folds to several words ("Un'autobomba" → "un
/// autobomba", "narco-bloqueo" → "narco bloqueo"), and the lexicons are written so. Lexicon phrases
/// are matched over these words and reported over the sentence's tokens.
/// </summary>
internal static class LexiconWords
{
    /// <summary>The words of the tokens, and for each word its token; null when every token is one word.</summary>
    public static (string[] Words, int[]? TokenOf) Split(string[] folded)
    {
        var split = false;
        foreach (var word in folded)
        {
            if (word.Contains(' ', StringComparison.Ordinal))
            {
                split = true;
                break;
            }
        }

        if (!split)
        {
            return (folded, null);
        }

        var words = new List<string>(folded.Length + 4);
        var tokenOf = new List<int>(folded.Length + 4);
        for (var i = 0; i < folded.Length; i++)
        {
            foreach (var part in folded[i].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                words.Add(part);
                tokenOf.Add(i);
            }
        }

        return ([.. words], [.. tokenOf]);
    }

    /// <summary>Matches of <paramref name="matcher"/> over the words, as token ranges.</summary>
    public static void Find(WordMatcher matcher, string[] words, int[]? tokenOf, List<WordMatch> found)
    {
        var start = found.Count;
        matcher.Find(words, found);
        if (tokenOf is null)
        {
            return;
        }

        for (var i = start; i < found.Count; i++)
        {
            var match = found[i];
            found[i] = match with { Start = tokenOf[match.Start], End = tokenOf[match.End - 1] + 1 };
        }
    }
}
