using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Atalaya.Core.Stages.Entities.Ner;

/// <summary>
/// An averaged-perceptron BIO tagger over hashed features: for every bucket one 16-bit weight per
/// label (quantized with one scale; perceptron weights are too heavy-tailed for 8 bits: a byte
/// scale that keeps the largest weights rounds the typical one to zero). A row is added with one
/// 8-lane vector load plus the ninth label. On disk the table is gzip-compressed (most buckets are
/// zero). Immutable, so thread-safe.
/// </summary>
internal sealed class NerModel
{
    private const int Stride = NerLabels.Count;
    private const int Version = 2;
    private static readonly byte[] Magic = "ATNER"u8.ToArray();

    private readonly short[] weights;

    public NerModel(int bits, string[] languages, float scale, short[] rows)
    {
        if (bits is < 8 or > 24 || rows.Length != (1 << bits) * Stride)
        {
            throw new InvalidDataException("entity model: table size does not match its header");
        }

        Bits = bits;
        Languages = languages;
        Scale = scale;
        weights = rows;
    }

    public int Bits { get; }

    /// <summary>The languages the model saw in training.</summary>
    public string[] Languages { get; }

    public float Scale { get; }

    public static NerModel Read(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new BinaryReader(gzip, Encoding.UTF8);
        try
        {
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != Version)
            {
                throw new InvalidDataException($"{path}: not an Atalaya entity model");
            }

            var bits = reader.ReadInt32();
            var labels = reader.ReadInt32();
            if (bits is < 8 or > 24 || labels != NerLabels.Count)
            {
                throw new InvalidDataException($"{path}: corrupt entity model");
            }

            var count = reader.ReadInt32();
            if (count is < 0 or > 1000)
            {
                throw new InvalidDataException($"{path}: corrupt entity model");
            }

            var languages = new string[count];
            for (var i = 0; i < count; i++)
            {
                languages[i] = reader.ReadString();
            }

            var scale = reader.ReadSingle();
            var rows = new short[(1 << bits) * Stride];
            gzip.ReadExactly(MemoryMarshal.AsBytes(rows.AsSpan()));
            return new NerModel(bits, languages, scale, rows);
        }
        catch (EndOfStreamException error)
        {
            throw new InvalidDataException($"{path}: truncated entity model", error);
        }
    }

    /// <summary>Writes the model; the same model always gives the same bytes.</summary>
    public static void Write(string path, int bits, string[] languages, float scale, short[] rows)
    {
        using var file = File.Create(path);
        using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
        using (var writer = new BinaryWriter(gzip, Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(Version);
            writer.Write(bits);
            writer.Write(NerLabels.Count);
            writer.Write(languages.Length);
            foreach (var language in languages)
            {
                writer.Write(language);
            }

            writer.Write(scale);
            writer.Write(MemoryMarshal.AsBytes(rows.AsSpan()));
        }
    }

    /// <summary>
    /// Greedy left-to-right decoding: each token gets the best label allowed after the previous
    /// one (I-X only after B-X or I-X); <paramref name="confidence"/> is that label's softmax share.
    /// </summary>
    public void Decode(ReadOnlySpan<TokenInfo> tokens, uint language, Span<int> labels, Span<float> confidence)
    {
        Span<uint> features = stackalloc uint[NerFeatures.Count];
        Span<float> scores = stackalloc float[NerLabels.Count];
        var shift = 32 - Bits;
        ref var table = ref MemoryMarshal.GetArrayDataReference(weights);
        int previous = 0, previous2 = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            NerFeatures.Static(tokens, i, language, features);
            NerFeatures.Dynamic(tokens, i, previous, previous2, features[NerFeatures.StaticCount..]);
            var low = Vector128<int>.Zero;
            var high = Vector128<int>.Zero;
            var last = 0;
            foreach (var feature in features)
            {
                var offset = (nuint)((feature >> shift) * Stride);
                var (a, b) = Vector128.Widen(Vector128.LoadUnsafe(ref table, offset));
                low += a;
                high += b;
                last += Unsafe.Add(ref table, offset + 8);
            }

            var best = 0;
            var max = float.NegativeInfinity;
            for (var l = 0; l < NerLabels.Count; l++)
            {
                scores[l] = NerLabels.Allowed(previous, l) ? (l < 4 ? low.GetElement(l) : l < 8 ? high.GetElement(l - 4) : last) * Scale : float.NegativeInfinity;
                if (scores[l] > max)
                {
                    max = scores[l];
                    best = l;
                }
            }

            var total = 0.0;
            foreach (var score in scores)
            {
                total += Math.Exp(score - max);
            }

            labels[i] = best;
            confidence[i] = (float)(1 / total);
            previous2 = previous;
            previous = best;
        }
    }
}
