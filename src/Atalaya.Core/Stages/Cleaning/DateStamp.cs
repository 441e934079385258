using Atalaya.Core.Documents;
using Atalaya.Core.Internal;
using Atalaya.Core.Resources;

namespace Atalaya.Core.Stages.Cleaning;

/// <summary>
/// A date/time stamp at the start of a line: either the whole line ("Published 12 March 2024",
/// "14/10/2019 - 15:59:24") or a labelled prefix glued to the first paragraph by a scraper
/// ("date 2020-08 Guanajuato.- ..."). <see cref="Rest"/> is what follows the stamp on the line.
/// </summary>
internal readonly record struct DateStamp(DateMatch Date, TextSpan Stamp, TextSpan Rest, bool WholeLine, string? LabelKind)
{
    private const int MaxStampLineLength = 90;

    // A stamp starts within three words of the line start, so only the head of the line is searched.
    private const int HeadLength = 120;

    // The stamps read in the document this thread analyzes: boilerplate, header, cleaning and
    // publication date each ask about the same lines, and each answer runs the date expressions.
    [ThreadStatic]
    private static ReadLines? readLines;

    private sealed class ReadLines
    {
        public string? Text;
        public DateLexicon? Lexicon;
        // Keyed by the pair: a long of start and end would hash as start ^ end, and lines of one
        // character in a row would all share a handful of hash codes.
        public readonly Dictionary<(int Start, int End), DateStamp?> Stamps = [];
    }

    public static DateStamp? Read(string text, TextSpan line, DateLexicon lexicon)
    {
        var known = readLines ??= new ReadLines();
        if (!ReferenceEquals(known.Text, text) || !ReferenceEquals(known.Lexicon, lexicon))
        {
            known.Stamps.Clear();
            (known.Text, known.Lexicon) = (text, lexicon);
        }

        var key = (line.Start, line.End);
        if (!known.Stamps.TryGetValue(key, out var stamp))
        {
            known.Stamps[key] = stamp = ReadUncached(text, line, lexicon);
        }

        return stamp;
    }

    private static DateStamp? ReadUncached(string text, TextSpan line, DateLexicon lexicon)
    {
        var head = new TextSpan(line.Start, Math.Min(line.End, line.Start + HeadLength));
        if (head.AsSpan(text).IndexOfAnyInRange('0', '9') < 0)
        {
            return null;
        }

        var dates = DateExpressions.Find(text, head, lexicon);
        if (dates.Count == 0)
        {
            return null;
        }

        var first = dates[0];
        var before = text.AsSpan(line.Start, first.Span.Start - line.Start);
        var beforeWords = LineShape.CountWords(before);
        var labelKind = beforeWords > 0 ? LabelOf(before, lexicon) : null;
        var labelled = labelKind is not null;
        if ((beforeWords > 3 && !labelled) || LineShape.EndsLikeSentence(before.Trim().TrimEnd(':')))
        {
            return null;
        }

        var restStart = first.Span.End;
        while (restStart < line.End && (char.IsWhiteSpace(text[restStart]) || text[restStart] is '|' or '-' or '–' or '—' or '·' or ','))
        {
            restStart++;
        }

        var rest = new TextSpan(restStart, line.End);
        var restText = rest.AsSpan(text);
        var restWords = LineShape.CountWords(restText);
        var onlyDatesOrFiller = restWords == 0 || (restWords <= 3 && restText.Length <= 30) || IsLabelledSecondDate(text, rest, dates, lexicon);
        if (line.Length <= MaxStampLineLength && onlyDatesOrFiller)
        {
            return new DateStamp(first, line, new TextSpan(line.End, line.End), true, labelKind);
        }

        // A stamp glued to the article: trust it only when a label ("date", "publicado") says it is one,
        // or when it is a bare ISO date at the very start; "El 14 de marzo ..." opens a sentence instead.
        var bareIso = beforeWords == 0 && first.Span.Length > 4 && char.IsAsciiDigit(text[first.Span.Start]) && text[first.Span.Start + 4] == '-';
        return labelled || bareIso
            ? new DateStamp(first, new TextSpan(line.Start, first.Span.End), rest, false, labelKind)
            : null;
    }

    private static bool IsLabel(ReadOnlySpan<char> before, DateLexicon lexicon) => LabelOf(before, lexicon) is not null;

    /// <summary>"published" or "updated" when the words before a date are a date label, else null.</summary>
    private static string? LabelOf(ReadOnlySpan<char> before, DateLexicon lexicon)
    {
        var folded = TextFolding.Fold(before);
        if (lexicon.Label(folded) is { } kind)
        {
            return kind;
        }

        // "Publicado el", "Published on": a label followed by one short preposition.
        var space = folded.LastIndexOf(' ');
        return space > 0 && folded.Length - space <= 4 ? lexicon.Label(folded.AsSpan(0, space)) : null;
    }

    private static bool IsLabelledSecondDate(string text, TextSpan rest, List<DateMatch> dates, DateLexicon lexicon)
    {
        // "12/03/2024 10:00 | Actualizado 12/03/2024 11:30": the rest is another stamp.
        var second = dates.FirstOrDefault(d => d.Span.Start >= rest.Start);
        if (second.Span.IsEmpty || second.Span.End < rest.End - 6)
        {
            return false;
        }

        var between = text.AsSpan(rest.Start, second.Span.Start - rest.Start);
        return LineShape.CountWords(between) == 0 || IsLabel(between, lexicon);
    }
}
