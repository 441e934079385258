namespace Atalaya.Core.Internal;

/// <summary>
/// Which words may begin a phrase of a lexicon, told by bits over hashes of words' first
/// <see cref="PrefixLength"/> letters: most words of a sentence begin none, and a bit test is far
/// cheaper than hashing the whole word for a dictionary look-up. No false negatives: a word whose
/// bits are clear begins no phrase; a set bit only means "look it up". A stem's first letters and the
/// whole word share a bit, so a stem marked by its prefix is found in every word it begins.
/// A phrase of one word marks that word; a longer phrase marks the pair of its first two words, so
/// the function words that open many phrases ("de", "la", "die", "se") are looked up only before a
/// word that can follow them in some phrase, not at every one of their many occurrences.
/// </summary>
internal sealed class WordStartFilter
{
    public const int PrefixLength = 4;

    private const int BitCount = 1 << 16;
    private readonly ulong[] singles = new ulong[BitCount / 64];
    private readonly ulong[] pairs = new ulong[BitCount / 64];

    /// <summary>
    /// Marks a phrase that starts with <paramref name="first"/> (a word, or a stem's first
    /// <see cref="PrefixLength"/> letters) followed by <paramref name="second"/>, or nothing when the
    /// phrase is one word.
    /// </summary>
    public void Mark(string first, string? second = null)
    {
        var bit = second is null ? Bit(first) : PairBit(first, second);
        var bits = second is null ? singles : pairs;
        bits[bit >> 6] |= 1UL << bit;
    }

    /// <summary>Whether a phrase may start at word <paramref name="index"/> of <paramref name="words"/>.</summary>
    public bool MayStart(IReadOnlyList<string> words, int index)
    {
        // The word's hash serves both tests: the pair's hash goes on from it.
        var hash = Hash(Seed, words[index]);
        var bit = Fold(hash);
        if ((singles[bit >> 6] & (1UL << bit)) != 0)
        {
            return true;
        }

        if (index + 1 >= words.Count)
        {
            return false;
        }

        bit = Fold(Hash(hash ^ ' ', words[index + 1]));
        return (pairs[bit >> 6] & (1UL << bit)) != 0;
    }

    private const uint Seed = 2166136261u;

    private static int Bit(string word) => Fold(Hash(Seed, word));

    private static int PairBit(string first, string second) => Fold(Hash(Hash(Seed, first) ^ ' ', second));

    private static uint Hash(uint hash, string word)
    {
        foreach (var c in word.AsSpan(0, Math.Min(PrefixLength, word.Length)))
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    private static int Fold(uint hash) => (int)(hash ^ (hash >> 16)) & (BitCount - 1);
}
