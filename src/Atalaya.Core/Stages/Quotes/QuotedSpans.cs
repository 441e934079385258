using Atalaya.Core.Documents;

namespace Atalaya.Core.Stages.Quotes;

/// <summary>Quoted words found in the text: the words without the marks, and the marks' outer edges.</summary>
/// <param name="Words">The quoted words.</param>
/// <param name="Outer">The words with their marks (or the dash that opens Nordic speech).</param>
/// <param name="Dash">Whether it is a paragraph of speech opened by a dash ("– Ingen er trygge her, sier …").</param>
internal readonly record struct QuotedSpan(TextSpan Words, TextSpan Outer, bool Dash);

/// <summary>
/// Finds direct speech: words between quotation marks (“…”, „…“, «…», »…«, "…") on one line, and
/// lines opened by a dash, as Nordic and Spanish papers print speech. Short quotations (a nickname,
/// a scare-quoted word) are no speech.
/// </summary>
internal static class QuotedSpans
{
    /// <summary>Fewer words than this between marks are a name or a term, not speech.</summary>
    private const int MinWords = 4;

    private static readonly System.Buffers.SearchValues<char> Openers = System.Buffers.SearchValues.Create("“„«»\"");

    private static readonly System.Buffers.SearchValues<char> SpeechMarks = System.Buffers.SearchValues.Create("“„«»\"–—");

    /// <summary>Whether the text may hold speech at all: one search, before any other work.</summary>
    public static bool MayHoldSpeech(string text) => text.AsSpan().IndexOfAny(SpeechMarks) >= 0;

    public static List<QuotedSpan> Find(string text, IReadOnlyList<TextSpan> sentences)
    {
        var found = new List<QuotedSpan>();
        if (sentences.Count == 0)
        {
            return found;
        }

        var (bodyStart, bodyEnd) = (sentences[0].Start, sentences[^1].End);
        var i = bodyStart;
        while (i < bodyEnd)
        {
            var open = text.AsSpan(i, bodyEnd - i).IndexOfAny(Openers);
            if (open < 0)
            {
                break;
            }

            open += i;
            var close = Closing(text, open, bodyEnd);
            if (close < 0)
            {
                i = open + 1;
                continue;
            }

            var words = Trim(text, open + 1, close);
            if (CountWords(text, words) >= MinWords)
            {
                found.Add(new QuotedSpan(words, new TextSpan(open, close + 1), Dash: false));
            }

            i = close + 1;
        }

        FindDashSpeech(text, sentences, found);
        found.Sort((a, b) => a.Words.Start.CompareTo(b.Words.Start));
        return found;
    }

    /// <summary>The closing mark of the quotation opened at <paramref name="open"/>, on the same line; -1 when none.</summary>
    private static int Closing(string text, int open, int end)
    {
        var opener = text[open];
        for (var k = open + 1; k < end; k++)
        {
            var c = text[k];
            if (c == '\n')
            {
                return -1;
            }

            var closes = opener switch
            {
                '“' => c == '”',
                '„' => c is '“' or '”',
                '«' => c == '»',
                '»' => c == '«',
                _ => c == '"',
            };
            if (closes)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>"– Ingen er trygge her, sier politimesteren.": a line opened by a dash is speech up to its attribution.</summary>
    private static void FindDashSpeech(string text, IReadOnlyList<TextSpan> sentences, List<QuotedSpan> found)
    {
        foreach (var sentence in sentences)
        {
            var start = sentence.Start;
            if (text[start] is not ('–' or '—') || (start > 0 && text[start - 1] != '\n' && !IsLineStart(text, start)))
            {
                continue;
            }

            var lineEnd = text.IndexOf('\n', start);
            var words = Trim(text, start + 1, lineEnd < 0 ? text.Length : lineEnd);
            if (CountWords(text, words) >= MinWords && !found.Exists(q => q.Outer.Overlaps(words)))
            {
                found.Add(new QuotedSpan(words, new TextSpan(start, words.End), Dash: true));
            }
        }
    }

    private static bool IsLineStart(string text, int at)
    {
        for (var k = at - 1; k >= 0; k--)
        {
            if (text[k] == '\n')
            {
                return true;
            }

            if (!char.IsWhiteSpace(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    private static int CountWords(string text, TextSpan span)
    {
        var (words, inWord) = (0, false);
        foreach (var c in span.AsSpan(text))
        {
            var letter = char.IsLetterOrDigit(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words;
    }
}
