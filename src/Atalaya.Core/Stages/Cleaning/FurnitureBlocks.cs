using Atalaya.Core.Resources;

namespace Atalaya.Core.Stages.Cleaning;

/// <summary>
/// Furniture recognised by shape and position rather than by its own words: a run of bulleted link
/// lines (a menu), the teaser headlines under a "related" heading, and everything under a "related" or
/// "comments" heading once no article paragraph follows it. Their words (other stories' headlines) would
/// otherwise give entities and events that the article never reported.
/// </summary>
internal static class FurnitureBlocks
{
    private const int MinNavigationRun = 3;
    private const int MinMenuRun = 4;
    private const int MaxMenuWords = 2;
    private const int MaxMenuLineLength = 30;
    private const int MaxNavigationItemWords = 4;
    private const int MaxHeadingWords = 6;
    private const int MaxTeaserWords = 16;
    private const int MaxTeasers = 6;
    private const int MinParagraphWords = 8;

    // A teaser summarises another story in two or three sentences; a longer closing paragraph is the article's.
    private const int MaxTeaserParagraphWords = 60;

    // Closing sentences of paragraph length without widget words are article prose: a block with one is no furniture.
    private const int MinProseWords = 8;

    /// <summary>
    /// Three or more bulleted lines of a few words ("- Home", "• Newsletter") before the first paragraph or
    /// after the last one, or four or more bare lines of one or two words ("Home", "World", "Sports",
    /// "Opinion") before the first paragraph: a menu. Inside the article such a list would be content,
    /// so it is left alone; at the end the tail rule already takes short lines.
    /// </summary>
    public static void MarkNavigationRuns(string text, List<TextLine> content, string?[] kinds)
    {
        var firstParagraph = content.FindIndex(line => IsParagraph(text, line));
        var lastParagraph = content.FindLastIndex(line => IsParagraph(text, line));
        foreach (var (isItem, minRun, footerToo) in new (Func<string, TextLine, bool>, int, bool)[]
        {
            ((t, line) => IsNavigationItem(line.Content.AsSpan(t)), MinNavigationRun, true),
            ((t, line) => IsMenuWord(line.Content.AsSpan(t)), MinMenuRun, false),
        })
        {
            var runStart = -1;
            for (var i = 0; i <= content.Count; i++)
            {
                if (i < content.Count && isItem(text, content[i]))
                {
                    runStart = runStart < 0 ? i : runStart;
                    continue;
                }

                var beforeArticle = i <= firstParagraph || firstParagraph < 0;
                if (runStart >= 0 && i - runStart >= minRun && (beforeArticle || (footerToo && runStart > lastParagraph)))
                {
                    for (var j = runStart; j < i; j++)
                    {
                        kinds[content[j].Index] ??= "navigation";
                    }
                }

                runStart = -1;
            }
        }
    }

    /// <summary>Under a "related" heading ("More news", "Mehr aus ..."), the headline-shaped lines that follow are other stories.</summary>
    public static void MarkTeasers(string text, List<TextLine> content, string?[] kinds)
    {
        for (var i = 0; i < content.Count; i++)
        {
            if (kinds[content[i].Index] != "related" || !IsHeading(text, content[i]))
            {
                continue;
            }

            var teasers = 0;
            for (var j = i + 1; j < content.Count && teasers < MaxTeasers; j++)
            {
                var line = content[j];
                if (kinds[line.Index] is not null)
                {
                    continue;
                }

                var raw = line.Content.AsSpan(text);
                if (LineShape.CountWords(raw) > MaxTeaserWords || ClosesLikeSentence(raw))
                {
                    break;
                }

                kinds[line.Index] = "teaser";
                teasers++;
            }
        }
    }

    /// <summary>
    /// A "related" or "comments" heading after the article whose following lines hold no article prose
    /// (no sentence of eight words or more without widget words): everything from it to the end is
    /// furniture (teasers, follow-topic hints, comment rules and sorting, loaders).
    /// </summary>
    public static void MarkClosingBlock(string text, List<TextLine> content, string?[] kinds, BoilerplateLexicon lexicon)
    {
        var opener = -1;
        for (var i = content.Count - 1; i > 0; i--)
        {
            var line = content[i];
            var kind = kinds[line.Index];
            if (kind is "related" or "comments" && IsHeading(text, line))
            {
                opener = i;
            }
            else if (kinds[line.Index] is null && IsProse(text, line, lexicon))
            {
                break;
            }
        }

        if (opener < 0 || !content.Take(opener).Any(line => kinds[line.Index] is null && IsParagraph(text, line)))
        {
            return;
        }

        for (var i = opener + 1; i < content.Count; i++)
        {
            kinds[content[i].Index] ??= "closing";
        }
    }

    /// <summary>
    /// The article's last paragraph when its closing sentence is a call to read another story
    /// ("... Read the full story here."): a teaser for that story, not this article's text.
    /// </summary>
    public static void MarkClosingTeaser(string text, List<TextLine> content, string?[] kinds, BoilerplateLexicon lexicon)
    {
        var last = content.FindLastIndex(line => kinds[line.Index] is null);
        if (last <= 0)
        {
            return;
        }

        var closing = content[last].Content.AsSpan(text);
        if (LineShape.CountWords(closing) > MaxTeaserParagraphWords)
        {
            return;
        }

        var end = closing.Length - 1;
        while (end > 0 && closing[end] is '.' or '!' or '?' or '"' or '”' or '»' or ')')
        {
            end--;
        }

        var start = closing[..(end + 1)].LastIndexOfAny(".!?") + 1;
        if (lexicon.MatchCall(closing[start..].Trim()) is not null)
        {
            kinds[content[last].Index] = "teaser";
        }
    }

    private static bool IsProse(string text, TextLine line, BoilerplateLexicon lexicon)
    {
        var raw = line.Content.AsSpan(text);
        return LineShape.CountWords(raw) >= MinProseWords && LineShape.EndsLikeSentence(raw) && !lexicon.HasWidgetWord(raw);
    }

    private static bool IsParagraph(string text, TextLine line)
    {
        var raw = line.Content.AsSpan(text);
        return LineShape.CountWords(raw) >= MinParagraphWords && LineShape.EndsLikeSentence(raw);
    }

    private static bool IsHeading(string text, TextLine line)
    {
        var raw = line.Content.AsSpan(text);
        return LineShape.CountWords(raw) <= MaxHeadingWords && !ClosesLikeSentence(raw);
    }

    // Teaser headlines may end with "?" or "!", never with a period; an ellipsis is a loader's, not a sentence's.
    private static bool ClosesLikeSentence(ReadOnlySpan<char> line)
    {
        line = line.TrimEnd("\"'”’»)] ".AsSpan());
        return line.Length > 0 && line[^1] is '.' or ',' or ';' && !line.EndsWith("...", StringComparison.Ordinal);
    }

    /// <summary>"World", "Science & Tech": one or two words, no digits, no punctuation but "&amp;".</summary>
    private static bool IsMenuWord(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || line.Length > MaxMenuLineLength || LineShape.CountWords(line) > MaxMenuWords)
        {
            return false;
        }

        foreach (var c in line)
        {
            if (!char.IsLetter(c) && c is not (' ' or '&' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"- Home", "• ABO / EPAPER", "* Sports": a bullet and a few words.</summary>
    private static bool IsNavigationItem(ReadOnlySpan<char> line)
    {
        if (line.Length < 3 || line[0] is not ('-' or '•' or '*' or '·' or '►' or '▪' or '–') || line[1] != ' ')
        {
            return false;
        }

        var item = line[2..];
        return LineShape.CountWords(item) is > 0 and <= MaxNavigationItemWords && !ClosesLikeSentence(item);
    }
}
