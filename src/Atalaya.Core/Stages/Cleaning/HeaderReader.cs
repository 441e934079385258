using Atalaya.Core.Documents;
using Atalaya.Core.Internal;
using Atalaya.Core.Resources;

namespace Atalaya.Core.Stages.Cleaning;

/// <summary>
/// Title and byline from the top of the article: the title is the first heading-like line that is
/// not boilerplate; the byline is a "By X" / "Por X" / "Door X" / "Av X" line, or a short
/// name-only line, right under it.
/// </summary>
internal static class HeaderReader
{
    private const int MaxTitleWords = 30;
    private const int MaxTitleLength = 250;
    private const int BylineSearchLines = 3;
    private const int MaxNameWords = 6;
    private const int MaxNameOnlyWords = 4;
    private const int MaxNameOnlyLength = 40;
    private const int MaxBylineWords = 14;
    private const int MaxPrefixWords = 4;

    // Lowercase particles inside personal names in the supported languages.
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "de", "del", "della", "di", "da", "das", "do", "dos", "du", "la", "le", "van", "von", "der", "den", "ter", "te", "y", "e", "zu", "af", "bin", "al",
    };

    private static readonly HashSet<string> Conjunctions = new(StringComparer.Ordinal)
    {
        "y", "e", "and", "en", "og", "och", "und", "et", "i",
    };

    public static (string? Title, TextSpan? TitleSpan, int TitleLine) FindTitle(string text, List<TextLine> content, Func<TextLine, bool> isBoilerplate, string? metadataTitle, DateLexicon dates)
    {
        var first = content.FindIndex(line => !isBoilerplate(line));
        if (first >= 0 && first + 1 < content.Count)
        {
            var line = content[first];

            // "date 2025-12-06 La explosión de un coche bomba ...": the title follows a glued date stamp.
            var candidate = DateStamp.Read(text, line.Content, dates) is { WholeLine: false } stamp ? stamp.Rest : line.Content;
            var raw = candidate.AsSpan(text);
            var looksLikeHeading = LineShape.CountWords(raw) is > 0 and <= MaxTitleWords
                && raw.Length <= MaxTitleLength
                && !LineShape.EndsLikeSentence(raw[^1] is '!' or '?' ? raw[..^1] : raw);
            var agreesWithMetadata = metadataTitle is null || Similar(raw, metadataTitle);
            if (looksLikeHeading && agreesWithMetadata)
            {
                return (candidate.Slice(text), candidate, first);
            }
        }

        if (metadataTitle is not null)
        {
            // Metadata title also printed as the first line: point at it.
            var printed = content.FindIndex(line => Similar(line.Content.AsSpan(text), metadataTitle));
            return printed >= 0 && printed < 4
                ? (metadataTitle, content[printed].Content, printed)
                : (metadataTitle, null, -1);
        }

        return (null, null, -1);
    }

    public static (string? Byline, TextSpan? Span) FindByline(string text, List<TextLine> content, int titleLine, Func<TextLine, bool> isBoilerplate, BylineLexicon lexicon)
    {
        var start = titleLine + 1;
        var checkedLines = 0;
        for (var i = start; i < content.Count && checkedLines < BylineSearchLines; i++)
        {
            var line = content[i];
            if (isBoilerplate(line))
            {
                continue;
            }

            checkedLines++;
            if (FromPrefixedLine(text, line.Content, lexicon) is { } prefixed)
            {
                return (prefixed.Slice(text), prefixed);
            }

            if (titleLine >= 0 && checkedLines == 1 && IsNameOnly(line.Content.AsSpan(text)))
            {
                return (line.Content.Slice(text), line.Content);
            }

            if (LineShape.CountWords(line.Content.AsSpan(text)) > MaxTitleWords / 2)
            {
                break;
            }
        }

        return (null, null);
    }

    /// <summary>"Por Carla Méndez, corresponsal" → the span of "Carla Méndez".</summary>
    private static TextSpan? FromPrefixedLine(string text, TextSpan line, BylineLexicon lexicon)
    {
        // A byline is a short line; "By Tuesday morning, police had ..." opens the article.
        var raw = line.AsSpan(text);
        if (LineShape.CountWords(raw) > MaxBylineWords || LineShape.EndsLikeSentence(raw))
        {
            return null;
        }

        var words = Words(text, line);
        var prefixWords = PrefixLength(text, words, lexicon);
        if (prefixWords == 0 || words.Count <= prefixWords)
        {
            return null;
        }

        var first = prefixWords;
        var nameStart = words[first].Start;
        var nameEnd = -1;
        var nameWords = 0;
        for (var w = first; w < words.Count; w++)
        {
            var word = words[w].AsSpan(text);
            var folded = TextFolding.Fold(word);
            if (lexicon.Roles.Contains(folded) || nameWords >= MaxNameWords)
            {
                break;
            }

            if (LineShape.StartsUpper(word))
            {
                nameEnd = words[w].End;
                nameWords++;
            }
            else if (!NameParticles.Contains(folded) && !Conjunctions.Contains(folded))
            {
                break;
            }

            // A separator after this word ends the name: "Por Ana Ruiz | EFE", "By Tom Hale, Reuters".
            if (words[w].End < line.End && text[words[w].End] is ',' or '|' or '/' or '(' or '-' or '–' or '—' && (w + 1 >= words.Count || !Conjunctions.Contains(TextFolding.Fold(words[w + 1].AsSpan(text)))))
            {
                break;
            }
        }

        return nameWords >= 1 && nameEnd > nameStart && LineShape.StartsUpper(words[first].AsSpan(text))
            ? new TextSpan(nameStart, nameEnd)
            : null;
    }

    /// <summary>How many leading words form a byline prefix ("by", "escrito por", "skrevet av"), longest first; 0 if none.</summary>
    private static int PrefixLength(string text, List<TextSpan> words, BylineLexicon lexicon)
    {
        for (var length = Math.Min(MaxPrefixWords, words.Count - 1); length >= 1; length--)
        {
            var phrase = TextFolding.Fold(text.AsSpan(words[0].Start, words[length - 1].End - words[0].Start));
            if (lexicon.Prefixes.Contains(phrase))
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>"Jan De Vries": two to four capitalized words (particles allowed), nothing else.</summary>
    private static bool IsNameOnly(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxNameOnlyLength)
        {
            return false;
        }

        var count = 0;
        foreach (var range in line.Split(' '))
        {
            var word = line[range];
            if (word.IsEmpty)
            {
                continue;
            }

            count++;
            foreach (var c in word)
            {
                if (!char.IsLetter(c) && c is not ('-' or '\'' or '’' or '.'))
                {
                    return false;
                }
            }

            if (!LineShape.StartsUpper(word) && !NameParticles.Contains(TextFolding.Fold(word)))
            {
                return false;
            }

            if (word.Length > 1 && word.ToString().All(char.IsUpper))
            {
                return false;
            }
        }

        return count is >= 2 and <= MaxNameOnlyWords && LineShape.StartsUpper(line);
    }

    private static List<TextSpan> Words(string text, TextSpan line)
    {
        var words = new List<TextSpan>();
        var i = line.Start;
        while (i < line.End)
        {
            while (i < line.End && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < line.End && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '’' or '-' or '.' && i + 1 < line.End && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            if (i > start)
            {
                words.Add(new TextSpan(start, i));
            }
        }

        return words;
    }

    private static bool Similar(ReadOnlySpan<char> line, string title)
    {
        var a = TextFolding.Fold(line);
        var b = TextFolding.Fold(title);
        return a.Length > 0 && b.Length > 0 && (a == b || a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal));
    }
}
