using Atalaya.Core.Documents;
using Atalaya.Core.Internal;
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
    private const int MaxDatedBylineLength = 120;
    private const int MaxDatedBylineNameWords = 9;
    private const int MaxWordsAfterBylineDate = 3;

    public static (PartialDate? Date, TextSpan? Span, string? From) Find(
        string text, List<TextLine> content, Func<TextLine, bool> isFurniture, SourceMetadata metadata, DateLexicon dates, BylineLexicon bylines)
    {
        var fromUrl = UrlDates.Find(metadata.Url, dates);
        var header = HeaderZone(content, isFurniture);
        var candidates = new List<(PartialDate Date, TextSpan? Span, string From)>();
        if (FromMetadata(metadata.Published, dates) is { } declared)
        {
            candidates.Add((declared, null, "metadata"));
        }

        if (FromText(text, header, content, dates, bylines, fromUrl) is { } stamp)
        {
            candidates.Add((stamp.Date, stamp.Span, "text"));
        }

        if (fromUrl is { } url)
        {
            candidates.Add((url, null, "url"));
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

        // "date 2020-03" then "BOGOTÁ, 9 avril (AGENCY) –": the dateline's day refines the month.
        foreach (var line in best.Date.Precision == DatePrecision.Month ? header : [])
        {
            if (ReadDateline(text, line.Content, dates) is { } dateline && dateline.Refine(best.Date) is var refined && refined != best.Date)
            {
                best = (refined, best.Span, best.From);
                break;
            }
        }

        return best;
    }

    /// <summary>
    /// The first lines of the article, not counting page furniture: a login box or a navigation
    /// run above the title must not push the date line out of reach.
    /// </summary>
    private static List<TextLine> HeaderZone(List<TextLine> content, Func<TextLine, bool> isFurniture)
        => content.Where(line => !isFurniture(line)).Take(HeaderLines).ToList();

    private static Dateline? ReadDateline(string text, TextSpan line, DateLexicon dates)
    {
        // A glued stamp ("date 2020-03 BOGOTÁ, 9 avril ...") leaves the dateline in its rest.
        if (DateStamp.Read(text, line, dates) is { WholeLine: false } stamp)
        {
            line = stamp.Rest;
        }

        return Dateline.Read(text, line, dates);
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

    /// <summary>
    /// A date stamp in the header or the last lines, else a byline with a date ("Von Agentur, 04. Mai 2015"),
    /// else a dateline after the standfirst. The first stamp wins, except that an "Updated ..." stamp gives
    /// way to a publication stamp, and that a stamp agreeing with the URL's date beats one that does not
    /// (the page's own clock, "Asunción, May 2nd 2024 - 08:32", often sits above the article).
    /// </summary>
    private static (PartialDate Date, TextSpan Span)? FromText(
        string text, List<TextLine> header, List<TextLine> content, DateLexicon dates, BylineLexicon bylines, PartialDate? fromUrl)
    {
        var zone = header.Concat(content.Skip(Math.Max(HeaderLines, content.Count - FooterLines)).Where(line => !header.Contains(line)));
        var found = new List<(PartialDate Date, TextSpan Span, bool Updated)>();
        foreach (var line in zone)
        {
            if (DateStamp.Read(text, line.Content, dates) is { } stamp)
            {
                found.Add((stamp.Date.Date, stamp.Date.Span, stamp.LabelKind == "updated"));
            }
            else if (header.Contains(line) && DatedByline(text, line.Content, dates, bylines) is { } byline)
            {
                found.Add((byline.Date, byline.Span, false));
            }
        }

        if (found.Count == 0)
        {
            foreach (var line in header)
            {
                if (Dateline.Read(text, line.Content, dates) is { Date: { } date } dateline)
                {
                    found.Add((date, dateline.Span, false));
                }
            }
        }

        var published = found.Where(f => !f.Updated).ToList();
        var pool = published.Count > 0 ? published : found;
        if (pool.Count == 0)
        {
            return null;
        }

        var chosen = fromUrl is { } url && pool.FindIndex(f => f.Date.IsCompatibleWith(url)) is >= 0 and var agreeing
            ? pool[agreeing]
            : pool[0];
        return (chosen.Date, chosen.Span);
    }

    /// <summary>"Von Redaktion/Agentur, 04. Mai 2015, 20:11 Uhr", "By Ana Ruiz | March 3, 2024": a byline prefix, a short name, a date.</summary>
    private static DateMatch? DatedByline(string text, TextSpan line, DateLexicon dates, BylineLexicon bylines)
    {
        var raw = line.AsSpan(text);
        if (raw.Length > MaxDatedBylineLength)
        {
            return null;
        }

        var firstSpace = raw.IndexOf(' ');
        var secondSpace = firstSpace < 0 ? -1 : raw[(firstSpace + 1)..].IndexOf(' ');
        var prefixed = firstSpace > 0 && (bylines.Prefixes.Contains(TextFolding.Fold(raw[..firstSpace]))
            || (secondSpace > 0 && bylines.Prefixes.Contains(TextFolding.Fold(raw[..(firstSpace + 1 + secondSpace)]))));
        if (!prefixed)
        {
            return null;
        }

        // A name, a separator and a day, perhaps a time after it; "Por la noche del 3 de abril de 2024 los
        // vecinos ..." and "Av de 40 drepte i april 2024 ..." open the article instead.
        var found = DateExpressions.Find(text, line, dates);
        if (found.Count == 0 || found[0].Date.Precision != DatePrecision.Day || LineShape.EndsLikeSentence(raw))
        {
            return null;
        }

        var date = found[0];
        var before = text.AsSpan(line.Start, date.Span.Start - line.Start).TrimEnd();
        var after = text.AsSpan(date.Span.End, line.End - date.Span.End);
        return before.Length > 0 && before[^1] is ',' or '|' or '-' or '–' or '—' or '·' or '/'
            && LineShape.CountWords(before) <= MaxDatedBylineNameWords && LineShape.CountWords(after) <= MaxWordsAfterBylineDate
            ? date
            : null;
    }
}
