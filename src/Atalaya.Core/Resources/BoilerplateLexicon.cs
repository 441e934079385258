using System.Text.RegularExpressions;
using Atalaya.Core.Internal;

namespace Atalaya.Core.Resources;

/// <summary>
/// All boilerplate phrases, indexed by their first folded word so that a line is checked against
/// the few phrases that can start at each of its words instead of against every phrase.
/// </summary>
public sealed class BoilerplateLexicon
{
    /// <summary>Prefix phrases only mark lines up to this many words: a longer line is article text that happens to start alike.</summary>
    public const int MaxPrefixLineWords = 25;

    /// <summary>"Contains" phrases only mark short lines.</summary>
    public const int MaxContainsLineWords = 12;

    /// <summary>"Heading" and "suffix" phrases only mark lines this short that do not close like a sentence.</summary>
    public const int MaxHeadingLineWords = 6;

    /// <summary>Longer lines are never boilerplate by phrase (25 words of news text stay well under this).</summary>
    public const int MaxLineLength = 320;

    private readonly Dictionary<string, BoilerplatePhrase> wholeLines = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>> prefixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>> contained = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>> headings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>> suffixes = new(StringComparer.Ordinal);
    private readonly HashSet<string> functionWords;
    private readonly List<(string Start, string End, BoilerplatePhrase Phrase)> calls = [];
    private readonly HashSet<string> widgetStems = new(StringComparer.Ordinal);
    private readonly List<(string Word, BoilerplatePhrase Phrase)> compactWords = [];

    public BoilerplateLexicon(IEnumerable<BoilerplatePhrase> phrases, IEnumerable<string>? functionWords = null)
    {
        this.functionWords = (functionWords ?? []).Select(w => TextFolding.Fold(w)).Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal);
        var credits = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var phrase in phrases)
        {
            var folded = TextFolding.Fold(phrase.Phrase);
            if (folded.Length == 0)
            {
                continue;
            }

            var entry = new Entry(folded, phrase, phrase.Phrase.TrimEnd().EndsWith(':'));
            switch (phrase.Match)
            {
                case PhraseMatch.Line:
                    wholeLines.TryAdd(folded, phrase);
                    if (!folded.Contains(' ', StringComparison.Ordinal) && folded.Length >= MinWidgetWordLength && WidgetKinds.Contains(phrase.Kind))
                    {
                        widgetStems.Add(Stem(folded));
                    }

                    break;
                case PhraseMatch.Prefix:
                    Index(prefixes, entry);
                    break;
                case PhraseMatch.Contains:
                    Index(contained, entry);
                    if (!folded.Contains(' ', StringComparison.Ordinal) && folded.Length >= MinCompactWordLength && !compactWords.Any(c => c.Word == folded))
                    {
                        compactWords.Add((folded, phrase));
                    }

                    break;
                case PhraseMatch.Heading:
                    Index(headings, entry);
                    break;
                case PhraseMatch.Suffix:
                    Index(suffixes, entry, last: true);
                    break;
                case PhraseMatch.Call:
                    AddCall(phrase);
                    break;
            }

            if (phrase.Kind == "photo_credit" && entry.NeedsColon)
            {
                credits.Add(Regex.Escape(phrase.Phrase.Trim().TrimStart('(').TrimEnd(':').Trim()));
            }
        }

        Count = wholeLines.Count + calls.Count + new[] { prefixes, contained, headings, suffixes }.Sum(index => index.Values.Sum(list => list.Count));
        TrailingCredit = credits.Count == 0
            ? null
            : new Regex(
                $@"(?:^|[\s(\[|–—-])(?:{string.Join('|', credits)})\s*:\s*[^.!?:]{{1,80}}[)\]]?\s*$",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    }

    public int Count { get; }

    private static readonly HashSet<string> WidgetKinds = new(StringComparer.Ordinal)
    {
        "comments", "share", "follow", "login", "subscribe", "newsletter", "video", "advertising", "tags",
    };

    /// <summary>
    /// Whether a short line uses the vocabulary of page widgets ("Leider kein Kommentar vorhanden!",
    /// "Bekijk onze video's in de playlist"): a word sharing its stem with a one-word widget phrase
    /// ("Kommentare", "Playlist"). Only trusted at the end of a document, where widgets gather.
    /// </summary>
    public bool HasWidgetWord(ReadOnlySpan<char> line)
    {
        var folded = TextFolding.Fold(line);
        foreach (var range in folded.AsSpan().Split(' '))
        {
            var word = folded.AsSpan()[range];
            // Looked up as a span: a paragraph-long line must not cost a string per word.
            if (word.Length >= MinWidgetWordLength && widgetStems.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word[..Math.Min(word.Length, StemLength)]))
            {
                return true;
            }
        }

        return false;
    }

    // Shorter words would be found across word boundaries by chance.
    private const int MinCompactWordLength = 7;

    // Short widget words ("share", "video", "delen") are ordinary words in some other language.
    private const int MinWidgetWordLength = 6;

    private const int StemLength = 7;

    private static string Stem(string word) => word.Length > StemLength ? word[..StemLength] : word;

    /// <summary>Matches a caption that ends with a photo credit ("... Foto: Name/Agency").</summary>
    internal Regex? TrailingCredit { get; }

    /// <summary>The phrase that marks this line as boilerplate, or null. <paramref name="line"/> is the raw line.</summary>
    public BoilerplatePhrase? Match(ReadOnlySpan<char> line)
    {
        // Paragraph-length lines are article text: no phrase marks them, so skip folding them.
        if (line.Length > MaxLineLength)
        {
            return null;
        }

        var folded = TextFolding.Fold(line);
        if (folded.Length == 0)
        {
            return null;
        }

        if (wholeLines.TryGetValue(folded, out var whole))
        {
            return whole;
        }

        var words = CountWords(folded);
        if (words <= MaxPrefixLineWords && FindAt(prefixes, folded, 0, line) is { } prefix)
        {
            return prefix;
        }

        if (words <= MaxHeadingLineWords && !ClosesLikeSentence(line))
        {
            if (FindAt(headings, folded, 0, line) is { } heading)
            {
                return heading;
            }

            if (FindSuffix(folded) is { } suffix)
            {
                return suffix;
            }
        }

        if (words > MaxContainsLineWords)
        {
            return null;
        }

        for (var start = 0; start < folded.Length; start++)
        {
            if ((start == 0 || folded[start - 1] == ' ') && FindAt(contained, folded, start, line) is { } inside)
            {
                return inside;
            }
        }

        return MatchCompact(folded);
    }

    /// <summary>
    /// Scrapers split brand names ("Linked in", "Whats App", "You Tube"): a one-word "contains"
    /// phrase is also looked for in the short line with its spaces removed.
    /// </summary>
    private BoilerplatePhrase? MatchCompact(string folded)
    {
        if (!folded.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        var compact = folded.Replace(" ", "", StringComparison.Ordinal);
        foreach (var (word, phrase) in compactWords)
        {
            if (compact.Contains(word, StringComparison.Ordinal))
            {
                return phrase;
            }
        }

        return null;
    }

    private static BoilerplatePhrase? FindAt(Dictionary<string, List<Entry>> index, string folded, int start, ReadOnlySpan<char> raw)
    {
        var end = folded.IndexOf(' ', start);
        var firstWord = end < 0 ? folded[start..] : folded[start..end];
        if (!index.TryGetValue(firstWord, out var candidates))
        {
            return null;
        }

        foreach (var candidate in candidates)
        {
            var text = candidate.Folded;
            if (string.CompareOrdinal(folded, start, text, 0, text.Length) != 0)
            {
                continue;
            }

            var after = start + text.Length;
            if (after != folded.Length && folded[after] != ' ')
            {
                continue;
            }

            // "Foto:" must be followed by its colon; "Foto's van de ramp" is an article sentence.
            if (candidate.NeedsColon && start == 0 && !raw[..Math.Min(raw.Length, candidate.Phrase.Phrase.Length + 4)].Contains(':'))
            {
                continue;
            }

            return candidate.Phrase;
        }

        return null;
    }

    /// <summary>
    /// Whether every word of a short line is a function word of some language ("The", "Und"): a sentence
    /// cut off by the scraper, not a signature or a site name.
    /// </summary>
    public bool IsOnlyFunctionWords(ReadOnlySpan<char> line)
    {
        var folded = TextFolding.Fold(line);
        if (folded.Length == 0)
        {
            return false;
        }

        foreach (var range in folded.AsSpan().Split(' '))
        {
            if (!functionWords.Contains(folded[range]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Longer closing sentences are article text even when they start like a call to read on.</summary>
    public const int MaxCallWords = 10;

    /// <summary>Whether a sentence is a call to read another story ("Læs den utrolige historie her").</summary>
    public BoilerplatePhrase? MatchCall(ReadOnlySpan<char> sentence)
    {
        var folded = TextFolding.Fold(sentence);
        if (folded.Length == 0 || CountWords(folded) > MaxCallWords)
        {
            return null;
        }

        foreach (var (start, end, phrase) in calls)
        {
            var startsRight = folded.StartsWith(start, StringComparison.Ordinal) && (folded.Length == start.Length || folded[start.Length] == ' ');
            var endsRight = end.Length == 0 || (folded.EndsWith(end, StringComparison.Ordinal) && folded.Length > start.Length + end.Length && folded[^(end.Length + 1)] == ' ');
            if (startsRight && endsRight)
            {
                return phrase;
            }
        }

        return null;
    }

    private void AddCall(BoilerplatePhrase phrase)
    {
        var star = phrase.Phrase.IndexOf('*', StringComparison.Ordinal);
        var start = TextFolding.Fold(star < 0 ? phrase.Phrase.AsSpan() : phrase.Phrase.AsSpan(0, star));
        var end = star < 0 ? "" : TextFolding.Fold(phrase.Phrase.AsSpan(star + 1));
        if (start.Length > 0)
        {
            calls.Add((start, end, phrase));
        }
    }

    /// <summary>
    /// Three words or more with a lowercase word after the first that is no function word
    /// ("Women at the forefront"): a sentence-case heading, not a name or a widget ("Log in of").
    /// </summary>
    public bool ReadsLikeHeading(ReadOnlySpan<char> line)
    {
        var words = 0;
        var lowerContentWord = false;
        foreach (var range in line.Split(' '))
        {
            var word = line[range];
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            lowerContentWord |= words > 1 && char.IsLower(word[0]) && !functionWords.Contains(TextFolding.Fold(word));
        }

        return words >= 3 && lowerContentWord;
    }

    // "Lees ook:" is a heading; "Meer weten over de zaak." closes a sentence.
    private static bool ClosesLikeSentence(ReadOnlySpan<char> line)
    {
        line = line.TrimEnd("\"'”’»)] ".AsSpan());
        return line.Length > 0 && line[^1] is '.' or ',' or ';' && !line.EndsWith("...", StringComparison.Ordinal);
    }

    private BoilerplatePhrase? FindSuffix(string folded)
    {
        var space = folded.LastIndexOf(' ');
        var lastWord = space < 0 ? folded : folded[(space + 1)..];
        if (!suffixes.TryGetValue(lastWord, out var candidates))
        {
            return null;
        }

        foreach (var candidate in candidates)
        {
            var start = folded.Length - candidate.Folded.Length;
            if (start >= 0 && folded.EndsWith(candidate.Folded, StringComparison.Ordinal) && (start == 0 || folded[start - 1] == ' '))
            {
                return candidate.Phrase;
            }
        }

        return null;
    }

    private static void Index(Dictionary<string, List<Entry>> index, Entry entry, bool last = false)
    {
        var space = last ? entry.Folded.LastIndexOf(' ') : entry.Folded.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? entry.Folded : last ? entry.Folded[(space + 1)..] : entry.Folded[..space];
        if (!index.TryGetValue(first, out var list))
        {
            index[first] = list = [];
        }

        if (!list.Any(existing => existing.Folded == entry.Folded))
        {
            list.Add(entry);

            // Longest first so "read more about" wins over "read more".
            list.Sort((a, b) => b.Folded.Length.CompareTo(a.Folded.Length));
        }
    }

    private static int CountWords(string folded)
    {
        var count = 1;
        foreach (var c in folded)
        {
            if (c == ' ')
            {
                count++;
            }
        }

        return count;
    }

    private sealed record Entry(string Folded, BoilerplatePhrase Phrase, bool NeedsColon);
}
