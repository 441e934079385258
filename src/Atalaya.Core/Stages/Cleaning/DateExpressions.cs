using System.Globalization;
using System.Text.RegularExpressions;
using Atalaya.Core.Documents;
using Atalaya.Core.Resources;

namespace Atalaya.Core.Stages.Cleaning;

/// <summary>A date written in the text and where.</summary>
internal readonly record struct DateMatch(PartialDate Date, TextSpan Span);

/// <summary>
/// Finds absolute calendar dates in a stretch of text: ISO ("2020-07", "2024-03-12T10:00Z"),
/// numeric day-first ("14/10/2019 - 15:59:24", "05.02.2025 kl. 14:10"), and written months in
/// any language pack ("13 de diciembre de 2017", "12 March 2024", "March 12, 2024", "diciembre de 2017").
/// Month names come from data/lang/*/months.tsv.
/// </summary>
internal static partial class DateExpressions
{
    private const string Time = @"(?:[T\s,]+(?:kl\.?\s*|à\s+|a\s+las\s+|um\s+|at\s+|om\s+|às\s+|alle\s+)?\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?(?:\.\d+)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}|[AaPp]\.?[Mm]\.?|h|Uhr|CET|CEST|UTC|GMT))?)?";

    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})-(?<m>\d{1,2})(?:-(?<d>\d{1,2}))?(?![\d-])" + Time, RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@"(?<![\d.\-/])(?<a>\d{1,2})(?<sep>[./-])(?<b>\d{1,2})\k<sep>(?<y>\d{4}|\d{2})(?![\d/])" + Time, RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<d>\d{1,2})(?:\.|º|°|er|st|nd|rd|th)?\s*(?:de\s+|di\s+|d['’])?(?<mon>\p{L}{3,12})\.?,?\s*(?:de\s+|del\s+)?(?<y>\d{4})(?!\d)" + Time, RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<mon>\p{L}{3,12})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})(?!\d)" + Time, RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<mon>\p{L}{3,12})\.?,?\s+(?:de\s+|del\s+)?(?<y>\d{4})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    /// <summary>All non-overlapping dates in <paramref name="span"/>, most precise reading first where they overlap.</summary>
    public static List<DateMatch> Find(string text, TextSpan span, DateLexicon lexicon)
    {
        var found = new List<DateMatch>();
        var (hasYear, hasNumericDate) = Shapes(span.AsSpan(text));
        if (!hasYear && !hasNumericDate)
        {
            return found;
        }

        var segment = span.Slice(text);
        if (hasYear)
        {
            Collect(found, Iso().Matches(segment), span.Start, m => PartialDate.TryCreate(Int(m, "y"), Int(m, "m"), Int(m, "d")));
        }

        if (hasNumericDate)
        {
            Collect(found, Numeric().Matches(segment), span.Start, ReadNumeric);
        }

        if (hasYear)
        {
            Collect(found, DayMonthYear().Matches(segment), span.Start, m => Written(m, lexicon, Int(m, "d")));
            Collect(found, MonthDayYear().Matches(segment), span.Start, m => Written(m, lexicon, Int(m, "d")));
            Collect(found, MonthYear().Matches(segment), span.Start, m => Written(m, lexicon, 0));
        }

        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }

    /// <summary>
    /// What the patterns need, read in one pass so most text runs no regex at all: every pattern but
    /// <see cref="Numeric"/> needs a year, a run of exactly four digits (\d is any Unicode digit, as
    /// <see cref="char.IsDigit(char)"/>); <see cref="Numeric"/> needs a digit, a separator and a digit.
    /// </summary>
    private static (bool HasYear, bool HasNumericDate) Shapes(ReadOnlySpan<char> segment)
    {
        bool hasYear = false, hasNumericDate = false;
        var run = 0;
        for (var i = 0; i < segment.Length; i++)
        {
            if (char.IsDigit(segment[i]))
            {
                run++;
                continue;
            }

            hasYear |= run == 4;
            hasNumericDate |= run > 0 && segment[i] is '.' or '/' or '-' && i + 1 < segment.Length && char.IsDigit(segment[i + 1]);
            run = 0;
        }

        return (hasYear || run == 4, hasNumericDate);
    }

    private static void Collect(List<DateMatch> found, MatchCollection matches, int offset, Func<Match, PartialDate?> read)
    {
        foreach (Match match in matches)
        {
            if (read(match) is not { } date)
            {
                continue;
            }

            var span = new TextSpan(offset + match.Index, offset + match.Index + match.Length);
            if (!found.Any(existing => existing.Span.Overlaps(span)))
            {
                found.Add(new DateMatch(date, span));
            }
        }
    }

    private static PartialDate? ReadNumeric(Match match)
    {
        var a = Int(match, "a");
        var b = Int(match, "b");
        var year = Int(match, "y");
        if (match.Groups["y"].Length == 2)
        {
            year += year < 70 ? 2000 : 1900;
        }

        // Day first, as most of the world writes it; month first only when the day-first reading is impossible.
        return PartialDate.TryCreate(year, b, a) ?? PartialDate.TryCreate(year, a, b);
    }

    private static PartialDate? Written(Match match, DateLexicon lexicon, int day)
    {
        var month = lexicon.Month(match.Groups["mon"].ValueSpan);
        if (month == 0)
        {
            return null;
        }

        return PartialDate.TryCreate(Int(match, "y"), month, day);
    }

    private static int Int(Match match, string group)
    {
        var g = match.Groups[group];
        return g.Success ? int.Parse(g.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture) : 0;
    }
}
