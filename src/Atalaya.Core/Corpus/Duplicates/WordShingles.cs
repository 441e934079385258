using Atalaya.Core.Internal;

namespace Atalaya.Core.Corpus.Duplicates;

/// <summary>
/// Hashes of every run of <see cref="Width"/> consecutive words of a text, folded (case and accents
/// ignored), skipping excluded ranges. Five words: long enough that two different articles rarely
/// share one by chance, short enough that an edit changes only the few shingles around it.
/// </summary>
internal static class WordShingles
{
    public const int Width = 5;

    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>Adds the distinct shingle hashes of the text to <paramref name="shingles"/> (cleared first).</summary>
    public static void Collect(string text, List<(int Start, int End)> excluded, HashSet<ulong> shingles)
    {
        shingles.Clear();
        Span<ulong> window = stackalloc ulong[Width];
        var words = 0;
        var next = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (next < excluded.Count && i >= excluded[next].Start)
            {
                i = Math.Max(i, excluded[next].End);
                next++;
                continue;
            }

            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }

            var hash = FnvOffset;
            var end = next < excluded.Count ? excluded[next].Start : text.Length;
            while (i < end && char.IsLetterOrDigit(text[i]))
            {
                hash = (hash ^ TextFolding.FoldChar(text[i])) * FnvPrime;
                i++;
            }

            window[words % Width] = hash;
            words++;
            if (words >= Width)
            {
                shingles.Add(Combine(window, words));
            }
        }

        if (words is > 0 and < Width)
        {
            // A text shorter than one shingle is one shingle.
            shingles.Add(Combine(window[..words], words));
        }
    }

    private static ulong Combine(ReadOnlySpan<ulong> window, int words)
    {
        // Words in reading order: the oldest sits at words % Width.
        var hash = FnvOffset;
        for (var k = 0; k < window.Length; k++)
        {
            hash = (hash ^ window[(words + k) % window.Length]) * 0x9E3779B97F4A7C15UL;
            hash ^= hash >> 31;
        }

        return hash;
    }
}
