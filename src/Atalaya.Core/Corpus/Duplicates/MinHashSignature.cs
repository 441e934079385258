using System.Runtime.Intrinsics;

namespace Atalaya.Core.Corpus.Duplicates;

/// <summary>
/// MinHash of a set of shingle hashes: for each of <see cref="Length"/> hash functions, the smallest
/// value over the set. The share of positions where two signatures agree estimates the Jaccard
/// similarity of the sets (standard error about sqrt(J(1-J)/128), 0.035 at J = 0.8). Values are 32
/// bits, computed eight functions at a time: a chance collision (2^-32) does not move the estimate.
/// </summary>
internal static class MinHashSignature
{
    public const int Length = 128;

    private static readonly uint[] Salts = CreateSalts(0x5EED_A7A1_A7A0_0001UL, 0);
    private static readonly uint[] Multipliers = CreateSalts(0x0DD0_C0FF_EE00_0002UL, 1);

    public static uint[] Of(HashSet<ulong> shingles)
    {
        var minimum = new Vector256<uint>[Length / 8];
        Array.Fill(minimum, Vector256<uint>.AllBitsSet);
        var salts = new Vector256<uint>[Length / 8];
        var multipliers = new Vector256<uint>[Length / 8];
        for (var k = 0; k < salts.Length; k++)
        {
            salts[k] = Vector256.Create(Salts, k * 8);
            multipliers[k] = Vector256.Create(Multipliers, k * 8);
        }

        foreach (var shingle in shingles)
        {
            var x = Vector256.Create((uint)shingle ^ (uint)(shingle >> 32));
            for (var k = 0; k < minimum.Length; k++)
            {
                var value = (x ^ salts[k]) * multipliers[k];
                value ^= Vector256.ShiftRightLogical(value, 15);
                value *= multipliers[(k + 1) % multipliers.Length];
                value ^= Vector256.ShiftRightLogical(value, 13);
                minimum[k] = Vector256.Min(minimum[k], value);
            }
        }

        var signature = new uint[Length];
        for (var k = 0; k < minimum.Length; k++)
        {
            minimum[k].CopyTo(signature, k * 8);
        }

        return signature;
    }

    public static double Similarity(uint[] a, uint[] b)
    {
        var same = 0;
        for (var i = 0; i < Length; i++)
        {
            same += a[i] == b[i] ? 1 : 0;
        }

        return same / (double)Length;
    }

    private static uint[] CreateSalts(ulong seed, int odd)
    {
        // SplitMix64: a fixed, well-spread sequence, so signatures are the same in every run.
        var salts = new uint[Length];
        for (var i = 0; i < Length; i++)
        {
            seed += 0x9E3779B97F4A7C15UL;
            var z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            salts[i] = (uint)(z ^ (z >> 31)) | (uint)odd;
        }

        return salts;
    }
}
