using Atalaya.Core.Documents;
using Atalaya.Core.Resources;

namespace Atalaya.Core.Stages.Cleaning;

/// <summary>
/// Marks whole lines that are page furniture. Signals, strongest first: a phrase of some language
/// pack (share widgets, "Comments", "Read more:", cookie notices, photo credits ...), a bare counter,
/// a date/time stamp line, a caption ending in a photo credit, a one- or two-word section label
/// above the title, and a run of short unpunctuated lines closing the document (site name,
/// initials, "Log in") once the last paragraph has ended.
/// </summary>
internal static class BoilerplateDetector
{
    private const int MaxSectionLabelWords = 2;
    private const int MaxTailLineWords = 4;
    private const int MaxTailLineLength = 40;
    private const int MaxCaptionWords = 60;
    private const int MinParagraphWords = 8;
    private const int MaxWidgetLineWords = 12;

    public static List<BoilerplateSpan> Detect(string text, List<TextLine> lines, AtalayaResources resources)
    {
        var kinds = new string?[lines.Count];
        var content = lines.Where(line => !line.IsBlank).ToList();
        foreach (var line in content)
        {
            kinds[line.Index] = Classify(text, line.Content, resources);
        }

        MarkSectionLabel(text, content, kinds);
        MarkTail(text, content, kinds, resources.Boilerplate);

        var spans = new List<BoilerplateSpan>();
        foreach (var line in content)
        {
            if (kinds[line.Index] is { } kind)
            {
                spans.Add(new BoilerplateSpan(line.Content, kind));
            }
        }

        return spans;
    }

    private static string? Classify(string text, TextSpan line, AtalayaResources resources)
    {
        var raw = line.AsSpan(text);
        if (resources.Boilerplate.Match(raw) is { } phrase)
        {
            return phrase.Kind;
        }

        if (DateStamp.Read(text, line, resources.Dates) is { } stamp
            && (stamp.WholeLine || resources.Boilerplate.Match(stamp.Rest.AsSpan(text)) is not null))
        {
            return "date-stamp";
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

    /// <summary>"Mundo" or "Nacional" alone on the first line, above a heading: a section label.</summary>
    private static void MarkSectionLabel(string text, List<TextLine> content, string?[] kinds)
    {
        var firstUnmarked = content.FindIndex(line => kinds[line.Index] is null);
        if (firstUnmarked < 0 || firstUnmarked + 1 >= content.Count || content.Take(firstUnmarked).Any(l => kinds[l.Index] != "date-stamp"))
        {
            return;
        }

        var raw = content[firstUnmarked].Content.AsSpan(text);
        var next = content[firstUnmarked + 1].Content.AsSpan(text);
        if (LineShape.CountWords(raw) <= MaxSectionLabelWords
            && raw.Length <= 30
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
    /// After the last real paragraph, short unpunctuated lines (signatures, site names, "Log in")
    /// and short lines in widget vocabulary ("Leider kein Kommentar vorhanden!") are page furniture.
    /// </summary>
    private static void MarkTail(string text, List<TextLine> content, string?[] kinds, BoilerplateLexicon lexicon)
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
            if (words <= MaxTailLineWords && raw.Length <= MaxTailLineLength && !LineShape.HasAnyPunctuation(raw))
            {
                kinds[line.Index] = "tail";
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
