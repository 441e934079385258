using System.Numerics;

namespace Atalaya.Core.Internal;

/// <summary>
/// Which keys a large dictionary may hold, told by one bit per hash in a table a few hundred
/// kilobytes long: most look-ups in a gazetteer ask for a name it does not have (a person, a
/// sentence's first word), and a bit test in a table that stays in the processor's cache is far
/// cheaper than the dictionary's buckets, entries and key, each a likely cache miss. No false
/// negatives: a clear bit means "absent"; a set bit only means "look it up".
/// </summary>
internal sealed class KeyFilter
{
    // About sixteen bits per key: one key in fifteen or so absent ones passes on to the dictionary.
    private const int BitsPerKey = 16;

    private readonly ulong[] bits;
    private readonly uint mask;

    public KeyFilter(ICollection<string> keys)
    {
        var size = BitOperations.RoundUpToPowerOf2((uint)Math.Max(64, Math.Min(keys.Count, 1 << 26) * BitsPerKey));
        bits = new ulong[size / 64];
        mask = size - 1;
        foreach (var key in keys)
        {
            var bit = Hash(key) & mask;
            bits[bit >> 6] |= 1UL << (int)(bit & 63);
        }
    }

    /// <summary>False when <paramref name="key"/> is surely absent.</summary>
    public bool MayContain(ReadOnlySpan<char> key)
    {
        var bit = Hash(key) & mask;
        return (bits[bit >> 6] & (1UL << (int)(bit & 63))) != 0;
    }

    private static uint Hash(ReadOnlySpan<char> key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash ^ (hash >> 15);
    }
}
