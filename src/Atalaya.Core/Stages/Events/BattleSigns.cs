namespace Atalaya.Core.Stages.Events;

/// <summary>
/// Signs that what a sentence tells as killing was a fight: "four police officers and six suspects
/// died", "fem av angriperne og to soldater ble drept". When the dead are counted on both sides, a
/// security force and an armed group, the two sides fired at each other, whatever word the article
/// uses for it: ACLED codes that a battle, not violence against civilians.
/// </summary>
internal static class BattleSigns
{
    private static readonly HashSet<string> ForceNouns = new(StringComparer.Ordinal) { "police", "military", "national_guard", "navy", "security" };

    /// <summary>Words a count may stand apart from its noun: "cuatro policías", "five of the attackers", "seis presuntos delincuentes".</summary>
    private const int CountReach = 3;

    public static EventKind AsBattleWhenBothSidesFell(EventKind kind, SentenceView sentence)
    {
        if (kind.Type != EventTyping.Civilians || kind.Subtype != EventTyping.Attack || !sentence.Triggers.Exists(t => t.Code is "kill" or "dead"))
        {
            return kind;
        }

        return CountedNoun(sentence, ForceNouns.Contains) && CountedNoun(sentence, code => code == "gunmen")
            ? kind with { Type = EventTyping.Battles, Subtype = "Armed clash" }
            : kind;
    }

    /// <summary>
    /// "During the military operation, in which he was killed, the cartel set up roadblocks": who dies in a
    /// military or police operation, with no civilian named among the victims, fell fighting the forces.
    /// </summary>
    public static EventKind AsBattleInAnOperation(EventKind kind, SentenceView sentence)
    {
        if (kind.Type != EventTyping.Civilians || kind.Subtype != EventTyping.Attack || !sentence.Has("operation")
            || !sentence.Triggers.Exists(t => t.Code is "kill" or "dead"))
        {
            return kind;
        }

        var civilianNamed = sentence.Parties?.Exists(p => p.Side == Side.Civilian) ?? sentence.Actors.Exists(a => !ForceNouns.Contains(a.Code) && a.Code != "gunmen");
        return civilianNamed ? kind : kind with { Type = EventTyping.Battles, Subtype = "Armed clash" };
    }

    /// <summary>Whether a noun of the wanted category comes right after a count.</summary>
    private static bool CountedNoun(SentenceView sentence, Func<string, bool> wanted)
    {
        foreach (var noun in sentence.Actors)
        {
            if (!wanted(noun.Code))
            {
                continue;
            }

            foreach (var quantity in sentence.Quantities)
            {
                if (quantity.End <= noun.Start && noun.Start - quantity.End < CountReach)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
