using Atalaya.Core.Documents;
using Atalaya.Core.Stages.Events;

namespace Atalaya.Core.Stages.Claims;

/// <summary>
/// Who a figure is about. A person's figure (reward, age, birth year) is about the person named
/// nearest to it, else the last person named just before ("He has a bounty of …"). A group's
/// figure is about the group named in the sentence, else the group the article is about ("the
/// cartel", or no name at all). A tally is about the most specific place the sentence names, else
/// the paragraph's, else the article's; "the country" ("el país", "landet") names the country the
/// article names most when the sentence names no place.
/// </summary>
internal sealed class ClaimSubjects
{
    /// <summary>How many sentences back a pronoun may point.</summary>
    private const int PersonReach = 3;

    private readonly EntityMention[] mentions;
    private readonly IReadOnlyList<TextSpan> sentences;
    private readonly Lazy<DocumentEntity?> topic;
    private readonly Lazy<DocumentEntity?> focus;
    private readonly Lazy<DocumentEntity?> country;
    private readonly Lazy<DocumentEntity?> topicPerson;

    public ClaimSubjects(DocumentEntities entities, IReadOnlyList<TextSpan> sentences)
    {
        mentions = [.. entities.Entities.SelectMany(e => e.Mentions.Select(m => new EntityMention(m, e))).OrderBy(m => m.Span.Start)];
        this.sentences = sentences;

        // Most documents read need neither: worked out on first use.
        topic = new(() => entities.Entities.Where(IsGroup).OrderByDescending(e => e.Mentions.Count).FirstOrDefault(), LazyThreadSafetyMode.None);
        focus = new(() => EventPlaces.Focus(entities), LazyThreadSafetyMode.None);
        country = new(() => CountryOf(entities, focus.Value), LazyThreadSafetyMode.None);
        topicPerson = new(() => entities.Entities.Where(e => e.Type == "PER").OrderByDescending(e => e.Mentions.Count).FirstOrDefault(), LazyThreadSafetyMode.None);
    }

    /// <summary>The group the article is about: the criminal group it names most.</summary>
    private DocumentEntity? TopicGroup => topic.Value;

    /// <summary>The mentions inside <paramref name="span"/>, in text order.</summary>
    public void MentionsIn(TextSpan span, List<EntityMention> into)
    {
        for (var i = FirstAtOrAfter(span.Start); i < mentions.Length && mentions[i].Span.Start < span.End; i++)
        {
            if (mentions[i].Span.End <= span.End)
            {
                into.Add(mentions[i]);
            }
        }
    }

    public DocumentEntity? Person(ClaimSentence sentence, int nearToken)
        => Nearest(sentence, nearToken, e => e.Type == "PER") ?? LastBefore(sentence, e => e.Type == "PER");

    /// <summary>
    /// Who a bounty is for: the person of <see cref="Person"/>, else the person the article names
    /// most ("a reward of $15 million on his head" several sentences after the name): a bounty is
    /// offered for someone wanted, and the article that reports it is about that someone.
    /// </summary>
    public DocumentEntity? Wanted(ClaimSentence sentence, int nearToken) => Person(sentence, nearToken) ?? topicPerson.Value;

    /// <summary>A place the sentence names (the nearest), else the country "the country" refers to; null otherwise.</summary>
    public DocumentEntity? NamedPlace(ClaimSentence sentence, int nearToken)
        => Nearest(sentence, nearToken, e => EventPlaces.Specificity(e) > 0) ?? (sentence.Has("country") ? country.Value : null);

    public DocumentEntity? Group(ClaimSentence sentence, int nearToken)
    {
        var named = false;
        foreach (var mention in sentence.Mentions)
        {
            if (IsGroup(mention.Entity))
            {
                if (mention.Entity == TopicGroup)
                {
                    return TopicGroup;
                }

                named = true;
            }
        }

        // "the cartel" beside another group's name ("as powerful as the Sinaloa Cartel") is the article's group.
        if (TopicGroup is not null && (!named || HasGroupReference(sentence)))
        {
            return TopicGroup;
        }

        return Nearest(sentence, nearToken, IsGroup) ?? Nearest(sentence, nearToken, e => e.Type == "ORG" && (e.Kind is null || !EventActors.StateKinds.Contains(e.Kind)));
    }

    /// <summary>Who offers a reward: an agency, ministry or government named in the sentence.</summary>
    public static DocumentEntity? Agency(ClaimSentence sentence, int nearToken)
        => Nearest(sentence, nearToken, e => e.Type == "ORG" && e.Kind is not null && EventActors.StateKinds.Contains(e.Kind));

    /// <param name="national">The tally counts a country's forces (soldiers, marines, the national guard): with no place in the sentence it is the country's, not the town's of the news.</param>
    public DocumentEntity? Place(ClaimSentence sentence, int paragraphStart, bool national = false)
    {
        DocumentEntity? best = null;
        foreach (var mention in sentence.Mentions)
        {
            if (EventPlaces.Specificity(mention.Entity) > (best is null ? 0 : EventPlaces.Specificity(best)))
            {
                best = mention.Entity;
            }
        }

        if (best is not null)
        {
            return best;
        }

        if ((national || sentence.Has("country")) && country.Value is { } named)
        {
            return named;
        }

        // The paragraph's last most specific place: "The state of X is … Last year, the state suffered …".
        for (var i = FirstAtOrAfter(sentence.Span.Start) - 1; i >= 0 && mentions[i].Span.Start >= paragraphStart; i--)
        {
            if (EventPlaces.Specificity(mentions[i].Entity) > (best is null ? 0 : EventPlaces.Specificity(best)))
            {
                best = mentions[i].Entity;
            }
        }

        return best ?? focus.Value;
    }

    /// <summary>
    /// The country the article is about: the named country of its focus place (an article about a
    /// Mexican state that names the United States more often is still about Mexico), else the country
    /// it names most.
    /// </summary>
    private static DocumentEntity? CountryOf(DocumentEntities entities, DocumentEntity? focus)
    {
        var countries = entities.Entities.Where(e => e.Geo?.Kind == Geo.PlaceKinds.Country).OrderByDescending(e => e.Mentions.Count).ToList();
        return countries.Find(c => focus?.Geo is { } geo && c.Geo!.Country == geo.Country) ?? countries.FirstOrDefault();
    }

    private static bool IsGroup(DocumentEntity entity) => entity.Type == "ORG" && entity.Kind is not null && EventActors.ArmedGroupKinds.Contains(entity.Kind);

    /// <summary>A "group" cue ("cartel", "kartellet") that is no part of a name.</summary>
    private static bool HasGroupReference(ClaimSentence sentence)
    {
        foreach (var cue in sentence.Cues)
        {
            if (cue.Code != "group")
            {
                continue;
            }

            var span = sentence.SpanOf(cue.Start, cue.End);
            if (!sentence.Mentions.Exists(m => m.Span.Overlaps(span)))
            {
                return true;
            }
        }

        return false;
    }

    private static DocumentEntity? Nearest(ClaimSentence sentence, int nearToken, Func<DocumentEntity, bool> accept)
    {
        DocumentEntity? best = null;
        var bestDistance = int.MaxValue;
        foreach (var mention in sentence.Mentions)
        {
            if (!accept(mention.Entity))
            {
                continue;
            }

            var start = sentence.TokenAt(mention.Span.Start);
            var end = sentence.TokenAt(mention.Span.End - 1) + 1;
            var distance = ClaimSentence.Distance(start, end, nearToken, nearToken + 1);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (mention.Entity, distance);
            }
        }

        return best;
    }

    private DocumentEntity? LastBefore(ClaimSentence sentence, Func<DocumentEntity, bool> accept)
    {
        var reach = sentences[Math.Max(0, sentence.Index - PersonReach)].Start;
        for (var i = FirstAtOrAfter(sentence.Span.Start) - 1; i >= 0 && mentions[i].Span.Start >= reach; i--)
        {
            if (accept(mentions[i].Entity))
            {
                return mentions[i].Entity;
            }
        }

        return null;
    }

    private int FirstAtOrAfter(int offset)
    {
        var (low, high) = (0, mentions.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (mentions[middle].Span.Start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
