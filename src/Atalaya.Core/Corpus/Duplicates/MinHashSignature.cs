namespace Atalaya.Core.Corpus.Duplicates;

/// <summary>
/// MinHash of a set of shingle hashes: for each of <see cref="Length"/> hash functions, the smallest
/// value over the set. The share of positions where two signatures agree estimates the Jaccard
/// similarity of the sets (standard error about sqrt(J(1-J)/128), 0.035 at J = 0.8).
/// </summary>
internal static class MinHashSignature
{
    public const int Length = 128;

    private static readonly ulong[] Salts = CreateSalts(0x5EED_A7A1_A7A0_0001UL);
    private static readonly ulong[] Multipliers = CreateSalts(0x0DD0_C0FF_EE00_0002UL).Select(m => m | 1).ToArray();

    public static ulong[] Of(HashSet<ulong> shingles)
    {
        var signature = new ulong[Length];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var shingle in shingles)
        {
            for (var i = 0; i < Length; i++)
            {
                var value = (shingle ^ Salts[i]) * Multipliers[i];
                value ^= value >> 29;
                if (value < signature[i])
                {
                    signature[i] = value;
                }
            }
        }

        return signature;
    }

    public static double Similarity(ulong[] a, ulong[] b)
    {
        var same = 0;
        for (var i = 0; i < Length; i++)
        {
            same += a[i] == b[i] ? 1 : 0;
        }

        return same / (double)Length;
    }

    private static ulong[] CreateSalts(ulong seed)
    {
        // SplitMix64: a fixed, well-spread sequence, so signatures are the same in every run.
        var salts = new ulong[Length];
        for (var i = 0; i < Length; i++)
        {
            seed += 0x9E3779B97F4A7C15UL;
            var z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            salts[i] = z ^ (z >> 31);
        }

        return salts;
    }
}
