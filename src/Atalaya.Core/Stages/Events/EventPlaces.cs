using Atalaya.Core.Documents;
using Atalaya.Core.Stages.Geo;

namespace Atalaya.Core.Stages.Events;

/// <summary>
/// Where an event happened: the most specific geocoded place of its sentence (a town before its
/// state, a state before its country), the nearest to the trigger among equals; the document's
/// focus when the sentence names none.
/// </summary>
internal static class EventPlaces
{
    private const int OutOfFocusPenalty = 1000;

    /// <summary>How many tokens a dash may stand from a dateline's place ("CELAYA (Reuters) —", "Brasília, 3 jun (EFE).-").</summary>
    private const int DatelineReach = 8;

    /// <summary>How far into a sentence a dateline may start: after a date line glued to it, in capitals.</summary>
    private const int DatelineStart = 12;

    /// <summary>How many tokens from a word like "hospital", "flown to" or "bordering" a place is not the event's.</summary>
    private const int DestinationReach = 4;

    /// <summary>The <see cref="Specificity"/> of a country or region.</summary>
    public const int Country = 1;

    /// <summary>The <see cref="Specificity"/> of a state.</summary>
    public const int State = 2;

    /// <summary>The <see cref="Specificity"/> of a municipality or town.</summary>
    public const int Town = 3;

    /// <summary>The <see cref="Specificity"/> of a village, ranch, community or neighbourhood named as one ("la comunidad de El Limón").</summary>
    public const int Locality = 4;

    /// <summary>"The Mexican navy …" in an article about Sonora: the document's focus says more than the country.</summary>
    public static DocumentEntity? Refine(DocumentEntity? place, DocumentEntity? focus)
        => place is null ? focus
            : focus is not null && Specificity(focus) > Specificity(place) && Specificity(place) == Country && Compatible(place, focus) ? focus
            : place;

    /// <summary>
    /// The place of a sentence's event given the paragraph's place so far and the document's focus:
    /// "Mexico's military disarmed twelve mines" right after "last week's case in a town of Michoacán"
    /// names only the country, which says less than the town the paragraph is about.
    /// </summary>
    public static DocumentEntity? Refine(DocumentEntity? place, DocumentEntity? paragraph, DocumentEntity? focus)
        => place is not null && paragraph is not null && Specificity(place) == Country && Specificity(paragraph) > Country && Compatible(place, paragraph)
            ? paragraph
            : Refine(place ?? paragraph ?? focus, focus);

    public static DocumentEntity? InSentence(string text, SentenceView sentence, int triggerToken, DocumentEntity? focus = null)
    {
        DocumentEntity? best = null;
        var bestRank = 0;
        var bestDistance = int.MaxValue;
        var (listRank, listEnd, listHead) = (0, -1, 0);
        foreach (var mention in sentence.Entities)
        {
            var rank = Specificity(mention.Entity);
            if (rank == 0 || IsDateline(text, sentence, mention) || IsElsewhere(sentence, mention))
            {
                continue;
            }

            // "In the municipalities of A, B and C": a list names no place more than another; the first named stands for it.
            var start = sentence.TokenAt(mention.Span.Start);
            listHead = rank == listRank && ContinuesList(text, sentence, listEnd, start) ? listHead : start;
            (listRank, listEnd) = (rank, sentence.TokenAt(mention.Span.End - 1) + 1);

            // Among places of one level, one in the document's focus region comes first ("a village of Durango near the Sinaloa border").
            var distance = Math.Abs(listHead - triggerToken) + (focus is null || Compatible(mention.Entity, focus) ? 0 : OutOfFocusPenalty);
            if (rank > bestRank || (rank == bestRank && distance < bestDistance))
            {
                best = mention.Entity;
                bestRank = rank;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>
    /// Between the end of one place and the start of the next only a comma, or one short word in
    /// lower case (a conjunction: "y", "e", "and", "og"), perhaps after a comma: the two are items of one list.
    /// </summary>
    private static bool ContinuesList(string text, SentenceView sentence, int previousEnd, int start)
    {
        if (previousEnd < 0 || start <= previousEnd || start - previousEnd > 2)
        {
            return false;
        }

        for (var i = previousEnd; i < start; i++)
        {
            var word = sentence.Tokens[i].Span.AsSpan(text);
            if (!(word is "," || (word.Length <= MaxConjunctionLength && char.IsLower(word[0]) && i == start - 1)))
            {
                return false;
            }
        }

        return true;
    }

    private const int MaxConjunctionLength = 3;

    /// <summary>"CELAYA (Reuters) –", "TORREÓN, Coah. —": where the reporter filed from, not where it happened.</summary>
    private static bool IsDateline(string text, SentenceView sentence, EntityMention mention)
    {
        var first = sentence.TokenAt(mention.Span.Start);
        if (first > DatelineStart || (first > 0 && !Entities.NameShape.IsAllCapitals(sentence.SpanOf(first, sentence.TokenAt(mention.Span.End - 1) + 1).AsSpan(text))))
        {
            return false;
        }

        var after = sentence.TokenAt(mention.Span.End);
        for (var i = after; i < Math.Min(sentence.Tokens.Count, after + DatelineReach); i++)
        {
            var word = sentence.Words[i];
            if (word is "–" or "—" or "-" or ".-" or ".–" or ".—")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The place the document is about: the most mentioned place below country level (first
    /// mentioned among equals), else the most mentioned country.
    /// </summary>
    /// <summary>
    /// "Wounded in Coalcomán and flown to a hospital in Zamora", "a town bordering Jalisco", "a
    /// businesswoman from a nearby town", "his hometown": where the victims were taken, a neighbour
    /// named to place the town, or where someone comes from is not where it happened.
    /// </summary>
    private static bool IsElsewhere(SentenceView sentence, EntityMention mention)
    {
        var token = sentence.TokenAt(mention.Span.Start);
        foreach (var trigger in sentence.Triggers)
        {
            if (trigger.Code is "destination" or "border" or "origin"
                && ((token >= trigger.End ? token - trigger.End : trigger.Start - token) < DestinationReach || (trigger.Code == "destination" && token >= trigger.End && IsDestinationAhead(sentence, trigger.End, token))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many tokens after "flown", "traslado" a destination may follow when no punctuation intervenes ("su traslado vía aérea a la Ciudad de México").</summary>
    private const int DestinationPhraseReach = 8;

    /// <summary>The place follows a destination word within one phrase: no comma, period or dash between them.</summary>
    private static bool IsDestinationAhead(SentenceView sentence, int from, int token)
    {
        if (token - from >= DestinationPhraseReach)
        {
            return false;
        }

        for (var i = from; i < token; i++)
        {
            if (sentence.Words[i] is "," or "." or ";" or ":" or "-" or "–" or "—" or "(" or ")")
            {
                return false;
            }
        }

        return true;
    }

    public static DocumentEntity? Focus(DocumentEntities entities)
    {
        var places = entities.Entities.Where(e => Specificity(e) > 0).ToList();
        return places.Where(e => Specificity(e) > 1).OrderByDescending(e => e.Mentions.Count).FirstOrDefault()
            ?? places.OrderByDescending(e => e.Mentions.Count).FirstOrDefault();
    }

    /// <summary>0 not a geocoded place of a country; 1 country or region; 2 state; 3 municipality or town; 4 a locality named as one.</summary>
    public static int Specificity(DocumentEntity entity)
    {
        // A world region ("Central America") is no place of an incident: it has no country.
        if (entity.Type != "LOC" || entity.Geo is not { } geo || string.IsNullOrEmpty(geo.Country))
        {
            return 0;
        }

        return geo.Kind switch
        {
            PlaceKinds.Country or PlaceKinds.Region => 1,
            PlaceKinds.Admin1 or PlaceKinds.CityState => 2,
            _ when geo.Admin1 is null => 1,
            PlaceKinds.Locality => Locality,
            _ => 3,
        };
    }

    /// <summary>Whether two places can be where one event happened: the same place, or one inside the other.</summary>
    public static bool Compatible(DocumentEntity? a, DocumentEntity? b)
    {
        if (a is null || b is null || a == b)
        {
            return true;
        }

        var (ga, gb) = (a.Geo!, b.Geo!);
        if (ga.Country != gb.Country)
        {
            return false;
        }

        var (ra, rb) = (Specificity(a), Specificity(b));
        if (ra == 1 || rb == 1)
        {
            return true;
        }

        if (ga.Admin1 != gb.Admin1)
        {
            return false;
        }

        if (ra == 2 || rb == 2 || (ga.GeonamesId == gb.GeonamesId && ga.GeonamesId != 0))
        {
            return true;
        }

        // A locality lies in its municipality: "the community of El Limón" and "Tacámbaro", its municipality, are one place of an event.
        return (ra == Locality || rb == Locality) && (ga.Admin2 is null || gb.Admin2 is null || ga.Admin2 == gb.Admin2)
            && (ra != rb || Internal.TextFolding.Fold(ga.Place) == Internal.TextFolding.Fold(gb.Place));
    }
}
