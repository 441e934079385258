using Atalaya.Core.Documents;
using Atalaya.Core.Internal;
using Atalaya.Core.Resources;

namespace Atalaya.Core.Stages.Cleaning;

/// <summary>
/// Marks whole lines that are page furniture. Signals, strongest first: a phrase of some language
/// pack (share widgets, "Comments", "Read more:", cookie notices, photo credits ...), the same phrase
/// after a counter ("0 Kommentare"), a bare counter, a date/time stamp line, a caption ending in a
/// photo credit, a one- or two-word section label above the title, runs of bulleted link lines
/// (navigation), the blocks that follow a "related"/"comments" heading (<see cref="FurnitureBlocks"/>),
/// and a run of short unpunctuated lines closing the document (site name, editors' initials,
/// "Log in") once the last paragraph has ended.
/// </summary>
internal static class BoilerplateDetector
{
    public const string DateStampKind = "date-stamp";
    public const string PageTimestampKind = "page-timestamp";

    private const int MaxSectionLabelWords = 2;
    private const int MaxTailLineWords = 4;
    private const int MaxTailLineLength = 40;
    private const int MaxCaptionWords = 60;
    private const int MinParagraphWords = 8;
    private const int MaxWidgetLineWords = 12;
    private const int MaxTimestampLineLength = 70;

    // The page's clock sits with the masthead and the title, in the first lines.
    private const int TimestampZoneLines = 6;

    /// <summary>The kind of furniture of every line (indexed by <see cref="TextLine.Index"/>), null for article text.</summary>
    public static string?[] Classify(string text, List<TextLine> lines, AtalayaResources resources)
    {
        var kinds = new string?[lines.Count];
        var content = lines.Where(line => !line.IsBlank).ToList();
        foreach (var line in content)
        {
            kinds[line.Index] = Classify(text, line.Content, resources);
        }

        MarkSectionLabel(text, content, kinds, resources.Bylines);
        FurnitureBlocks.MarkNavigationRuns(text, content, kinds);
        FurnitureBlocks.MarkTeasers(text, content, kinds);
        MarkTail(text, content, kinds, resources.Boilerplate, resources.Bylines);
        FurnitureBlocks.MarkClosingBlock(text, content, kinds, resources.Boilerplate);
        FurnitureBlocks.MarkClosingTeaser(text, content, kinds, resources.Boilerplate);
        return kinds;
    }

    /// <summary>
    /// A date stamp is the article's own date line when it agrees with the publication date (an
    /// "Updated ..." stamp stays furniture: it dates the page, not the article), and
    /// furniture when it contradicts it (the page's clock: "Asunción, May 2nd 2024 - 08:32 UTC"
    /// above an article of 2020). A dateline in the first lines that carries nothing but a date and a time is such a clock too.
    /// </summary>
    public static void ResolveDateStamps(string text, List<TextLine> content, string?[] kinds, PartialDate? published, DateLexicon dates)
    {
        if (published is not { } date)
        {
            return;
        }

        for (var i = 0; i < content.Count; i++)
        {
            var line = content[i];
            var kind = kinds[line.Index];
            if (kind == DateStampKind && DateStamp.Read(text, line.Content, dates) is { WholeLine: true } stamp
                && stamp.LabelKind != "updated" && stamp.Date.Date.IsCompatibleWith(date))
            {
                kinds[line.Index] = null;
            }
            else if (kind is null && i < TimestampZoneLines && line.Content.Length <= MaxTimestampLineLength && Dateline.Read(text, line.Content, dates) is { Date: { } stamped } dateline
                && !stamped.IsCompatibleWith(date) && OnlyTimeFollows(text, dateline.Span.End, line.Content.End))
            {
                kinds[line.Index] = PageTimestampKind;
            }
        }
    }

    public static List<BoilerplateSpan> ToSpans(List<TextLine> lines, string?[] kinds)
    {
        var spans = new List<BoilerplateSpan>();
        foreach (var line in lines)
        {
            if (!line.IsBlank && kinds[line.Index] is { } kind)
            {
                spans.Add(new BoilerplateSpan(line.Content, kind));
            }
        }

        return spans;
    }

    // "- 08:32 UTC", "| 10h20": a clock time and a zone at most.
    private static bool OnlyTimeFollows(string text, int start, int end)
    {
        var rest = text.AsSpan(start, end - start);
        foreach (var c in rest)
        {
            if (char.IsLetter(c) && !char.IsUpper(c) && c is not ('h' or 'm'))
            {
                return false;
            }
        }

        return LineShape.CountWords(rest) <= 3;
    }

    private static string? Classify(string text, TextSpan line, AtalayaResources resources)
    {
        var raw = line.AsSpan(text);
        if (resources.Boilerplate.Match(raw) is { } phrase)
        {
            return phrase.Kind;
        }

        // "0 Kommentare", "12 comments": a counter in front of a widget phrase.
        if (AfterCounter(raw) is { IsEmpty: false } counted && resources.Boilerplate.Match(counted) is { } countedPhrase)
        {
            return countedPhrase.Kind;
        }

        if (DateStamp.Read(text, line, resources.Dates) is { } stamp)
        {
            if (stamp.WholeLine || resources.Boilerplate.Match(stamp.Rest.AsSpan(text)) is not null)
            {
                return DateStampKind;
            }
        }

        if (LineShape.IsCounter(raw))
        {
            return "counter";
        }

        if (resources.Boilerplate.TrailingCredit is { } credit
            && raw.Contains(':')
            && LineShape.CountWords(raw) <= MaxCaptionWords
            && credit.IsMatch(raw))
        {
            return "photo_credit";
        }

        return null;
    }

    private static ReadOnlySpan<char> AfterCounter(ReadOnlySpan<char> line)
    {
        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        return digits is > 0 and <= 6 && digits < line.Length && line[digits] == ' ' ? line[digits..].Trim() : [];
    }

    /// <summary>
    /// "Mundo" or "Nacional" alone on the first line, above a heading: a section label. An agency
    /// ("NTB", "EFE") there credits the story and stays article text, where it is an entity.
    /// </summary>
    private static void MarkSectionLabel(string text, List<TextLine> content, string?[] kinds, BylineLexicon bylines)
    {
        var firstUnmarked = content.FindIndex(line => kinds[line.Index] is null);
        if (firstUnmarked < 0 || firstUnmarked + 1 >= content.Count || content.Take(firstUnmarked).Any(l => kinds[l.Index] != DateStampKind))
        {
            return;
        }

        var raw = content[firstUnmarked].Content.AsSpan(text);
        var next = content[firstUnmarked + 1].Content.AsSpan(text);
        if (LineShape.CountWords(raw) <= MaxSectionLabelWords
            && raw.Length <= 30
            && !bylines.Roles.Contains(TextFolding.Fold(raw))
            && !LineShape.HasAnyPunctuation(raw)
            && LineShape.CountWords(next) > MaxSectionLabelWords + 1)
        {
            kinds[content[firstUnmarked].Index] = "section";
        }
    }

    // "... did not respond to a request for comment." is a sentence; widgets end without a period.
    private static bool EndsWithPeriod(ReadOnlySpan<char> line)
    {
        line = line.TrimEnd("\"'”’»)] ".AsSpan());
        return line.Length > 0 && line[^1] is '.' or ';' or ',';
    }

    /// <summary>
    /// After the last real paragraph, short unpunctuated lines (signatures, site names, "Log in"), a wire
    /// story's closing editors' initials ("abc/xyz")
    /// and short lines in widget vocabulary ("Leider kein Kommentar vorhanden!") are page furniture.
    /// </summary>
    private static void MarkTail(string text, List<TextLine> content, string?[] kinds, BoilerplateLexicon lexicon, BylineLexicon bylines)
    {
        if (!content.Any(line => kinds[line.Index] is null && LineShape.CountWords(line.Content.AsSpan(text)) > MinParagraphWords))
        {
            return;
        }

        for (var i = content.Count - 1; i > 0; i--)
        {
            var line = content[i];
            if (kinds[line.Index] is not null)
            {
                continue;
            }

            var raw = line.Content.AsSpan(text);
            var words = LineShape.CountWords(raw);

            // "NTB", "EFE", "Reuters" closing the story credit the agency: article text, where the agency is an entity.
            if (raw.Length <= MaxTailLineLength && bylines.Roles.Contains(TextFolding.Fold(raw)))
            {
                continue;
            }

            if (words <= MaxTailLineWords && raw.Length <= MaxTailLineLength && !LineShape.HasAnyPunctuation(raw))
            {
                // "The" (a sentence cut off by the scraper) and "Women at the forefront" (a subheading of a
                // truncated article) are article text; "Daily Post", "SV", "NTB" sign the page.
                if (lexicon.IsOnlyFunctionWords(raw) || lexicon.ReadsLikeHeading(raw))
                {
                    return;
                }

                kinds[line.Index] = "tail";
            }
            else if (LineShape.IsEditorInitials(raw))
            {
                kinds[line.Index] = "initials";
            }
            else if (words <= MaxWidgetLineWords && !EndsWithPeriod(raw) && lexicon.HasWidgetWord(raw))
            {
                kinds[line.Index] = "widget";
            }
            else
            {
                return;
            }
        }
    }
}
