using System.Globalization;
using System.Text.RegularExpressions;
using Atalaya.Core.Documents;

namespace Atalaya.Core.Stages.Cleaning;

/// <summary>Publication dates that news sites put in their URLs: /2017/12/13/, /2017/12/, -20171213-, /2017-12-13/.</summary>
internal static partial class UrlDates
{
    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})/(?<m>\d{1,2})(?:/(?<d>\d{1,2}))?(?=/|$|\?|#|-|_)", RegexOptions.CultureInvariant)]
    private static partial Regex Slashed();

    [GeneratedRegex(@"(?<=[/_\-.])(?<y>(?:19|20)\d{2})-(?<m>\d{2})-(?<d>\d{2})(?=[/_\-.?#]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Dashed();

    [GeneratedRegex(@"(?<=[/_\-.])(?<y>(?:19|20)\d{2})(?<m>\d{2})(?<d>\d{2})(?=[/_\-.?#]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Compact();

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
