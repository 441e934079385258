using System.Globalization;
using System.Text.RegularExpressions;
using Atalaya.Core.Documents;
using Atalaya.Core.Internal;
using Atalaya.Core.Resources;

namespace Atalaya.Core.Stages.Cleaning;

/// <summary>
/// A dateline opening a paragraph: a place (or a weekday) and a comma, then a date, then the mark
/// that ends a dateline ("El Palmar, Sonora, 3 de abril de 2024.– Hombres armados ...",
/// "LISBOA, 7 mars (AGENCE) – ...", "Sunday, May 5th 2024 - 10:20 UTC"). Wire datelines often give
/// only day and month: <see cref="Day"/> and <see cref="Month"/> are then set and <see cref="Date"/> is null.
/// </summary>
internal readonly partial record struct Dateline(PartialDate? Date, int Month, int Day, TextSpan Span)
{
    private const int MaxPlaceWords = 6;

    // After the date: an optional period, an optional agency in parentheses, then a dash or colon.
    [GeneratedRegex(@"^\.?\s*(?:\([^()\n]{1,40}\)\s*)?(?:\.?[-–—]|:)", RegexOptions.CultureInvariant)]
    private static partial Regex Terminator();

    // "7 mars", "29 de mayo", "04. Mai": a day and a month word without a year.
    [GeneratedRegex(@"^(?<d>\d{1,2})(?:\.|º|°|er|st|nd|rd|th)?\s*(?:de\s+|di\s+|d['’])?(?<mon>\p{L}{3,12})\.?(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonth();

    // "May 5", "mars 7": a month word and a day.
    [GeneratedRegex(@"^(?<mon>\p{L}{3,12})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    public static Dateline? Read(string text, TextSpan line, DateLexicon lexicon)
    {
        var raw = line.AsSpan(text);
        var comma = raw.IndexOf(',');
        if (comma <= 0 || comma > 80)
        {
            return null;
        }

        // The date follows the last comma of the place part ("El Palmar, Sonora, 3 de ...").
        var dateStart = -1;
        for (var i = comma; i < Math.Min(raw.Length, 90); i++)
        {
            if (raw[i] != ',')
            {
                continue;
            }

            var after = i + 1;
            while (after < raw.Length && raw[after] == ' ')
            {
                after++;
            }

            // The place is checked first: it rules out most sentences without folding a word.
            if (after < raw.Length && IsPlace(raw[..i]) && (char.IsAsciiDigit(raw[after]) || lexicon.Month(FirstWord(raw[after..])) > 0))
            {
                dateStart = after;
                break;
            }
        }

        if (dateStart < 0)
        {
            return null;
        }

        var start = line.Start + dateStart;
        var head = new TextSpan(start, Math.Min(line.End, start + 60));
        var full = DateExpressions.Find(text, head, lexicon);
        if (full.Count > 0 && full[0].Span.Start == start && EndsDateline(text, full[0].Span.End, line.End))
        {
            var date = full[0].Date;
            return new Dateline(date, date.Month, date.Day, new TextSpan(line.Start, full[0].Span.End));
        }

        var segment = head.Slice(text);
        foreach (var pattern in new[] { DayMonth(), MonthDay() })
        {
            var match = pattern.Match(segment);
            if (!match.Success)
            {
                continue;
            }

            var month = lexicon.Month(match.Groups["mon"].ValueSpan);
            var day = int.Parse(match.Groups["d"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            if (month > 0 && day is >= 1 and <= 31 && EndsDateline(text, start + match.Length, line.End))
            {
                return new Dateline(null, month, day, new TextSpan(line.Start, start + match.Length));
            }
        }

        return null;
    }

    /// <summary>The day this dateline adds to a month-precision date of the same month, else the date unchanged.</summary>
    public PartialDate Refine(PartialDate date)
        => date.Precision == DatePrecision.Month && Month == date.Month && Day > 0 && PartialDate.TryCreate(date.Year, Month, Day) is { } refined
            ? refined
            : date;

    private static bool EndsDateline(string text, int end, int lineEnd)
        => Terminator().IsMatch(text.AsSpan(end, Math.Min(lineEnd - end, 50)).ToString());

    /// <summary>One to six capitalized words (lowercase particles between them), commas allowed: a place or a weekday.</summary>
    private static bool IsPlace(ReadOnlySpan<char> before)
    {
        before = before.TrimEnd().TrimEnd(',');
        var words = 0;
        foreach (var range in before.Split(' '))
        {
            var word = before[range].Trim(',');
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            foreach (var c in word)
            {
                if (!char.IsLetter(c) && c is not ('-' or '.' or '\'' or '’'))
                {
                    return false;
                }
            }

            if (!char.IsUpper(word[0]) && !(word.Length <= 3 && words > 1))
            {
                return false;
            }
        }

        return words is >= 1 and <= MaxPlaceWords && char.IsUpper(before[0]);
    }

    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> text)
    {
        var end = 0;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return TextFolding.Fold(text[..end]).AsSpan();
    }
}
