using Atalaya.Core.Documents;
using Atalaya.Core.Resources;

namespace Atalaya.Core.Stages.Cleaning;

/// <summary>
/// The publication date from, in order of trust: the source's metadata (HTML meta, JSON field),
/// a date stamp in the first or last lines of the text, the URL. A less trusted source that
/// agrees and is more precise refines the date ("date 2020-08" + URL .../20200802 → 2020-08-02).
/// </summary>
internal static class PublishedDateFinder
{
    private const int HeaderLines = 6;
    private const int FooterLines = 3;

    public static (PartialDate? Date, TextSpan? Span, string? From) Find(string text, List<TextLine> content, SourceMetadata metadata, DateLexicon lexicon)
    {
        var candidates = new List<(PartialDate Date, TextSpan? Span, string From)>();
        if (FromMetadata(metadata.Published, lexicon) is { } declared)
        {
            candidates.Add((declared, null, "metadata"));
        }

        if (FromText(text, content, lexicon) is { } stamp)
        {
            candidates.Add((stamp.Date.Date, stamp.Date.Span, "text"));
        }

        if (UrlDates.Find(metadata.Url) is { } fromUrl)
        {
            candidates.Add((fromUrl, null, "url"));
        }

        if (candidates.Count == 0)
        {
            return (null, null, null);
        }

        var best = candidates[0];
        foreach (var other in candidates.Skip(1))
        {
            if (other.Date.Precision > best.Date.Precision && other.Date.IsCompatibleWith(best.Date))
            {
                best = (other.Date, best.Span ?? other.Span, best.From);
            }
        }

        return best;
    }

    /// <summary>Parses a date as metadata gives it: ISO 8601 usually, or any format the text rules read.</summary>
    public static PartialDate? FromMetadata(string? value, DateLexicon lexicon)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var found = DateExpressions.Find(value, new TextSpan(0, value.Length), lexicon);
        if (found.Count > 0)
        {
            return found[0].Date;
        }

        // Metadata sometimes gives only the year.
        var trimmed = value.Trim();
        return trimmed.Length == 4 && int.TryParse(trimmed, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            ? PartialDate.TryCreate(year, 0, 0)
            : null;
    }

    private static DateStamp? FromText(string text, List<TextLine> content, DateLexicon lexicon)
    {
        // The first stamp wins, except that an "Updated ..." stamp gives way to a publication stamp.
        var zone = content.Take(HeaderLines).Concat(content.Skip(Math.Max(HeaderLines, content.Count - FooterLines)));
        DateStamp? updated = null;
        foreach (var line in zone)
        {
            if (DateStamp.Read(text, line.Content, lexicon) is not { } stamp)
            {
                continue;
            }

            if (stamp.LabelKind != "updated")
            {
                return stamp;
            }

            updated ??= stamp;
        }

        return updated;
    }
}
