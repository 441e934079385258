using System.Globalization;
using System.Text.RegularExpressions;
using Atalaya.Core.Documents;
using Atalaya.Core.Resources;

namespace Atalaya.Core.Stages.Cleaning;

/// <summary>
/// Publication dates that news sites put in their URLs: /2017/12/13/, /2017/12/, -20171213-, /2017-12-13/,
/// and with a month name of any language pack: /20_giugno_27/, /2017/dec/13/, -13-december-2017-.
/// </summary>
internal static partial class UrlDates
{
    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})/(?<m>\d{1,2})(?:/(?<d>\d{1,2}))?(?=/|$|\?|#|-|_)", RegexOptions.CultureInvariant)]
    private static partial Regex Slashed();

    [GeneratedRegex(@"(?<=[/_\-.])(?<y>(?:19|20)\d{2})-(?<m>\d{2})-(?<d>\d{2})(?=[/_\-.?#]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Dashed();

    [GeneratedRegex(@"(?<=[/_\-.])(?<y>(?:19|20)\d{2})(?<m>\d{2})(?<d>\d{2})(?=[/_\-.?#]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Compact();

    // Year, month word, day; a two-digit year only as a whole path segment ("/20_giugno_27/"), where a slug's "-15-mayo-3-" cannot pass for one.
    [GeneratedRegex(@"(?:(?<=[/_\-.])(?<y>(?:19|20)\d{2})[/_\-](?<mon>\p{L}{3,12})[/_\-](?<d>\d{1,2})|(?<=/)(?<y>\d{2})_(?<mon>\p{L}{3,12})_(?<d>\d{1,2}))(?=[/_\-.?#]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex YearMonthNameDay();

    [GeneratedRegex(@"(?<=[/_\-.])(?<d>\d{1,2})[_\-](?<mon>\p{L}{3,12})[_\-](?<y>(?:19|20)\d{2})(?=[/_\-.?#]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthNameYear();

    /// <summary>The most precise date of the URL, month names included.</summary>
    public static PartialDate? Find(string? url, DateLexicon months)
    {
        var best = Find(url);
        if (string.IsNullOrEmpty(url) || best is { Precision: DatePrecision.Day })
        {
            return best;
        }

        foreach (var pattern in new[] { YearMonthNameDay(), DayMonthNameYear() })
        {
            foreach (Match match in pattern.Matches(url))
            {
                var year = Int(match, "y");
                year += year < 100 ? 2000 : 0;
                var month = months.Month(match.Groups["mon"].ValueSpan);
                if (month > 0 && PartialDate.TryCreate(year, month, Int(match, "d")) is { } date
                    && (best is null || (date.Precision > best.Value.Precision && date.IsCompatibleWith(best.Value))))
                {
                    best = date;
                }
            }
        }

        return best;
    }

    public static PartialDate? Find(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }

        // The most precise date any pattern finds: "/2021/09/...-20210914" is 2021-09-14.
        PartialDate? best = null;
        foreach (var pattern in new[] { Slashed(), Dashed(), Compact() })
        {
            foreach (Match match in pattern.Matches(url))
            {
                var day = match.Groups["d"].Success ? Int(match, "d") : 0;
                if (PartialDate.TryCreate(Int(match, "y"), Int(match, "m"), day) is { } date
                    && (best is null || (date.Precision > best.Value.Precision && date.IsCompatibleWith(best.Value))))
                {
                    best = date;
                }
            }
        }

        return best;
    }

    private static int Int(Match match, string group)
        => int.Parse(match.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
}
