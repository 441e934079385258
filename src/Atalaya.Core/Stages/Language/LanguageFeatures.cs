using Atalaya.Core.Internal;
using System.Runtime.CompilerServices;

namespace Atalaya.Core.Stages.Language;

/// <summary>
/// The features of the language model, computed without allocating: character 1–5-grams of every
/// word padded with boundary marks (" casa ", so prefixes and suffixes are distinct), plus the
/// whole word for words of up to <see cref="MaxWordFeatureLength"/> characters (word-level evidence
/// that separates close languages: "ikke"/"ikkje", "não"/"no"). Each feature is a hash bucket.
/// Tokens that are not language (URLs, e-mail addresses, numbers) are skipped. Letters are
/// lowercased but keep their accents: "ã", "ø" and "å" are strong evidence.
/// </summary>
internal static class LanguageFeatures
{
    public const int MaxOrder = 5;
    public const int MaxWordFeatureLength = 24;

    // Runs of letters longer than this (scripts without spaces) are cut into pieces of this size.
    private const int MaxRun = 48;
    private const char Boundary = ' ';

    /// <summary>Calls <paramref name="sink"/> with the bucket of each feature of <paramref name="text"/>; returns the letter count.</summary>
    public static int Extract<TSink>(ReadOnlySpan<char> text, int bucketBits, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        var letters = 0;
        Span<char> word = stackalloc char[MaxRun + 2];
        var i = 0;
        while (i < text.Length)
        {
            // Skip to the next token; URLs and e-mail addresses are skipped whole.
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var tokenEnd = TokenEnd(text, i);
            if (IsNotLanguage(text[i..tokenEnd]))
            {
                i = tokenEnd;
                continue;
            }

            while (i < tokenEnd)
            {
                if (!IsWordChar(text[i]) || char.IsDigit(text[i]))
                {
                    i++;
                    continue;
                }

                var length = 0;
                var wordLetters = 0;
                word[length++] = Boundary;
                while (i < tokenEnd && length <= MaxRun && IsWordChar(text[i]) && !char.IsDigit(text[i]))
                {
                    wordLetters += char.IsLetter(text[i]) ? 1 : 0;
                    word[length++] = char.ToLowerInvariant(text[i]);
                    i++;
                }

                // Apostrophes and marks alone are not a word.
                if (wordLetters == 0)
                {
                    continue;
                }

                word[length++] = Boundary;
                letters += wordLetters;
                if (!sink.Wants(letters))
                {
                    return letters;
                }

                EmitWord(word[..length], bucketBits, ref sink);
            }
        }

        return letters;
    }

    private static void EmitWord<TSink>(ReadOnlySpan<char> padded, int bucketBits, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        var shift = 32 - bucketBits;
        for (var end = 1; end <= padded.Length; end++)
        {
            var hash = 2166136261u;
            for (var n = 1; n <= MaxOrder && end - n >= 0; n++)
            {
                hash = (hash ^ padded[end - n]) * 16777619u;

                // A lone boundary mark says nothing.
                if (n == 1 && padded[end - 1] == Boundary)
                {
                    continue;
                }

                sink.Add(Hashing.Mix(hash, (uint)n) >> shift);
            }
        }

        if (padded.Length - 2 <= MaxWordFeatureLength)
        {
            var word = WordHash(padded);
            sink.Add(word >> shift);
            sink.Word(word);
        }
    }

    /// <summary>The full hash of a padded lowercase word (" casa "), before it is cut to a bucket.</summary>
    public static uint WordHash(ReadOnlySpan<char> padded)
    {
        var hash = 2166136261u;
        foreach (var c in padded)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return Hashing.Mix(hash, 97u);
    }

    /// <summary>The hash <see cref="IFeatureSink.Word"/> receives for a lowercase word.</summary>
    public static uint WordHashOf(string word)
    {
        Span<char> padded = stackalloc char[word.Length + 2];
        padded[0] = Boundary;
        word.AsSpan().CopyTo(padded[1..]);
        padded[^1] = Boundary;
        return WordHash(padded);
    }


    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordChar(char c)
        => char.IsLetterOrDigit(c) || c is '\'' or '’' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>The end of a whitespace-delimited token starting at <paramref name="start"/>.</summary>
    private static int TokenEnd(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return end;
    }

    private static bool IsNotLanguage(ReadOnlySpan<char> token)
        => token.Contains("://", StringComparison.Ordinal)
            || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || (token.Contains('@') && token.Contains('.'));
}

/// <summary>Receives feature buckets; a struct so the extractor is specialized and allocation-free.</summary>
internal interface IFeatureSink
{
    /// <summary>False stops extraction (enough evidence has been read).</summary>
    bool Wants(int lettersSoFar);

    void Add(uint bucket);

    /// <summary>The full hash of each whole word (for marker words); ignore it if not needed.</summary>
    void Word(uint wordHash);
}
