using System.Text.RegularExpressions;

namespace Atalaya.Core.Corpus.Stories;

/// <summary>
/// Recognizes the header lines that are no title, by their shape alone (they look alike in every
/// language): a dateline ("BOGOTÁ, 9 avril (EP) –", "Santa Fe, Cd. Méx.") names a place, a
/// date or an agency in a few capitalized words, with at most one lowercase word of any length (a
/// month name) and no predicate; a byline is a short word followed by a name ("By Ana Ruiz Soto",
/// "Por …", "Von …"). A lead often opens with a dateline ("CIUDAD DE MÉXICO - En…", "Guanajuato.- Un…").
/// </summary>
internal static partial class HeaderLines
{
    /// <summary>A dateline is short: a place, a date, an agency.</summary>
    private const int MaxDatelineWords = 12;

    private const int MaxDatelineLength = 100;

    /// <summary>Lowercase words this long are content words (a verb, a noun) that a dateline lacks; one is allowed, for a month name.</summary>
    private const int ContentWordLength = 4;

    /// <summary>A line that is a dateline and nothing else.</summary>
    public static bool IsDateline(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.Length is 0 or > MaxDatelineLength || !LooksLikeDatelineHead(line))
        {
            return false;
        }

        // A place alone ("Guadalajara") is a possible headline word; a dateline is punctuated as one.
        return line.IndexOfAny(',', '(') >= 0 || line[^1] is '-' or '—' or '–';
    }

    /// <summary>The length of a dateline that opens the line before a dash and a capitalized sentence, or 0.</summary>
    public static int LeadingDateline(string line)
    {
        var separator = DatelineSeparator().Match(line);
        if (!separator.Success || separator.Index == 0 || separator.Index > MaxDatelineLength)
        {
            return 0;
        }

        var after = separator.Index + separator.Length;
        return after < line.Length && char.IsUpper(line[after]) && LooksLikeDatelineHead(line.AsSpan(0, separator.Index)) ? after : 0;
    }

    /// <summary>
    /// A byline: the document's own byline, or a short first word (by, por, von, door, av…)
    /// followed by two to four capitalized words and nothing else.
    /// </summary>
    public static bool IsByline(ReadOnlySpan<char> line, string? byline)
    {
        line = line.Trim();
        if (!string.IsNullOrWhiteSpace(byline) && line.Contains(byline.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase) && line.Length <= byline.Trim().Length + 12)
        {
            return true;
        }

        var words = line.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 3 and <= 5
            && words[0].Length <= 4 && words[0].All(char.IsLetter) && char.IsUpper(words[0][0])
            && words.Skip(1).All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '-' or '\'' or '’' or '.'));
    }

    private static bool LooksLikeDatelineHead(ReadOnlySpan<char> head)
    {
        if (!char.IsUpper(head[0]))
        {
            return false;
        }

        var words = 0;
        var contentWords = 0;
        foreach (var range in head.SplitAny(" \t,()/"))
        {
            var word = head[range].Trim(".-—–:;'\"’".AsSpan());
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            if (char.IsLower(word[0]) && word.Length >= ContentWordLength)
            {
                contentWords++;
            }
        }

        return words <= MaxDatelineWords && contentWords <= 1;
    }

    /// <summary>The dash that ends a dateline: ".-", ".—", " - ", " — ", " – ".</summary>
    [GeneratedRegex(@"\.\s?[-—–]+\s*|\s[-—–]+\s+", RegexOptions.CultureInvariant)]
    private static partial Regex DatelineSeparator();
}
