using System.Text.RegularExpressions;
using Atalaya.Core.Contract;
using Atalaya.Core.Corpus.Duplicates;

namespace Atalaya.Core.Corpus.Stories;

/// <summary>
/// A story's title, from its first document: the headline, or when it has none (or the header line
/// taken for one is a dateline or a byline) the lead sentence of its body, cut at a word near
/// <see cref="MaxLength"/> characters. Pasted text and feeds without
/// headlines are common, and a list of blank stories cannot be read. The first document decides, so
/// that a story's title does not depend on how its documents were split into ingest runs.
/// </summary>
internal static partial class StoryTitle
{
    /// <summary>About the length of a long headline.</summary>
    public const int MaxLength = 110;

    /// <summary>A lead sentence shorter than this is a fragment (a caption, a dateline), not a title.</summary>
    private const int MinLength = 20;

    /// <summary>Header lines looked at for a lead sentence: past them it is no longer the lead.</summary>
    private const int LeadLines = 4;

    public static string? Of(ContractDocument document)
        => document.Title is { } title && IsHeadline(title.Trim(), document.Byline) ? title : Lead(document);

    /// <summary>Fewest words of a headline: a line of one or two words atop a page is an agency's credit ("NTB"), a section or a site name.</summary>
    private const int MinHeadlineWords = 3;

    /// <summary>
    /// A headline opens with a word (a letter, a digit or a quote), not with a dash or a bullet of
    /// page furniture ("- logo-icon"), has a few words, and is neither a dateline nor a byline.
    /// </summary>
    private static bool IsHeadline(string title, string? byline)
        => title.Length > 0 && (char.IsLetterOrDigit(title[0]) || title[0] is '"' or '«' or '“' or '‘' or '\'' or '¿' or '¡')
            && title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinHeadlineWords
            && !HeaderLines.IsDateline(title) && !HeaderLines.IsByline(title, byline);

    /// <summary>
    /// The first sentence of the body outside boilerplate, past a date stamp, dateline or byline; null when there is none.
    /// </summary>
    public static string? Lead(ContractDocument document)
    {
        if (document.Text is not { Length: > 0 } text)
        {
            return null;
        }

        var position = 0;
        var lines = 0;
        foreach (var (start, end) in ArticleBody.Excluded(document, text))
        {
            if (start > position && Sentence(text.AsSpan(position, start - position), document.Byline, ref lines) is { } found)
            {
                return found;
            }

            position = Math.Max(position, end);
        }

        return position < text.Length ? Sentence(text.AsSpan(position), document.Byline, ref lines) : null;
    }

    /// <summary>The first line of the body that holds a sentence, cleaned; <paramref name="lines"/> counts the lines looked at.</summary>
    private static string? Sentence(ReadOnlySpan<char> body, string? byline, ref int lines)
    {
        foreach (var range in body.Split('\n'))
        {
            var line = body[range].Trim().ToString();
            if (line.Length == 0)
            {
                continue;
            }

            if (++lines > LeadLines)
            {
                return null;
            }

            if (DateStamp().Match(line) is { Success: true } stamp)
            {
                line = line[stamp.Length..];
            }

            line = line[HeaderLines.LeadingDateline(line)..];
            if (line.Length == 0 || IsListItem(line[0]) || HeaderLines.IsDateline(line) || HeaderLines.IsByline(line, byline))
            {
                continue;
            }

            if (Cut(line) is { } sentence)
            {
                return sentence;
            }
        }

        return null;
    }

    private static string? Cut(ReadOnlySpan<char> line)
    {
        var end = SentenceEnd(line);
        var sentence = line[..end].Trim();
        if (sentence.Length < MinLength)
        {
            return null;
        }

        if (sentence.Length <= MaxLength)
        {
            // A short line without a full stop is a label of the page ("Sign in", "Load comments"), not a sentence.
            return sentence[^1] is '.' or '!' or '?' or '…' or '"' or '»' or '”' ? sentence.ToString() : null;
        }

        var cut = sentence[..MaxLength].LastIndexOf(' ');
        return string.Concat(sentence[..(cut > MinLength ? cut : MaxLength)].TrimEnd(" ,;:—–-".AsSpan()), "…");
    }

    /// <summary>A list bullet: menus and link lists, not the article.</summary>
    private static bool IsListItem(char first) => first is '•' or '·' or '*' or '‣' or '▪' or '►' or '|';

    /// <summary>The end of the first sentence: a full stop, "!" or "?" followed by a space, or the line's end.</summary>
    private static int SentenceEnd(ReadOnlySpan<char> line)
    {
        for (var i = MinLength; i < line.Length - 1; i++)
        {
            if (line[i] is '.' or '!' or '?' && line[i + 1] == ' ' && !char.IsDigit(line[i - 1]))
            {
                return i + 1;
            }
        }

        return line.Length;
    }

    /// <summary>A scraper's date stamp in front of the text ("date 2024-10-05 ", "2024-10 "): a label word at most, and an ISO date.</summary>
    [GeneratedRegex(@"^(\p{L}+\s+)?\d{4}-\d{2}(-\d{2})?\s+", RegexOptions.CultureInvariant)]
    private static partial Regex DateStamp();
}
