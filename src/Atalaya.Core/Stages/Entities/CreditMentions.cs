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

            tokens.Clear();
            Tokenizer.Tokenize(text, CreditPart(text, item), -1, tokens);
            var words = WordSequence.Of(text, tokens);
            if (WordCount(words) is 0 or > MaxCreditWords)
            {
                continue;
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
