namespace Atalaya.Core.Internal;

/// <summary>
/// Which words may begin a phrase of a lexicon, told by one bit per hash of a word's first
/// <see cref="PrefixLength"/> letters: most words of a sentence begin none, and a bit test is far
/// cheaper than hashing the whole word for a dictionary look-up. No false negatives: a word whose
/// bit is clear begins no phrase; a set bit only means "look it up". A stem's first letters and the
/// whole word share a bit, so a stem marked by its prefix is found in every word it begins.
/// </summary>
internal sealed class WordStartFilter
{
    public const int PrefixLength = 4;

    private const int BitCount = 1 << 16;
    private readonly ulong[] bits = new ulong[BitCount / 64];

    /// <summary>Marks <paramref name="word"/> (or a stem's first <see cref="PrefixLength"/> letters) as a start.</summary>
    public void Mark(string word)
    {
        var bit = Bit(word);
        bits[bit >> 6] |= 1UL << bit;
    }

    public bool MayStart(string word)
    {
        var bit = Bit(word);
        return (bits[bit >> 6] & (1UL << bit)) != 0;
    }

    private static int Bit(string word)
    {
        var hash = 2166136261u;
        foreach (var c in word.AsSpan(0, Math.Min(PrefixLength, word.Length)))
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash ^ (hash >> 16)) & (BitCount - 1);
    }
}
