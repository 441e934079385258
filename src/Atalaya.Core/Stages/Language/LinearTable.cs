using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Atalaya.Core.Stages.Language;

/// <summary>
/// A multinomial logistic-regression model over hashed features: for every bucket one signed byte
/// per language (weights quantized with one scale), plus a bias per language. Rows are padded to a
/// multiple of 32 languages so one row is added with a few vector instructions.
/// </summary>
internal sealed class LinearTable
{
    public LinearTable(int bucketBits, string[] languages, float scale, float[] biases, sbyte[] weights)
    {
        BucketBits = bucketBits;
        Languages = languages;
        Stride = (languages.Length + 31) / 32 * 32;
        Scale = scale;
        Biases = biases;
        Weights = weights;
        if (weights.Length != (1 << bucketBits) * Stride || biases.Length != languages.Length)
        {
            throw new InvalidDataException("language model: table sizes do not match its header");
        }
    }

    public int BucketBits { get; }

    public string[] Languages { get; }

    /// <summary>Bytes per bucket row: the language count rounded up to 32.</summary>
    public int Stride { get; }

    public float Scale { get; }

    public float[] Biases { get; }

    public sbyte[] Weights { get; }

    public static LinearTable Read(BinaryReader reader, string path)
    {
        var bits = reader.ReadInt32();
        if (bits is < 8 or > 24)
        {
            throw new InvalidDataException($"{path}: corrupt language model (bucket bits {bits})");
        }

        var count = LanguageModel.Count(reader.ReadInt32(), path);
        var languages = count > 0 ? new string[count] : throw new InvalidDataException($"{path}: corrupt language model (no languages)");
        for (var i = 0; i < languages.Length; i++)
        {
            languages[i] = reader.ReadString();
        }

        var scale = reader.ReadSingle();
        var biases = new float[languages.Length];
        for (var i = 0; i < biases.Length; i++)
        {
            biases[i] = reader.ReadSingle();
        }

        var stride = (languages.Length + 31) / 32 * 32;
        var weights = new sbyte[(1 << bits) * stride];
        try
        {
            // Straight into the table: no intermediate copy of the largest part of the file.
            reader.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(weights.AsSpan()));
        }
        catch (EndOfStreamException error)
        {
            throw new InvalidDataException($"{path}: truncated language model", error);
        }

        return new LinearTable(bits, languages, scale, biases, weights);
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(BucketBits);
        writer.Write(Languages.Length);
        foreach (var language in Languages)
        {
            writer.Write(language);
        }

        writer.Write(Scale);
        foreach (var bias in Biases)
        {
            writer.Write(bias);
        }

        writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(Weights.AsSpan()));
    }

    /// <summary>Softmax of bias + scale · sum / √features: the normalization the table was trained with.</summary>
    public void Probabilities(ReadOnlySpan<int> sums, int features, Span<double> probabilities)
    {
        Logits(sums, features, probabilities);
        Softmax(probabilities[..Languages.Length]);
    }

    /// <summary>bias + scale · sum / √features for each language.</summary>
    public void Logits(ReadOnlySpan<int> sums, int features, Span<double> logits)
    {
        var norm = Scale / Math.Sqrt(Math.Max(1, features));
        for (var i = 0; i < Languages.Length; i++)
        {
            logits[i] = Biases[i] + (sums[i] * norm);
        }
    }

    /// <summary>In-place softmax.</summary>
    public static void Softmax(Span<double> probabilities)
    {
        var max = double.NegativeInfinity;
        foreach (var value in probabilities)
        {
            max = Math.Max(max, value);
        }

        var total = 0.0;
        for (var i = 0; i < probabilities.Length; i++)
        {
            probabilities[i] = Math.Exp(probabilities[i] - max);
            total += probabilities[i];
        }

        for (var i = 0; i < probabilities.Length; i++)
        {
            probabilities[i] /= total;
        }
    }

    /// <summary>
    /// Adds the weight rows of <paramref name="buckets"/> to <paramref name="sums"/> (length
    /// <see cref="Stride"/>). Rows are summed 32 languages at a time in 16-bit registers (256 rows
    /// of bytes cannot overflow), then widened once into the 32-bit sums.
    /// </summary>
    public void AddRows(ReadOnlySpan<uint> buckets, Span<int> sums)
    {
        if (!Vector256.IsHardwareAccelerated)
        {
            foreach (var bucket in buckets)
            {
                var row = Weights.AsSpan((int)bucket * Stride, Stride);
                for (var i = 0; i < Stride; i++)
                {
                    sums[i] += row[i];
                }
            }

            return;
        }

        ref var weights = ref MemoryMarshal.GetArrayDataReference(Weights);

        // Each bucket is a random row of a table of megabytes: ask for all of them before summing.
        foreach (var bucket in buckets)
        {
            Internal.CachePrefetch.Row(ref Unsafe.Add(ref weights, (nuint)(bucket * (uint)Stride)), Stride);
        }

        for (var offset = 0; offset < Stride; offset += 32)
        {
            for (var start = 0; start < buckets.Length; start += RowsPerBlock)
            {
                var end = Math.Min(buckets.Length, start + RowsPerBlock);
                var low = Vector256<short>.Zero;
                var high = Vector256<short>.Zero;
                for (var i = start; i < end; i++)
                {
                    var row = Vector256.LoadUnsafe(ref weights, (nuint)((buckets[i] * (uint)Stride) + (uint)offset));
                    var (a, b) = Vector256.Widen(row);
                    low += a;
                    high += b;
                }

                var target = sums.Slice(offset, 32);
                var (l0, l1) = Vector256.Widen(low);
                var (h0, h1) = Vector256.Widen(high);
                (Vector256.Create<int>(target[..8]) + l0).CopyTo(target[..8]);
                (Vector256.Create<int>(target[8..16]) + l1).CopyTo(target[8..16]);
                (Vector256.Create<int>(target[16..24]) + h0).CopyTo(target[16..24]);
                (Vector256.Create<int>(target[24..32]) + h1).CopyTo(target[24..32]);
            }
        }
    }

    // 256 rows of at most ±127 stay inside a 16-bit sum (±32,512).
    private const int RowsPerBlock = 256;
}
