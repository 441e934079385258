using Atalaya.Core.Internal;

namespace Atalaya.Core.Stages.Entities.Ner;

/// <summary>
/// Distributional word clusters: words that occur in the same contexts (learned from raw text of
/// every language, by the training tool) share a cluster, so a rare word the corpora never
/// labelled borrows the weights of the frequent words of its cluster. A cluster code is a path in
/// a three-level tree (like a Brown-cluster bit string): <see cref="TopBits"/>, then
/// <see cref="MiddleBits"/>, then <see cref="LeafBits"/>; its prefixes give the coarser clusters.
/// Keys are the lowercase word hashes (<see cref="TokenInfo.Word"/>), the same in every language.
/// An open-addressing table of one 32-bit entry per slot (a tag of the word's hash above its
/// 13-bit code) makes a lookup one cache miss: the tagger looks up every token. Immutable, so
/// thread-safe.
/// </summary>
internal sealed class NerClusters
{
    public const int TopBits = 5;
    public const int MiddleBits = 5;
    public const int LeafBits = 3;

    /// <summary>Marks a known word's <see cref="TokenInfo.Cluster"/>: 0 is an unknown word.</summary>
    public const ushort Known = 0x8000;

    /// <summary>The clusters of the tokens before the sentence and after it.</summary>
    public const ushort Start = 0x4000;

    public const ushort End = 0x4001;

    public static readonly NerClusters Empty = new([], []);

    private const int CodeBits = TopBits + MiddleBits + LeafBits;
    private const uint CodeMask = (1u << CodeBits) - 1;

    private readonly uint[] slots;
    private readonly int mask;

    /// <param name="words">Distinct word hashes, in ascending order.</param>
    /// <param name="values">The cluster code of each word (below 2^(top + middle + leaf bits)).</param>
    public NerClusters(uint[] words, ushort[] values)
    {
        if (words.Length != values.Length)
        {
            throw new InvalidDataException("entity clusters: words and codes differ in number");
        }

        Words = words;
        Codes = values;
        var capacity = 2;
        while (capacity < words.Length * 2)
        {
            capacity *= 2;
        }

        slots = new uint[capacity];
        mask = capacity - 1;
        for (var i = 0; i < words.Length; i++)
        {
            var hash = Spread(words[i]);
            var slot = (int)(hash & (uint)mask);
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = (Tag(hash) << CodeBits) | (values[i] & CodeMask);
        }
    }

    /// <summary>The words in ascending order (what the model file stores).</summary>
    public uint[] Words { get; }

    public ushort[] Codes { get; }

    /// <summary>The cluster of a word with <see cref="Known"/> set, or 0 when the text did not show it often enough.</summary>
    public ushort Lookup(uint word)
    {
        if (Words.Length == 0)
        {
            return 0;
        }

        var hash = Spread(word);
        var tag = Tag(hash);
        var slot = (int)(hash & (uint)mask);
        while (true)
        {
            var found = slots[slot];
            if (found == 0)
            {
                return 0;
            }

            if (found >> CodeBits == tag)
            {
                return (ushort)((found & CodeMask) | Known);
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>Sets <see cref="TokenInfo.Cluster"/> of each token.</summary>
    public void Annotate(Span<TokenInfo> tokens)
    {
        foreach (ref var token in tokens)
        {
            token.Cluster = Lookup(token.Word);
        }
    }

    /// <summary>The cluster at the top of the tree (the coarsest); unknown and boundary values stay as they are.</summary>
    public static uint Top(ushort cluster) => (cluster & Known) != 0 ? (uint)cluster >> (MiddleBits + LeafBits) : cluster;

    /// <summary>The cluster one level down.</summary>
    public static uint Middle(ushort cluster) => (cluster & Known) != 0 ? (uint)cluster >> LeafBits : cluster;

    // FNV word hashes share low bits between similar words: mixed before they pick a slot.
    private static uint Spread(uint key) => Hashing.Mix(key, 0x3C6EF372u);

    /// <summary>The hash bits above the code, never 0 (an empty slot); the slot bits below them make a false match rarer still.</summary>
    private static uint Tag(uint hash) => (hash >> CodeBits) | 1;
}
