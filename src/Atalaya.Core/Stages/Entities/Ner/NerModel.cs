using System.Buffers;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Atalaya.Core.Stages.Entities.Ner;

/// <summary>
/// A structured averaged-perceptron BIO tagger over hashed features, decoded with Viterbi
/// (<see cref="NerViterbi"/>): for every bucket one 16-bit weight per label, plus label-to-label
/// transition weights per transition class, all quantized with one scale (perceptron weights are
/// too heavy-tailed for 8 bits: a byte scale that keeps the largest weights rounds the typical one
/// to zero). A row is added with one 8-lane vector load plus the ninth label. On disk the table is
/// gzip-compressed (most buckets are zero). Immutable, so thread-safe.
/// </summary>
internal sealed class NerModel
{
    public const int TransitionCount = NerFeatures.TransitionClasses * NerLabels.Count * NerLabels.Count;

    private const int Stride = NerLabels.Count;
    private const int Version = 3;
    private static readonly byte[] Magic = "ATNER"u8.ToArray();

    private readonly short[] weights;
    private readonly float[] transitions;

    public NerModel(int bits, string[] languages, float scale, short[] rows, short[] transitionWeights, NerLexicon lexicon)
    {
        if (bits is < 8 or > 24 || rows.Length != (1 << bits) * Stride || transitionWeights.Length != TransitionCount)
        {
            throw new InvalidDataException("entity model: table size does not match its header");
        }

        Bits = bits;
        Languages = languages;
        Scale = scale;
        weights = rows;
        TransitionWeights = transitionWeights;
        transitions = [.. transitionWeights.Select(w => w * scale)];
        Lexicon = lexicon;
    }

    public int Bits { get; }

    /// <summary>The languages the model saw in training.</summary>
    public string[] Languages { get; }

    public float Scale { get; }

    /// <summary>The quantized weights, bucket by bucket (label-fastest).</summary>
    public ReadOnlySpan<short> Rows => weights;

    public short[] TransitionWeights { get; }

    /// <summary>How words are usually written, per language (<see cref="TokenInfo.Usage"/>).</summary>
    public NerLexicon Lexicon { get; }

    public static NerModel Read(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new BinaryReader(gzip, Encoding.UTF8);
        try
        {
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != Version)
            {
                throw new InvalidDataException($"{path}: not an Atalaya entity model of version {Version}");
            }

            var bits = reader.ReadInt32();
            var labels = reader.ReadInt32();
            var classes = reader.ReadInt32();
            if (bits is < 8 or > 24 || labels != NerLabels.Count || classes != NerFeatures.TransitionClasses)
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
            var transitionWeights = new short[TransitionCount];
            gzip.ReadExactly(MemoryMarshal.AsBytes(transitionWeights.AsSpan()));
            var words = reader.ReadInt32();
            if (words is < 0 or > 1 << 24)
            {
                throw new InvalidDataException($"{path}: corrupt entity model");
            }

            var keys = new uint[words];
            gzip.ReadExactly(MemoryMarshal.AsBytes(keys.AsSpan()));
            var usage = reader.ReadBytes(words);
            if (usage.Length != words)
            {
                throw new EndOfStreamException();
            }

            var rows = new short[(1 << bits) * Stride];
            gzip.ReadExactly(MemoryMarshal.AsBytes(rows.AsSpan()));
            return new NerModel(bits, languages, scale, rows, transitionWeights, new NerLexicon(keys, usage));
        }
        catch (EndOfStreamException error)
        {
            throw new InvalidDataException($"{path}: truncated entity model", error);
        }
    }

    /// <summary>Whether <paramref name="path"/> is an entity model of an older format version than this code reads.</summary>
    public static bool IsOutdated(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new BinaryReader(gzip, Encoding.UTF8);
        try
        {
            return reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) && reader.ReadInt32() < Version;
        }
        catch (Exception error) when (error is EndOfStreamException or InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>Writes the model; the same model always gives the same bytes.</summary>
    public static void Write(string path, int bits, string[] languages, float scale, short[] rows, short[] transitionWeights, NerLexicon lexicon)
    {
        using var file = File.Create(path);
        using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
        using (var writer = new BinaryWriter(gzip, Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(Version);
            writer.Write(bits);
            writer.Write(NerLabels.Count);
            writer.Write(NerFeatures.TransitionClasses);
            writer.Write(languages.Length);
            foreach (var language in languages)
            {
                writer.Write(language);
            }

            writer.Write(scale);
            writer.Write(MemoryMarshal.AsBytes(transitionWeights.AsSpan()));
            writer.Write(lexicon.Keys.Length);
            writer.Write(MemoryMarshal.AsBytes(lexicon.Keys.AsSpan()));
            writer.Write(lexicon.Values);
            writer.Write(MemoryMarshal.AsBytes(rows.AsSpan()));
        }
    }

    /// <summary>
    /// Viterbi decoding of one sentence; <paramref name="confidence"/> is each label's local softmax
    /// share (<see cref="NerViterbi.Confidence"/>).
    /// </summary>
    [SkipLocalsInit] // Every stack buffer here is written in full before it is read: zeroing them is waste.
    public void Decode(Span<TokenInfo> tokens, NerLanguageKeys keys, Span<int> labels, Span<float> confidence)
    {
        Lexicon.Annotate(tokens, keys.Text);
        var n = tokens.Length;
        float[]? rented = null;
        var emissions = n * Stride <= 2048 ? stackalloc float[n * Stride] : (rented = ArrayPool<float>.Shared.Rent(n * Stride)).AsSpan(0, n * Stride);
        Span<byte> classes = n <= 512 ? stackalloc byte[n] : new byte[n];

        // Two passes: every token's features first, each weight row prefetched as its feature is
        // known, then the sums. The table is megabytes and each feature a random row in it, so the
        // sums would otherwise wait on memory one row at a time.
        uint[]? rentedFeatures = null;
        var featureCount = n * NerFeatures.Count;
        var features = featureCount <= 4096 ? stackalloc uint[featureCount] : (rentedFeatures = ArrayPool<uint>.Shared.Rent(featureCount)).AsSpan(0, featureCount);
        var shift = 32 - Bits;
        ref var table = ref MemoryMarshal.GetArrayDataReference(weights);
        for (var i = 0; i < n; i++)
        {
            var ofToken = features.Slice(i * NerFeatures.Count, NerFeatures.Count);
            NerFeatures.Extract(tokens, i, keys.Language, ofToken);
            foreach (var feature in ofToken)
            {
                Internal.CachePrefetch.Row(ref Unsafe.Add(ref table, (nuint)((feature >> shift) * Stride)), Stride);
            }
        }

        for (var i = 0; i < n; i++)
        {
            var low = Vector128<int>.Zero;
            var high = Vector128<int>.Zero;
            var last = 0;
            foreach (var feature in features.Slice(i * NerFeatures.Count, NerFeatures.Count))
            {
                var offset = (nuint)((feature >> shift) * Stride);
                var (a, b) = Vector128.Widen(Vector128.LoadUnsafe(ref table, offset));
                low += a;
                high += b;
                last += Unsafe.Add(ref table, offset + 8);
            }

            var row = emissions.Slice(i * Stride, Stride);
            (Vector128.ConvertToSingle(low) * Scale).CopyTo(row);
            (Vector128.ConvertToSingle(high) * Scale).CopyTo(row[4..]);
            row[8] = last * Scale;
            classes[i] = NerFeatures.TransitionClass(tokens, i);
        }

        if (rentedFeatures is not null)
        {
            ArrayPool<uint>.Shared.Return(rentedFeatures);
        }

        NerViterbi.Decode(emissions, transitions, classes, default, labels);
        NerViterbi.Confidence(emissions, transitions, classes, labels, confidence);
        if (rented is not null)
        {
            ArrayPool<float>.Shared.Return(rented);
        }
    }
}
