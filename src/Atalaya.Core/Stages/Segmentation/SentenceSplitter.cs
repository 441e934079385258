using Atalaya.Core.Documents;

namespace Atalaya.Core.Stages.Segmentation;

/// <summary>
/// Rule-based sentence boundaries inside one line (lines come from the cleaning stage's splitter); ., ! and ? end one when
/// followed by space and an uppercase letter, a digit or an opening quote, unless the word before
/// is an initial or a common abbreviation.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "sr", "sra", "srta", "dr", "dra", "mr", "mrs", "ms", "st", "gen", "gral", "col", "cap", "lic", "ing", "prof", "no", "núm", "art",
        "ca", "approx", "vs", "etc", "jr", "sen", "rep", "gov", "lt", "sgt", "cmdt", "dhr", "mevr", "mw", "hr", "fr", "nr", "bzw", "dvs", "bl.a", "f.eks", "z.b", "p.ex", "sig", "mons", "av", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "okt", "nov", "dec", "dic", "ene",
    };

    public static IEnumerable<TextSpan> Sentences(string text, TextSpan paragraph)
    {
        var start = paragraph.Start;
        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            var end = i + 1;
            while (end < paragraph.End && text[end] is '.' or '!' or '?' or '"' or '”' or '’' or '»' or ')' or '\'')
            {
                end++;
            }

            if (end >= paragraph.End || !char.IsWhiteSpace(text[end]))
            {
                i = end - 1;
                continue;
            }

            var next = end;
            while (next < paragraph.End && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next < paragraph.End && StartsSentence(text[next]) && !(c == '.' && IsAbbreviation(text, start, i)))
            {
                yield return new TextSpan(start, end);
                start = next;
            }

            i = end - 1;
        }

        if (paragraph.End > start)
        {
            yield return new TextSpan(start, paragraph.End);
        }
    }

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '«' or '‘' or '\'' or '(' or '¿' or '¡' or '–' or '—' or '-';

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, dot - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: "J. Guzmán"
        }

        // "EE. UU.", "FF. AA.": Spanish doubles the letter of an abbreviated plural.
        if (word.Length == 2 && char.IsUpper(word[0]) && word[0] == word[1])
        {
            return true;
        }

        // "U.S.", "E.U.A.": capitals with periods between them.
        if (word.Length >= 3 && IsDottedCapitals(word))
        {
            return true;
        }

        return word.Length > 0 && Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static bool IsDottedCapitals(ReadOnlySpan<char> word)
    {
        for (var k = 0; k < word.Length; k++)
        {
            if (k % 2 == 0 ? !char.IsUpper(word[k]) : word[k] != '.')
            {
                return false;
            }
        }

        return true;
    }
}
