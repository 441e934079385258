using Atalaya.Core.Documents;

namespace Atalaya.Core.Stages.Events;

/// <summary>
/// Who did what to whom in one sentence. Named organizations are sorted by their knowledge-base
/// kind, unnamed groups by their noun's category, into armed groups (cartels, "sicarios"), state
/// forces (army, police, "soldados") and civilians ("residents", "a journalist"); the event type
/// decides the roles: state forces arrest and seize from armed groups, armed groups attack civilians
/// and forces, and a battle is between the first two sides named.
/// </summary>
internal static class EventActors
{
    /// <summary>Knowledge-base kinds of armed groups; the claim stage sorts organizations by them too.</summary>
    internal static readonly IReadOnlySet<string> ArmedGroupKinds = new HashSet<string>(StringComparer.Ordinal) { "criminal_group", "faction", "armed_civilian_group" };

    /// <summary>Knowledge-base kinds of the state: forces, governments and agencies.</summary>
    internal static readonly IReadOnlySet<string> StateKinds = new HashSet<string>(StringComparer.Ordinal) { "state_force", "government", "agency" };
    private static readonly HashSet<string> ForceNouns = new(StringComparer.Ordinal) { "police", "military", "national_guard", "navy", "security" };

    /// <summary>Forces that are on duty when attacked: soldiers, guardsmen and marines (an officer may be off duty at home).</summary>
    private static readonly HashSet<string> TroopNouns = new(StringComparer.Ordinal) { "military", "national_guard", "navy" };

    /// <summary>
    /// "Gunmen shot at a patrol of soldiers", "six guardsmen died": troops attacked or killed, with
    /// no civilian harmed, fought a battle; violence against civilians is against unarmed people.
    /// </summary>
    public static EventKind AsBattleWhenTroopsAttacked(EventKind kind, SentenceView sentence)
    {
        if (kind.Type != EventTyping.Civilians || kind.Subtype != EventTyping.Attack)
        {
            return kind;
        }

        var parties = sentence.Parties ??= Parties(sentence);
        return parties.Exists(p => p.Side == Side.State && IsTroops(p, sentence)) && !parties.Exists(p => p.Side == Side.Civilian)
            ? kind with { Type = EventTyping.Battles, Subtype = "Armed clash" }
            : kind;
    }

    /// <summary>Soldiers, guardsmen or marines: by their noun, or a named force whose name holds such a noun ("Guardia Nacional").</summary>
    private static bool IsTroops(Party party, SentenceView sentence)
    {
        if (TroopNouns.Contains(party.Category))
        {
            return true;
        }

        if (party.Entity is null)
        {
            return false;
        }

        foreach (var noun in sentence.Actors)
        {
            if (TroopNouns.Contains(noun.Code) && sentence.SpanOf(noun.Start, noun.End).Overlaps(party.Span))
            {
                return true;
            }
        }

        return false;
    }

    public static List<EventActor> Assign(EventKind kind, SentenceView sentence)
    {
        var parties = sentence.Parties ??= Parties(sentence);
        // On each side a named party comes before a group noun: "gunmen of the Gulf Cartel" is the Gulf Cartel.
        var armed = NamedFirst(parties, Side.Armed);
        var state = NamedFirst(parties, Side.State);
        var civilians = NamedFirst(parties, Side.Civilian);
        (Party? actor1, Party? actor2) = kind.Type switch
        {
            EventTyping.Strategic when kind.Subtype is "Arrests" or "Disrupted weapons use" or "Non-violent transfer of territory"
                => (state.FirstOrDefault(), armed.FirstOrDefault()),
            EventTyping.Battles => Battle(parties, armed),
            EventTyping.Civilians or EventTyping.Remote
                => (armed.FirstOrDefault() ?? (civilians.Count > 0 ? state.FirstOrDefault() : null), civilians.FirstOrDefault() ?? (armed.Count > 0 ? state.FirstOrDefault() : null)),
            _ => (armed.FirstOrDefault() ?? state.FirstOrDefault(), null),
        };

        var actors = new List<EventActor>();
        if (actor1 is not null)
        {
            actors.Add(new EventActor(actor1.Entity, "actor1", actor1.Category));
        }

        if (actor2 is not null && actor2 != actor1)
        {
            actors.Add(new EventActor(actor2.Entity, "actor2", actor2.Category));
        }

        return actors;
    }

    // Two loops, not Where/OrderBy: this runs for every event, and the iterators and delegates were a good part of its garbage.
    private static List<Party> NamedFirst(List<Party> parties, Side side)
    {
        var sorted = new List<Party>(parties.Count);
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var party in parties)
            {
                if (party.Side == side && (party.Entity is not null) == (pass == 0))
                {
                    sorted.Add(party);
                }
            }
        }

        return sorted;
    }

    /// <summary>The side named first attacks the other; two armed groups fight each other.</summary>
    private static (Party?, Party?) Battle(List<Party> parties, List<Party> armed)
    {
        var first = parties.FirstOrDefault(p => p.Side != Side.Civilian);
        if (first is null)
        {
            return (null, null);
        }

        var sideOfFirst = first.Side == Side.Armed ? armed : NamedFirst(parties, first.Side);
        var actor1 = sideOfFirst[0];
        var other = NamedFirst(parties, first.Side == Side.Armed ? Side.State : Side.Armed).FirstOrDefault()
            ?? (first.Side == Side.Armed ? armed.FirstOrDefault(p => p.Entity is not null && p.Entity != actor1.Entity) : null);
        return (actor1, other);
    }

    /// <summary>The named organizations and unnamed groups of the sentence, in text order.</summary>
    private static List<Party> Parties(SentenceView sentence)
    {
        var parties = new List<Party>();
        foreach (var mention in sentence.Entities)
        {
            var kind = mention.Entity.Kind;
            if (mention.Entity.Type != "ORG" || kind is null)
            {
                continue;
            }

            Side? side = ArmedGroupKinds.Contains(kind) ? Side.Armed : StateKinds.Contains(kind) ? Side.State : null;
            if (side is { } s && !parties.Exists(p => p.Entity == mention.Entity))
            {
                parties.Add(new Party(mention.Entity, kind, s, mention.Span));
            }
        }

        foreach (var noun in sentence.Actors)
        {
            var side = noun.Code == "gunmen" ? Side.Armed : ForceNouns.Contains(noun.Code) ? Side.State : Side.Civilian;
            var span = sentence.SpanOf(noun.Start, noun.End);

            // A noun inside a name ("Policía Estatal de Jalisco", "Guardia Nacional") is that named organization.
            if (!sentence.Entities.Exists(m => m.Span.Overlaps(span)))
            {
                parties.Add(new Party(null, noun.Code, side, span));
            }
        }

        parties.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return parties;
    }
}
