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
    public uint Prefix1;
    public uint Prefix2;
    public uint Prefix3;
    public uint Prefix4;
    public uint Suffix1;
    public uint Suffix2;
    public uint Suffix3;
    public uint Suffix4;

    /// <summary>0 no letters, 1 lower, 2 initial capital, 3 all capitals, 4 one capital letter, 5 mixed.</summary>
    public byte Case;

    /// <summary>Bits: 1 digit, 2 hyphen, 4 apostrophe, 8 elision, 16 digits only, 32 period.</summary>
    public byte Flags;

    public byte Length;

    /// <summary>Characters of an elided article before the word ("d'" in "d'Italia"); 0 when none.</summary>
    public byte Elision;
}

/// <summary>
/// The features of the entity tagger, the same for corpus tokens (training) and Atalaya's token
/// spans (run time): they read only the characters of the token and its neighbours. Each feature is
/// a 32-bit hash of a template id and values; the model cuts it to a bucket. Word-level features are
/// emitted twice, shared and joined with the language, so one model serves every language: for a
/// language without training data only the shared half (and the "xx" half learned under language
/// dropout) carries weight.
/// </summary>
internal static class NerFeatures
{
    public const int StaticCount = 36;
    public const int DynamicCount = 5;
    public const int Count = StaticCount + DynamicCount;

    private const int Start = -1;
    private const int End = -2;

    public static uint LanguageHash(string? language)
        => language is null or "" ? Fnv("xx") : Fnv(language);

    public static TokenInfo Describe(ReadOnlySpan<char> token)
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
                    shape = 'X';
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

            var lower = char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
            word = (word ^ lower) * 16777619u;
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
            : upper == letters ? (letters == 1 ? (byte)4 : (byte)3)
            : upper == 1 && char.IsUpper(FirstLetter(core)) ? (byte)2
            : (byte)5;

        info.Prefix1 = Affix(core, 1, fromEnd: false);
        info.Prefix2 = Affix(core, 2, fromEnd: false);
        info.Prefix3 = Affix(core, 3, fromEnd: false);
        info.Prefix4 = Affix(core, 4, fromEnd: false);
        info.Suffix1 = Affix(core, 1, fromEnd: true);
        info.Suffix2 = Affix(core, 2, fromEnd: true);
        info.Suffix3 = Affix(core, 3, fromEnd: true);
        info.Suffix4 = Affix(core, 4, fromEnd: true);
        return info;
    }

    /// <summary>Writes the <see cref="StaticCount"/> features of token <paramref name="i"/> that do not depend on earlier labels.</summary>
    public static void Static(ReadOnlySpan<TokenInfo> tokens, int i, uint language, Span<uint> output)
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
        output[6] = H(6, t.Suffix1);
        output[7] = H(7, t.Suffix2);
        output[8] = H(8, t.Suffix3);
        output[9] = H(9, t.Suffix4);
        output[10] = H(10, t.Prefix1);
        output[11] = H(11, t.Prefix2);
        output[12] = H(12, t.Prefix3);
        output[13] = H(13, t.Prefix4);
        output[14] = H(14, t.LongShape);
        output[15] = H(15, t.ShortShape);
        output[16] = H(16, previous.ShortShape);
        output[17] = H(17, next.ShortShape);
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
    }

    /// <summary>Writes the <see cref="DynamicCount"/> features that read the labels already given to the two previous tokens.</summary>
    public static void Dynamic(ReadOnlySpan<TokenInfo> tokens, int i, int previousLabel, int previousLabel2, Span<uint> output)
    {
        ref readonly var t = ref tokens[i];
        var p = (uint)previousLabel;
        output[0] = H(60, p);
        output[1] = H(61, p, (uint)previousLabel2);
        output[2] = H(62, p, t.Word);
        output[3] = H(63, p, t.ShortShape);
        output[4] = H(64, p, t.Case, i > 0 ? tokens[i - 1].Case : 9u);
    }

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

    private static uint Affix(ReadOnlySpan<char> text, int length, bool fromEnd)
    {
        if (text.Length < length)
        {
            return 0;
        }

        var part = fromEnd ? text[^length..] : text[..length];
        var hash = 2166136261u;
        foreach (var c in part)
        {
            hash = (hash ^ (char.IsDigit(c) ? '0' : char.ToLowerInvariant(c))) * 16777619u;
        }

        return hash;
    }

    private static uint Fnv(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
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
