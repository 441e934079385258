using Atalaya.Core.Documents;
using Atalaya.Core.Stages.Segmentation;

namespace Atalaya.Core.Stages.Entities;

/// <summary>
/// "NTB", "ritzau", "Foto: Reuters": a news agency or platform credited on a short line that
/// cleaning set aside as page furniture is still a source the article names, so it stays an
/// organization. Only the knowledge base's media and platforms are looked for there, and in any
/// case, since credits are written in capitals or in lower case as often as as a name.
/// </summary>
internal static class CreditMentions
{
    /// <summary>A credit is a few words; a longer line of furniture is a teaser or a menu, not a credit.</summary>
    private const int MaxCreditWords = 6;

    private static readonly HashSet<string> CreditedKinds = new(StringComparer.Ordinal) { "media", "company" };

    /// <summary>
    /// Furniture that credits: photo captions, a lone line over or under the article, copyright.
    /// Share and follow widgets name platforms too ("Share on Facebook"), but as buttons, not sources.
    /// </summary>
    private static readonly HashSet<string> CreditLines = new(StringComparer.Ordinal) { "photo_credit", "section", "tail", "copyright" };

    public static void Find(string text, BoilerplateSpans? boilerplate, EntitySources sources, List<Mention> found)
    {
        if (boilerplate is null)
        {
            return;
        }

        var tokens = new List<Token>();
        foreach (var item in boilerplate.Spans)
        {
            if (!CreditLines.Contains(item.Kind))
            {
                continue;
            }

            AddCredits(text, CreditPart(text, item), MaxCreditWords, sources, tokens, found);
        }
    }

    /// <summary>A byline is no longer than a short line with a date and a time ("Von Redaktion/APA, 4. Mai 2015, 20:11 Uhr").</summary>
    private const int MaxBylineWords = 14;

    /// <summary>
    /// "Von Redaktion/APA, 4. Mai 2015, 20:11 Uhr": the line that gives the publication date and opens
    /// with a byline word ("by", "von", "por") is a byline, and the agency it names is a source the
    /// article credits, whether or not the header reader took the line for a byline.
    /// </summary>
    public static void FindInByline(string text, DocumentHeader? header, IReadOnlySet<string> bylinePrefixes, EntitySources sources, List<Mention> found)
    {
        var span = header?.BylineSpan ?? DatedBylineLine(text, header?.PublishedSpan, bylinePrefixes);
        if (span is not { } line || found.Exists(m => m.Source == "credit" && m.Span.Overlaps(line)))
        {
            return;
        }

        AddCredits(text, line, MaxBylineWords, sources, [], found);
    }

    private static TextSpan? DatedBylineLine(string text, TextSpan? published, IReadOnlySet<string> prefixes)
        => published is { } date && LineAround(text, date) is var line && OpensWithBylineWord(text, line, prefixes) ? line : null;

    private static TextSpan LineAround(string text, TextSpan inside)
    {
        var start = inside.Start <= 0 ? 0 : text.LastIndexOf('\n', inside.Start - 1) + 1;
        var end = text.IndexOf('\n', inside.End);
        return new TextSpan(start, end < 0 ? text.Length : end);
    }

    private static bool OpensWithBylineWord(string text, TextSpan line, IReadOnlySet<string> prefixes)
    {
        var first = text.AsSpan(line.Start, line.Length).TrimStart();
        var space = first.IndexOfAny(' ', '\t');
        return space > 0 && prefixes.Contains(Internal.TextFolding.Fold(first[..space]));
    }

    private static void AddCredits(string text, TextSpan part, int maxWords, EntitySources sources, List<Token> tokens, List<Mention> found)
    {
        tokens.Clear();
        Tokenizer.Tokenize(text, part, -1, tokens);
        var words = WordSequence.Of(text, tokens);
        if (WordCount(words) is 0 || WordCount(words) > maxWords)
        {
            return;
        }

        for (var i = 0; i < words.Count; i++)
        {
            var (length, names) = sources.Names.Names.LongestMatch(words.Folded, i);
            var credited = length > 0 ? names.FirstOrDefault(n => n.Entity.Type == "ORG" && CreditedKinds.Contains(n.Entity.Kind)) : null;
            // "Foto: Google Maps": a name that goes on is a product or another name, not the credit.
            if (credited is null || (i + length < words.Count && words.IsWord(i + length)))
            {
                continue;
            }

            var span = new TextSpan(words.Spans[i].Start, words.Spans[i + length - 1].End);
            found.Add(new Mention(span, "ORG", credited.Entity, [], "credit", -1));
            i += length - 1;
        }
    }

    /// <summary>
    /// "The leader at his arrest. Photo: Ana Ruiz/Norpress": in a caption, the credit is what
    /// follows its last colon; the caption before it is no credit.
    /// </summary>
    private static TextSpan CreditPart(string text, BoilerplateSpan item)
    {
        if (item.Kind != "photo_credit")
        {
            return item.Span;
        }

        var colon = text.LastIndexOf(':', item.Span.End - 1, item.Span.Length);
        return colon < 0 ? item.Span : new TextSpan(colon + 1, item.Span.End);
    }

    private static int WordCount(WordSequence words)
    {
        var count = 0;
        for (var k = 0; k < words.Count; k++)
        {
            count += words.IsWord(k) ? 1 : 0;
        }

        return count;
    }
}
