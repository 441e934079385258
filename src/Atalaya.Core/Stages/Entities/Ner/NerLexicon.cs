using Atalaya.Core.Internal;

namespace Atalaya.Core.Stages.Entities.Ner;

/// <summary>
/// How a word is usually written in running text of one language, away from the start of a
/// sentence: 1 almost always lowercase, 2 mostly lowercase, 3 mostly capitalized, 4 almost always
/// capitalized; 0 unknown. A name-likeness signal that needs only raw text, so a language without
/// entity annotations still gets it. The same table holds the words of place names under the
/// pseudo-language <see cref="Places"/>. Keys are hashes of (word, language); an open-addressing
/// table makes a lookup one or two probes. Immutable, so thread-safe.
/// </summary>
internal sealed class NerLexicon
{
    public static readonly NerLexicon Empty = new([], []);

    private readonly uint[] slots;
    private readonly byte[] classes;
    private readonly int mask;

    /// <param name="keys">Distinct keys from <see cref="Key"/>, in ascending order.</param>
    /// <param name="values">The class (1–4) of each key.</param>
    public NerLexicon(uint[] keys, byte[] values)
    {
        if (keys.Length != values.Length)
        {
            throw new InvalidDataException("entity lexicon: keys and classes differ in number");
        }

        Keys = keys;
        Values = values;
        var capacity = 2;
        while (capacity < keys.Length * 2)
        {
            capacity *= 2;
        }

        slots = new uint[capacity];
        classes = new byte[capacity];
        mask = capacity - 1;
        for (var i = 0; i < keys.Length; i++)
        {
            var slot = (int)(keys[i] & (uint)mask);
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = keys[i];
            classes[slot] = values[i];
        }
    }

    /// <summary>The keys in ascending order (what the model file stores).</summary>
    public uint[] Keys { get; }

    public byte[] Values { get; }

    /// <summary>The key of a word (<see cref="TokenInfo.Word"/>) in a language (<see cref="NerFeatures.LanguageHash"/>); never 0.</summary>
    public static uint Key(uint word, uint language) => Hashing.Mix(word, language ^ 0x2545F491u) | 1;

    /// <summary>The class of a word in a language, 0 when the text of that language did not show it often enough.</summary>
    public byte Lookup(uint word, uint language)
    {
        var key = Key(word, language);
        var slot = (int)(key & (uint)mask);
        while (true)
        {
            var found = slots[slot];
            if (found == key)
            {
                return classes[slot];
            }

            if (found == 0)
            {
                return 0;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>
    /// The pseudo-language under which the words of place names are kept (1 a whole one-word name,
    /// 2 a word of longer names, 3 both): names of places are the same words in every language.
    /// </summary>
    public static readonly uint Places = NerFeatures.LanguageHash("geo:places");

    /// <summary>Sets <see cref="TokenInfo.Usage"/> and, for words with a capital, <see cref="TokenInfo.Place"/> of each token.</summary>
    public void Annotate(Span<TokenInfo> tokens, uint language)
    {
        if (Keys.Length == 0)
        {
            return;
        }

        foreach (ref var token in tokens)
        {
            token.Usage = token.Case == 0 ? (byte)0 : Lookup(token.Word, language);
            token.Place = token.Case >= 2 ? Lookup(token.Word, Places) : (byte)0;
        }
    }

    /// <summary>The class of a word seen <paramref name="seen"/> times away from a sentence start, <paramref name="capitalized"/> of them with a capital.</summary>
    public static byte Classify(int seen, int capitalized)
    {
        var share = (double)capitalized / seen;
        return share < 0.05 ? (byte)1 : share < 0.5 ? (byte)2 : share < 0.95 ? (byte)3 : (byte)4;
    }
}
