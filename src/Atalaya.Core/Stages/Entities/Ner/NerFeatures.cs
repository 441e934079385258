using Atalaya.Core.Internal;
using System.Runtime.CompilerServices;

namespace Atalaya.Core.Stages.Entities.Ner;

/// <summary>What the tagger reads from one token, computed once from its text without allocating.</summary>
internal struct TokenInfo
{
    /// <summary>Lowercased word (digits read as 0), of the part after an elision ("d'Italia" → "italia").</summary>
    public uint Word;
    public uint LongShape;
    public uint ShortShape;
    public uint Prefix2;
    public uint Prefix3;
    public uint Prefix4;
    public uint Suffix2;
    public uint Suffix3;
    public uint Suffix4;

    /// <summary>0 no letters, 1 lower, 2 initial capital, 3 all capitals, 4 one capital letter, 5 mixed, 6 capitals in a sentence written in capitals.</summary>
    public byte Case;

    /// <summary>Bits: 1 digit, 2 hyphen, 4 apostrophe, 8 elision, 16 digits only, 32 period.</summary>
    public byte Flags;

    public byte Length;

    /// <summary>How the word is usually written in its language (<see cref="NerLexicon"/>); 0 unknown.</summary>
    public byte Usage;

    /// <summary>Whether the word (with a capital) is a place name or part of one (<see cref="NerLexicon.Places"/>); 0 not.</summary>
    public byte Place;

    /// <summary>Characters of an elided article before the word ("d'" in "d'Italia"); 0 when none.</summary>
    public byte Elision;
}

/// <summary>
/// The features of the entity tagger, the same for corpus tokens (training) and Atalaya's token
/// spans (run time): they read only the characters of the token and its neighbours. Each feature is
/// a 32-bit hash of a template id and values; the model cuts it to a bucket. Word-level features are
/// emitted twice, shared and joined with the language, so one model serves every language: for a
/// language without training data the shared part and the "xx" part learned under language dropout
/// carry the weight, helped by how its own raw text writes each word (<see cref="TokenInfo.Usage"/>). Labels enter only through the transition
/// tables of the Viterbi decoder, so every feature is computed once per token.
/// </summary>
internal static class NerFeatures
{
    public const int Count = 40;

    private const int Start = -1;
    private const int End = -2;

    /// <summary>The hash of a language code, case-insensitive; "xx" (no language) for none.</summary>
    public static uint LanguageHash(string? language)
        => language is null or "" ? Fnv("xx") : Fnv(language);

    /// <summary>
    /// Describes one token. In a <paramref name="shouted"/> sentence (written in capitals, see
    /// <see cref="IsShouted"/>) capitals say nothing: the shapes are those of the lowercase word and
    /// the case is 6 for any word with a capital.
    /// </summary>
    public static TokenInfo Describe(ReadOnlySpan<char> token, bool shouted = false)
    {
        var info = default(TokenInfo);
        if (token.IsEmpty)
        {
            return info;
        }

        // Elision: up to four lowercase letters and an apostrophe before a capital ("d'Italia", "dell'Onu", "l'ONU").
        var core = token;
        for (var i = 1; i <= 4 && i + 1 < token.Length; i++)
        {
            if (!char.IsLower(token[i - 1]))
            {
                break;
            }

            if (token[i] is '\'' or '’' && char.IsUpper(token[i + 1]))
            {
                core = token[(i + 1)..];
                info.Elision = (byte)(i + 1);
                info.Flags |= 8;
                break;
            }
        }

        uint word = 2166136261u, longShape = 2166136261u, shortShape = 2166136261u;
        int letters = 0, upper = 0, digits = 0, run = 0;
        char lastShape = '\0';
        var shapeLength = 0;
        for (var i = 0; i < core.Length; i++)
        {
            var c = core[i];
            char shape;
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                    shape = shouted ? 'x' : 'X';
                }
                else
                {
                    shape = 'x';
                }
            }
            else if (char.IsDigit(c))
            {
                digits++;
                shape = 'd';
            }
            else
            {
                shape = c;
                info.Flags |= c switch { '-' or '‐' or '–' => 2, '\'' or '’' => 4, '.' => 32, _ => 0 };
            }

            word = (word ^ Fold(c)) * 16777619u;
            if (shape == lastShape)
            {
                run++;
            }
            else
            {
                run = 1;
                shortShape = (shortShape ^ shape) * 16777619u;
            }

            if (run <= 4 && shapeLength < 16)
            {
                longShape = (longShape ^ shape) * 16777619u;
                shapeLength++;
            }

            lastShape = shape;
        }

        info.Word = word;
        info.LongShape = longShape;
        info.ShortShape = shortShape;
        info.Length = (byte)Math.Min(core.Length, 255);
        info.Flags |= (byte)((digits > 0 ? 1 : 0) | (digits == core.Length ? 16 : 0));
        info.Case = letters == 0 ? (byte)0
            : upper == 0 ? (byte)1
            : shouted ? (byte)6
            : upper == letters ? (letters == 1 ? (byte)4 : (byte)3)
            : upper == 1 && char.IsUpper(FirstLetter(core)) ? (byte)2
            : (byte)5;

        // Prefixes read forwards and suffixes backwards, so one pass of four characters gives all three lengths.
        uint prefix = 2166136261u, suffix = 2166136261u;
        for (var k = 0; k < 4 && k < core.Length; k++)
        {
            prefix = (prefix ^ Fold(core[k])) * 16777619u;
            suffix = (suffix ^ Fold(core[^(k + 1)])) * 16777619u;
            switch (k)
            {
                case 1:
                    (info.Prefix2, info.Suffix2) = (prefix, suffix);
                    break;
                case 2:
                    (info.Prefix3, info.Suffix3) = (prefix, suffix);
                    break;
                case 3:
                    (info.Prefix4, info.Suffix4) = (prefix, suffix);
                    break;
            }
        }

        return info;
    }

    /// <summary>The tokens of a sentence given as words (training and evaluation).</summary>
    public static TokenInfo[] DescribeWords(IReadOnlyList<string> words)
    {
        var tokens = new TokenInfo[words.Count];
        for (var i = 0; i < tokens.Length; i++)
        {
            tokens[i] = Describe(words[i]);
        }

        if (IsShouted(tokens))
        {
            for (var i = 0; i < tokens.Length; i++)
            {
                tokens[i] = Describe(words[i], shouted: true);
            }
        }

        return tokens;
    }

    /// <summary>
    /// A headline or a sentence in capitals: at least three words of two or more letters, three in
    /// four of them all capitals. Its capitals do not mark names, so its tokens are described again
    /// with <c>shouted</c> set.
    /// </summary>
    public static bool IsShouted(ReadOnlySpan<TokenInfo> tokens)
    {
        int words = 0, capitals = 0;
        foreach (ref readonly var token in tokens)
        {
            if (token.Case != 0 && token.Length >= 2)
            {
                words++;
                capitals += token.Case == 3 ? 1 : 0;
            }
        }

        return words >= 3 && capitals * 4 >= words * 3;
    }

    /// <summary>Writes the <see cref="Count"/> features of token <paramref name="i"/> (none depends on labels: label context is the transition tables).</summary>
    public static void Extract(ReadOnlySpan<TokenInfo> tokens, int i, uint language, Span<uint> output)
    {
        ref readonly var t = ref tokens[i];
        var previous = i > 0 ? tokens[i - 1] : Boundary(Start);
        var next = i + 1 < tokens.Length ? tokens[i + 1] : Boundary(End);
        var previous2 = i > 1 ? tokens[i - 2] : Boundary(Start);
        var next2 = i + 2 < tokens.Length ? tokens[i + 2] : Boundary(End);
        uint first = i == 0 ? 1u : 0u;
        uint lengthBucket = t.Length switch { <= 1 => 0, <= 3 => 1, <= 6 => 2, <= 10 => 3, _ => 4 };

        output[0] = H(0, 0);
        output[1] = H(1, t.Word);
        output[2] = H(2, previous.Word);
        output[3] = H(3, next.Word);
        output[4] = H(4, previous2.Word);
        output[5] = H(5, next2.Word);
        output[6] = H(48, previous2.Word, previous.Word);
        output[7] = H(7, t.Suffix2);
        output[8] = H(8, t.Suffix3);
        output[9] = H(9, t.Suffix4);
        output[10] = H(49, next.Word, next2.Word);
        output[11] = H(11, t.Prefix2);
        output[12] = H(12, t.Prefix3);
        output[13] = H(13, t.Prefix4);
        output[14] = H(14, t.LongShape);
        output[15] = H(15, t.ShortShape);
        output[16] = H(50, previous.Word, next.Word);
        output[17] = H(51, t.Prefix3, t.Suffix3);
        output[18] = H(18, previous.ShortShape, t.ShortShape);
        output[19] = H(19, t.ShortShape, next.ShortShape);
        output[20] = H(20, t.Case, first);
        output[21] = H(21, t.Flags, t.Case);
        output[22] = H(22, previous.Word, t.ShortShape);
        output[23] = H(23, t.ShortShape, next.Word);
        output[24] = H(24, lengthBucket, t.Case);
        output[25] = H(25, previous.Case, t.Case, next.Case);
        output[26] = H(26, previous.Word, t.Word);
        output[27] = H(27, t.Word, next.Word);
        output[28] = H(28, first, t.Word);
        output[29] = H(29, t.Case, t.Suffix3);

        // Joined with the language: the same word or ending means different things in different languages.
        output[30] = H(40, t.Word, language);
        output[31] = H(41, previous.Word, language);
        output[32] = H(42, next.Word, language);
        output[33] = H(43, t.Suffix3, language);
        output[34] = H(44, t.Suffix4, language);
        output[35] = H(45, t.Case, first, language);

        // How the words are usually written: the same meaning in every language, so it carries over.
        output[36] = H(46, t.Usage, t.Case, first);
        output[37] = H(47, previous.Usage, t.Usage, next.Usage);

        // Words of place names (GeoNames): the same in every language.
        output[38] = H(57, t.Place, t.Case);
        output[39] = H(58, previous.Place, t.Place, next.Place);


    }

    /// <summary>Number of transition classes: <see cref="TransitionClass"/> is below it.</summary>
    public const int TransitionClasses = 14;

    /// <summary>
    /// Which label-to-label transition table applies at token <paramref name="i"/>: its case joined
    /// with whether it starts the sentence. A capital after "B-PER" means something else than a
    /// lowercase word after it, and a sentence-initial capital says little.
    /// </summary>
    public static byte TransitionClass(ReadOnlySpan<TokenInfo> tokens, int i) => (byte)(tokens[i].Case + (i == 0 ? 7 : 0));

    private static TokenInfo Boundary(int which) => new()
    {
        Word = (uint)which,
        LongShape = (uint)which,
        ShortShape = (uint)which,
        Case = which == Start ? (byte)7 : (byte)8,
    };

    private static char FirstLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return c;
            }
        }

        return ' ';
    }

    /// <summary>A character as the word and affix hashes read it: lowercase, any digit as 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char Fold(char c) => char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);

    private static uint Fnv(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ char.ToLowerInvariant(c)) * 16777619u;
        }

        return hash;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint H(uint template, uint a) => Hashing.Mix(a, template);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint H(uint template, uint a, uint b) => Hashing.Mix(Hashing.Mix(a, template) ^ b, 0x5bd1e995u);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint H(uint template, uint a, uint b, uint c) => Hashing.Mix(Hashing.Mix(Hashing.Mix(a, template) ^ b, 0x5bd1e995u) ^ c, 0x27d4eb2fu);

}
