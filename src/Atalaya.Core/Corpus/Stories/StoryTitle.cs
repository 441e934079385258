using System.Text.RegularExpressions;
using Atalaya.Core.Contract;
using Atalaya.Core.Corpus.Duplicates;

namespace Atalaya.Core.Corpus.Stories;

/// <summary>
/// A story's title, from its first document: the headline, or when it has none the lead sentence of
/// its body, cut at a word near <see cref="MaxLength"/> characters. Pasted text and feeds without
/// headlines are common, and a list of blank stories cannot be read. The first document decides, so
/// that a story's title does not depend on how its documents were split into ingest runs.
/// </summary>
internal static partial class StoryTitle
{
    /// <summary>About the length of a long headline.</summary>
    public const int MaxLength = 110;

    /// <summary>A lead sentence shorter than this is a fragment (a caption, a dateline), not a title.</summary>
    private const int MinLength = 20;

    public static string? Of(ContractDocument document)
        => string.IsNullOrWhiteSpace(document.Title) ? Lead(document) : document.Title;

    /// <summary>The first sentence of the body outside boilerplate, without a leading date stamp; null when there is none.</summary>
    public static string? Lead(ContractDocument document)
    {
        if (document.Text is not { Length: > 0 } text)
        {
            return null;
        }

        var position = 0;
        foreach (var (start, end) in ArticleBody.Excluded(document, text))
        {
            if (text.AsSpan(position, Math.Max(0, start - position)).IsWhiteSpace())
            {
                position = Math.Max(position, end);
                continue;
            }

            return Sentence(text.AsSpan(position, start - position));
        }

        return Sentence(text.AsSpan(position));
    }

    private static string? Sentence(ReadOnlySpan<char> body)
    {
        var line = body.TrimStart();
        var newline = line.IndexOf('\n');
        line = (newline >= 0 ? line[..newline] : line).Trim();
        if (DateStamp().Match(line.ToString()) is { Success: true } stamp)
        {
            line = line[stamp.Length..];
        }

        var end = SentenceEnd(line);
        var sentence = line[..end].Trim();
        if (sentence.Length < MinLength)
        {
            return null;
        }

        if (sentence.Length <= MaxLength)
        {
            return sentence.ToString();
        }

        var cut = sentence[..MaxLength].LastIndexOf(' ');
        return string.Concat(sentence[..(cut > MinLength ? cut : MaxLength)].TrimEnd(" ,;:—–-".AsSpan()), "…");
    }

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
