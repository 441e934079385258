namespace Atalaya.Core.Stages.Events;

/// <summary>What kind of event a sentence reports: ACLED type and sub-type, its tactics, and where its trigger is.</summary>
internal sealed record EventKind(string Type, string Subtype, IReadOnlyList<string> Tactics, int TriggerToken);

/// <summary>
/// Decides from the trigger words of one sentence which events it reports, following ACLED's
/// definitions and the domain's conventions: explosives and drones are remote violence; a gunfight
/// or ambush is a battle; killing, torturing or kidnapping people is violence against civilians;
/// arrests, seizures, blockades, banners are strategic developments. One sentence can report an
/// act of violence and an arrest at once ("soldiers clashed with gunmen and arrested three").
/// A statistic ("since 2016", "so far this year") reports no event.
/// </summary>
internal static class EventTyping
{
    public const string Battles = "Battles";
    public const string Remote = "Explosions/Remote violence";
    public const string Civilians = "Violence against civilians";
    public const string Strategic = "Strategic developments";
    public const string Protests = "Protests";
    public const string Riots = "Riots";

    public const string Attack = "Attack";
    public const string Abduction = "Abduction/forced disappearance";

    private static readonly HashSet<string> ExplosiveObjects = new(StringComparer.Ordinal) { "landmine", "explosive", "car_bomb", "grenade", "drone" };
    private static readonly HashSet<string> Defusing = new(StringComparer.Ordinal) { "defuse", "seize" };
    private static readonly HashSet<string> Harm = new(StringComparer.Ordinal) { "kill", "shoot", "attack", "massacre", "torture" };

    public static List<EventKind> Classify(SentenceView sentence, bool isStatistic)
    {
        var kinds = new List<EventKind>();
        if (sentence.Triggers.Count == 0 || isStatistic)
        {
            return kinds;
        }

        // "A guard was killed when inmates rioted": the killing is the riot's, one event of mob violence with its dead.
        if (Violence(sentence) is { } violent && !(violent.Type == Civilians && sentence.Has("riot")))
        {
            kinds.Add(violent);
        }

        // "A reward of up to $15 million for information leading to his capture": a bounty asks for an arrest not yet made.
        if (!sentence.Has("reward"))
        {
            Add(kinds, sentence, "arrest", Strategic, "Arrests");
        }

        if (sentence.HasAny(Defusing))
        {
            var first = sentence.Triggers.First(t => Defusing.Contains(t.Code));
            kinds.Add(new EventKind(Strategic, "Disrupted weapons use", [], first.Start));
        }
        else if (ExplosivesFoundUnexploded(sentence) && First(sentence, "found") is { } found)
        {
            kinds.Add(new EventKind(Strategic, "Disrupted weapons use", [], found.Start));
        }

        if (First(sentence, "blockade", "arson") is { } blockade)
        {
            kinds.Add(new EventKind(Strategic, "Looting/property destruction", Tactics(sentence, ("blockade", "blockade"), ("arson", "arson")), blockade.Start));
        }

        Add(kinds, sentence, "takeover", Strategic, "Non-violent transfer of territory");
        Add(kinds, sentence, "protest", Protests, "Peaceful protest");
        Add(kinds, sentence, "riot", Riots, "Mob violence");
        if (kinds.Count == 0)
        {
            // Threat banners and prison breaks matter to an analyst, but only when nothing more definite happened.
            if (First(sentence, "banner") is { } banner)
            {
                kinds.Add(new EventKind(Strategic, "Other", ["banner"], banner.Start));
            }
            else
            {
                Add(kinds, sentence, "escape", Strategic, "Other");
            }
        }

        return kinds;
    }

    private static EventKind? Violence(SentenceView sentence)
    {
        // "Marines defused five bombs after a sixth injured two fishermen": what was seized did not go off, unless someone was hurt.
        var defused = (sentence.HasAny(Defusing) || ExplosivesFoundUnexploded(sentence)) && !HurtSomeone(sentence);
        var tactics = Tactics(sentence, ("ambush", "ambush"), ("massacre", "massacre"), ("torture", "torture"), ("kidnap", "kidnapping"), ("aircraft", "aircraft"));
        if (!defused)
        {
            if (First(sentence, "drone") is { } drone)
            {
                return new EventKind(Remote, "Air/drone strike", [.. tactics, "drone"], drone.Start);
            }

            if (First(sentence, "car_bomb", "landmine") is { } mine)
            {
                return new EventKind(Remote, "Remote explosive/landmine/IED", [.. tactics, mine.Code == "car_bomb" ? "car_bomb" : "landmine"], mine.Start);
            }

            if (First(sentence, "grenade") is { } grenade)
            {
                return new EventKind(Remote, "Grenade", [.. tactics, "grenade"], grenade.Start);
            }

            if (First(sentence, "explosive") is { } blast)
            {
                return new EventKind(Remote, "Remote explosive/landmine/IED", tactics, blast.Start);
            }
        }

        if (First(sentence, "clash", "ambush") is { } clash)
        {
            return new EventKind(Battles, "Armed clash", tactics, clash.Start);
        }

        var harm = sentence.Triggers.FirstOrDefault(t => Harm.Contains(t.Code));
        var dead = First(sentence, "dead");
        var bodiesFound = dead is not null && sentence.Has("found");
        // "Un agente murió", "he died", "two guards were wounded": one victim counted is as definite as a number.
        var countedDead = dead is not null && (sentence.Quantities.Count > 0 || EventCounts.HasSingleVictim(sentence, "dead"));
        var hurt = First(sentence, "injure");
        var countedHurt = hurt is not null && (sentence.Quantities.Count > 0 || EventCounts.HasSingleVictim(sentence, "injure"));
        if (harm.Code is not null || bodiesFound || countedDead || countedHurt)
        {
            return new EventKind(Civilians, Attack, tactics, harm.Code is not null ? harm.Start : dead?.Start ?? hurt!.Value.Start);
        }

        if (First(sentence, "kidnap", "disappear") is { } kidnap)
        {
            return new EventKind(Civilians, Abduction, tactics, kidnap.Start);
        }

        return null;
    }

    /// <summary>
    /// "Troops came upon dozens of roadside bombs", "se hallaron tres minas": explosives found where no one was
    /// hurt did not go off; finding them is a disrupted weapons use, not a bombing.
    /// </summary>
    private static bool ExplosivesFoundUnexploded(SentenceView sentence)
        => sentence.Has("found") && sentence.HasAny(ExplosiveObjects) && !HurtSomeone(sentence) && !sentence.Has("attack");

    private static bool HurtSomeone(SentenceView sentence) => sentence.Triggers.Exists(t => t.Code is "kill" or "dead" or "injure");

    private static void Add(List<EventKind> kinds, SentenceView sentence, string trigger, string type, string subtype)
    {
        if (First(sentence, trigger) is { } match)
        {
            kinds.Add(new EventKind(type, subtype, [], match.Start));
        }
    }

    private static WordMatch? First(SentenceView sentence, params ReadOnlySpan<string> triggers)
    {
        foreach (var match in sentence.Triggers)
        {
            if (triggers.Contains(match.Code))
            {
                return match;
            }
        }

        return null;
    }

    private static List<string> Tactics(SentenceView sentence, params ReadOnlySpan<(string Trigger, string Tactic)> pairs)
    {
        var tactics = new List<string>();
        foreach (var (trigger, tactic) in pairs)
        {
            if (sentence.Has(trigger) && !tactics.Contains(tactic))
            {
                tactics.Add(tactic);
            }
        }

        return tactics;
    }
}
