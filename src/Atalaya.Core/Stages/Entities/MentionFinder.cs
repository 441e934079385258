using Atalaya.Core.Documents;

namespace Atalaya.Core.Stages.Entities;

/// <summary>
/// Finds candidate mentions in one sentence, strongest evidence first: names of the knowledge base,
/// nicknames in quotes, then place names that are surely places, then the statistical tagger's spans, then the other
/// place names of the gazetteer. A word belongs to one mention at most.
/// </summary>
internal static class MentionFinder
{
    public static void Find(string text, IReadOnlyList<Token> sentenceTokens, WordSequence words, int sentence, string language, EntitySources sources, List<Mention> found)
    {
        var shape = new NameShape(text, words, language, sources.FunctionWords(language), sources.Demonyms(language), sources.NotPlaceWords(language));
        var taken = new bool[words.Count];
        var firstFound = found.Count;
        KnowledgeBaseMentions.Find(shape, sentence, sources, taken, found);
        NicknameMentions.Find(shape, sentence, taken, found);

        // A sentence whose capitals after its first word all belong to names already found has no
        // name left for the tagger but, at most, its first word, which the knowledge base already
        // looked at. A person's full name the tagger sees is surer than a place of the same words.
        // Tagging before the places only pays where two free capitals stand together (a full name may be there).
        var taggable = sources.Tagger is not null && !(!shape.CapitalizesNouns && IsTitleCase(shape));
        var tags = taggable && HasFreeCapitalizedPairOpenedByAPlace(shape, taken, sources.Places) ? TaggedMentions.Tag(text, sentenceTokens, language, sources.Tagger!) : null;
        if (tags is not null)
        {
            TaggedMentions.Find(shape, tags, sentence, language, sources, taken, found, onlyFullNames: true);
        }

        // Countries, states, big cities and names of several words are surer than the tagger's guess; small towns are not.
        var lookups = PlaceMentions.Scratch(words.Count);
        if (sources.Places is { } strong)
        {
            PlaceMentions.Find(shape, sentence, strong, taken, found, onlyProminent: true, lookups);
        }

        if (taggable && HasFreeCapitalAfterFirstWord(shape, taken))
        {
            tags ??= TaggedMentions.Tag(text, sentenceTokens, language, sources.Tagger!);
            TaggedMentions.Find(shape, tags, sentence, language, sources, taken, found);
        }

        if (sources.Places is { } places)
        {
            PlaceMentions.Find(shape, sentence, places, taken, found, onlyProminent: false, lookups);
        }

        InstitutionMentions.OfPlaces(shape, sentence, sources.Places, found, firstFound);
        InstitutionNames.Apply(shape, sentence, sources.Institutions(language), found, firstFound);

        // Last, as it overrides what the tagger and the gazetteer guessed: "la comunidad de El Limón" is a place.
        LocalityMentions.Find(shape, sentence, sources.PlaceCues(language), sources.Places, found, firstFound);
    }

    private const int MinTitleWords = 4;
    private const int MaxTitleWords = 20;

    /// <summary>
    /// A headline in title case ("Gunmen Storm Border Town As Troops Arrive")
    /// capitalizes every word, which is all the tagger goes by: there only the knowledge base and
    /// the gazetteer speak. Three words in four capitalized, function words not counted; not
    /// German, which capitalizes every noun.
    /// </summary>
    public static bool IsTitleCase(NameShape shape)
    {
        var words = 0;
        var capitalized = 0;
        for (var k = 0; k < shape.Words.Count; k++)
        {
            if (shape.Words.IsWord(k) && char.IsLetter(shape.Text[shape.Words.Spans[k].Start]) && !shape.IsFunctionWord(k))
            {
                words++;
                capitalized += shape.IsCapitalized(k) ? 1 : 0;

                // Settled early, as most sentences are: past the longest title, or with more words in
                // lower case than the longest title may have (a quarter of it), no title at all.
                if (words > MaxTitleWords || (words - capitalized) * 4 > MaxTitleWords)
                {
                    return false;
                }
            }
        }

        return words is >= MinTitleWords and <= MaxTitleWords && capitalized * 4 >= words * 3;
    }

    /// <summary>
    /// Two free capitals side by side whose first word is a place name and the two are none ("Israel
    /// Patrón"): only there can a person's full name open with a place, which is all the early tagging
    /// looks for. The tagger is the costliest step; most sentences need it once, after the places.
    /// </summary>
    private static bool HasFreeCapitalizedPairOpenedByAPlace(NameShape shape, bool[] taken, IPlaceNames? places)
    {
        if (places is null)
        {
            return false;
        }

        var words = shape.Words;
        for (var k = shape.FirstWord; k + 1 < words.Count; k++)
        {
            if (!taken[k] && !taken[k + 1] && shape.IsCapitalized(k) && shape.IsCapitalized(k + 1)
                && places.Lookup(words.Spans[k].AsSpan(shape.Text)).Count > 0
                && places.Lookup(new TextSpan(words.Spans[k].Start, words.Spans[k + 1].End).AsSpan(shape.Text)).Count == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasFreeCapitalAfterFirstWord(NameShape shape, bool[] taken)
    {
        for (var k = shape.FirstWord + 1; k < shape.Words.Count; k++)
        {
            if (!taken[k] && shape.IsCapitalized(k))
            {
                return true;
            }
        }

        return false;
    }
}
