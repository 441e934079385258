using Atalaya.Core.Stages.Entities;

namespace Atalaya.Core.Stages.Events;

/// <summary>A lexicon phrase found in a sentence: words [Start, End) of the sentence's words and its code.</summary>
internal readonly record struct WordMatch(int Start, int End, string Code);

/// <summary>
/// Finds the phrases of one lexicon (triggers or actor nouns of one language) in a sentence's folded
/// words, longest first and without overlaps. A phrase whose last word ends in '*' matches any
/// ending of that word ("asesinad*" finds "asesinados"), so one row covers all inflections.
/// </summary>
internal sealed class WordMatcher
{
    /// <summary>Stems shorter than this would match unrelated words; the start filter hashes as many letters, so a stem's key finds its words.</summary>
    internal const int MinStemLength = Internal.WordStartFilter.PrefixLength;

    private readonly PhraseIndex<string> exact = new();

    // Stems by their first four letters, longest first: one lookup per word finds the few stems to try.
    private readonly Dictionary<string, List<Stem>> stems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Stem>>.AlternateLookup<ReadOnlySpan<char>> stemLookup;
    private int maxWordsBeforeStem;

    // Only a word that opens a phrase ending in a stem ("fueron asesinad*") makes the next words worth trying.
    private readonly HashSet<string> firstWordsOfStemPhrases = new(StringComparer.Ordinal);

    // Most words of a sentence start no phrase: the filter says which might, so the others cost no dictionary lookup at all.
    private readonly Internal.WordStartFilter starts = new();

    public WordMatcher(IEnumerable<(string Phrase, string Code)> phrases)
    {
        stemLookup = stems.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (phrase, code) in phrases)
        {
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.EndsWith('*') ? Internal.TextFolding.Fold(w.AsSpan(0, w.Length - 1)) + "*" : Internal.TextFolding.Fold(w)).ToArray();
            if (words.Length == 0 || words.Any(w => w.Length == 0 || w == "*"))
            {
                continue;
            }

            var last = words[^1];
            if (!last.EndsWith('*'))
            {
                exact.Add(words, code);
                starts.Mark(words[0], words.Length > 1 ? words[1] : null);
                continue;
            }

            var stem = last[..^1];
            if (stem.Length < MinStemLength || stem.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            var key = stem[..MinStemLength];
            if (!stems.TryGetValue(key, out var list))
            {
                stems[key] = list = [];
            }

            list.Add(new Stem(stem, words[..^1], code));
            list.Sort((a, b) => b.Text.Length.CompareTo(a.Text.Length));
            maxWordsBeforeStem = Math.Max(maxWordsBeforeStem, words.Length - 1);
            if (words.Length > 1)
            {
                firstWordsOfStemPhrases.Add(words[0]);
            }

            // A phrase starts at its first word (before its second word, or before a word that begins
            // with its stem's key), or at a word that begins with its stem's key.
            if (words.Length > 1)
            {
                starts.Mark(words[0], words.Length > 2 ? words[1] : key);
            }
            else
            {
                starts.Mark(key);
            }
        }
    }

    public bool IsEmpty => exact.Count == 0 && stems.Count == 0;

    /// <summary>All matches in <paramref name="words"/> (folded), in order, none overlapping.</summary>
    public void Find(IReadOnlyList<string> words, List<WordMatch> found)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!starts.MayStart(words, i))
            {
                continue;
            }

            var (length, values) = exact.LongestMatch(words, i);
            var stemmed = StemMatch(words, i);
            if (stemmed is { } s && s.End - i > length)
            {
                found.Add(s);
                i = s.End - 1;
            }
            else if (length > 0)
            {
                found.Add(new WordMatch(i, i + length, values[0]));
                i += length - 1;
            }
        }
    }

    /// <summary>The longest stem phrase that starts at word <paramref name="start"/>.</summary>
    private WordMatch? StemMatch(IReadOnlyList<string> words, int start)
    {
        if (stems.Count == 0)
        {
            return null;
        }

        WordMatch? best = null;
        var reach = firstWordsOfStemPhrases.Contains(words[start]) ? maxWordsBeforeStem : 0;
        for (var last = start; last < words.Count && last - start <= reach; last++)
        {
            var word = words[last];
            if (word.Length < MinStemLength || !stemLookup.TryGetValue(word.AsSpan(0, MinStemLength), out var candidates))
            {
                continue;
            }

            foreach (var stem in candidates)
            {
                if (stem.Before.Length == last - start && word.StartsWith(stem.Text, StringComparison.Ordinal) && Precedes(words, start, stem.Before))
                {
                    best = new WordMatch(start, last + 1, stem.Code);
                    break;
                }
            }
        }

        return best;
    }

    private static bool Precedes(IReadOnlyList<string> words, int start, string[] before)
    {
        for (var k = 0; k < before.Length; k++)
        {
            if (!string.Equals(words[start + k], before[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Stem(string Text, string[] Before, string Code);
}
