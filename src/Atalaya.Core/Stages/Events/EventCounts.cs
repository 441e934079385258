using Atalaya.Core.Documents;
using Atalaya.Core.Stages.Events.Counting;

namespace Atalaya.Core.Stages.Events;

/// <summary>How many were killed, injured, arrested and kidnapped, as one sentence says.</summary>
internal sealed class CountsOfSentence
{
    public int? Fatalities { get; set; }

    public int? Injured { get; set; }

    public int? Arrested { get; set; }

    public int? Kidnapped { get; set; }

    public bool Any => Fatalities is not null || Injured is not null || Arrested is not null || Kidnapped is not null;

    /// <summary>Whether every count read was a vague one ("several", "dozens"): too weak to tell an incident of its own.</summary>
    public bool OnlyVague { get; set; }

    /// <summary>Whether the dead were told as more than those already told ("a bystander also died"): they add to the incident's figure.</summary>
    public bool AddsFatalities { get; set; }

    /// <summary>Whether the counts were told of several clashes ("the clashes have left seven dead"): a wave's total, see <see cref="WaveTotals"/>.</summary>
    public bool OverSeveralIncidents { get; set; }

    /// <summary>Whether they were told as more in so many words ("three more died"): they add even when the figure is the one already known.</summary>
    public bool SurelyAdds { get; set; }

    /// <summary>Keeps the larger of the figure known and <paramref name="value"/> for an outcome.</summary>
    public void Keep(string outcome, int value)
    {
        switch (outcome)
        {
            case "fatalities": Fatalities = Math.Max(Fatalities ?? 0, value); break;
            case "injured": Injured = Math.Max(Injured ?? 0, value); break;
            case "arrested": Arrested = Math.Max(Arrested ?? 0, value); break;
            case "kidnapped": Kidnapped = Math.Max(Kidnapped ?? 0, value); break;
        }
    }
}

/// <summary>
/// Attaches the counts of a sentence to what happened to whom: a number before a victim noun or a
/// count word ("siete policías", "12 muertos", "three were arrested") counts what the nearest count
/// trigger says happened: killed, wounded, arrested or kidnapped. Counts of different groups for the
/// same outcome add up ("four police and eight gunmen died" is twelve dead). A killing with one
/// named or singular victim and no number counts one.
/// </summary>
internal static class EventCounts
{
    /// <summary>How far after a count its victim noun or count word may stand ("siete policías", "12 presuntos sicarios").</summary>
    internal const int NounReach = 3;
    private const int ForwardReach = 10;
    private const int BackwardReach = 6;

    /// <summary>Words between two groups joined as one subject or object: "and", or a comma, and a preposition ("y a").</summary>
    private const int CoordinationGap = 2;

    /// <summary>A pronoun this many words before a killing can be its subject: "he was killed", "er wurde getötet".</summary>
    private const int PronounReach = 2;

    public static CountsOfSentence Read(SentenceView sentence)
    {
        // Counts told of one trigger add up ("four police and eight gunmen died"); counts told of
        // different triggers of one outcome are versions of one figure ("three died, … confirmed four died").
        var counts = new CountsOfSentence { OverSeveralIncidents = WaveTotals.TellsOfSeveralIncidents(sentence) };
        if (sentence.Quantities.Count == 0)
        {
            AddSingleVictim(sentence, counts);
            KeepOrdinalTotal(sentence, counts);
            return counts;
        }

        var byTrigger = new Dictionary<(string Outcome, int Trigger), int>();
        var groups = new Dictionary<(string Outcome, int Trigger), (int Count, WordMatch Trigger)>();
        var byAnchor = new Dictionary<int, ((string Outcome, int Trigger) Key, int Value)>();
        var more = new HashSet<(string Outcome, int Trigger)>();
        var sides = new SidesOfTheDead();
        var precise = false;
        foreach (var quantity in sentence.Quantities)
        {
            if (IsInsideDate(sentence, quantity) || quantity.Value <= 0 || IsSubset(sentence, quantity) || ParentheticalBreakdown.IsBreakdown(sentence, quantity))
            {
                continue;
            }

            if (Anchor(sentence, quantity) is int anchor && Outcome(sentence, anchor, quantity) is { } trigger)
            {
                var key = (OutcomeOf(trigger.Code)!, trigger.Start);
                precise |= !quantity.Vague;

                // "otte til ti personer", "entre 8 y 10 personas": two counts of one noun are a range, and the lower is ACLED's figure.
                if (byAnchor.TryGetValue(anchor, out var earlier) && earlier.Key == key)
                {
                    byTrigger[key] += Math.Min(earlier.Value, quantity.Value) - earlier.Value;
                    byAnchor[anchor] = (key, Math.Min(earlier.Value, quantity.Value));
                    continue;
                }

                byAnchor[anchor] = (key, quantity.Value);
                byTrigger[key] = byTrigger.GetValueOrDefault(key) + quantity.Value;
                groups[key] = (groups.GetValueOrDefault(key).Count + 1, trigger);
                sides.Note(key, sentence, anchor, AnchorEnd(sentence, anchor), trigger);
                if (AddedVictims.IsMore(sentence, quantity, AnchorEnd(sentence, anchor)))
                {
                    more.Add(key);
                }
            }
        }

        AddOnePersonGroups(sentence, byTrigger, groups);
        KeepFigures(counts, byTrigger, more, sides);

        counts.OnlyVague = byTrigger.Count > 0 && !precise;

        // "Two more soldiers also died": one group told with "also" adds to the dead told before; more
        // groups in the sentence ("two escorts and a woman also died") already make its own total.
        var killed = groups.Where(g => g.Key.Outcome == "fatalities").ToList();
        // Told alone in a later sentence, "more" needs "also" beside the verb too: "four other people died in circumstances
        // not yet known" may be dead of a wider wave of violence, not of the incident told before.
        counts.AddsFatalities = killed.Count == 1 && killed[0].Value.Count == 1 && AddedVictims.HasAdditionCue(sentence, killed[0].Value.Trigger);
        counts.SurelyAdds = counts.AddsFatalities && more.Contains(killed[0].Key);

        AddSingleVictim(sentence, counts);
        KeepOrdinalTotal(sentence, counts);
        return counts;
    }

    /// <summary>
    /// Counts of different verbs of one outcome are versions of one figure and the largest is kept ("three died … four
    /// died"), unless they are of different sides, each before its own verb (see <see cref="SidesOfTheDead"/>); a count
    /// told as more ("… and two more attackers died") adds to the figure told beside it.
    /// </summary>
    private static void KeepFigures(CountsOfSentence counts, Dictionary<(string Outcome, int Trigger), int> byTrigger, HashSet<(string Outcome, int Trigger)> more, SidesOfTheDead sides)
    {
        foreach (var outcome in byTrigger.Keys.Select(k => k.Outcome).Distinct())
        {
            var told = sides.Figure(byTrigger.Where(v => v.Key.Outcome == outcome && !more.Contains(v.Key)).Select(v => (v.Key, v.Value)));
            var added = byTrigger.Where(v => v.Key.Outcome == outcome && more.Contains(v.Key)).Sum(v => v.Value);
            counts.Keep(outcome, told + added);
        }
    }

    /// <summary>"A third person was also killed": the ordinal is the incident's total, so it is kept as the figure, never added.</summary>
    private static void KeepOrdinalTotal(SentenceView sentence, CountsOfSentence counts)
    {
        if (OrdinalVictims.Total(sentence) is int total && total >= (counts.Fatalities ?? 0))
        {
            counts.Fatalities = total;
            counts.AddsFatalities = false;
            counts.SurelyAdds = false;
        }
    }

    /// <summary>
    /// "Killed two bodyguards and a bystander", "además de dos escoltas también murió una mujer": a victim
    /// of one joined to a counted group, or told with "also" beside the same verb, is one more of that verb's.
    /// </summary>
    private static void AddOnePersonGroups(SentenceView sentence, Dictionary<(string Outcome, int Trigger), int> byTrigger, Dictionary<(string Outcome, int Trigger), (int Count, WordMatch Trigger)> groups)
    {
        if (byTrigger.Count == 0)
        {
            return;
        }

        foreach (var one in AddedVictims.OnePersonGroups(sentence))
        {
            // Joined to a counted group, it shares that group's verb however far the verb stands.
            var counted = one;
            foreach (var quantity in sentence.Quantities)
            {
                counted = IsCoordinated(sentence, quantity, one) ? quantity : counted;
            }

            if (Anchor(sentence, counted) is not int anchor || Outcome(sentence, anchor, counted) is not { } trigger)
            {
                continue;
            }

            var key = (OutcomeOf(trigger.Code)!, trigger.Start);
            if (byTrigger.ContainsKey(key) && (counted != one || AddedVictims.HasAdditionCue(sentence, trigger)))
            {
                byTrigger[key] += 1;
                groups[key] = (groups[key].Count + 1, trigger);
            }
        }
    }

    private static void AddSingleVictim(SentenceView sentence, CountsOfSentence counts)
    {
        if (counts.Fatalities is null && HasSingleVictim(sentence, "kill", "dead"))
        {
            counts.Fatalities = 1;
            counts.AddsFatalities = sentence.Triggers.Exists(t => t.Code is "kill" or "dead" && AddedVictims.HasAdditionCue(sentence, t));
        }
        else if (counts.Fatalities is null && counts.Injured is null && HasSingleVictim(sentence, "injure"))
        {
            counts.Injured = 1;
        }
    }

    public static string? OutcomeOf(string trigger) => trigger switch
    {
        "kill" or "dead" or "massacre" => "fatalities",
        "injure" => "injured",
        "arrest" => "arrested",
        "kidnap" or "disappear" => "kidnapped",
        _ => null,
    };

    /// <summary>The token a count is about: a victim noun or count word just after it, or a count word just before it ("killed 7").</summary>
    private static int? Anchor(SentenceView sentence, Quantity quantity)
    {
        // Only victim nouns and count words: "a grenade hurt four guards" counts four, not five.
        foreach (var match in sentence.Actors)
        {
            if (match.Start >= quantity.End && match.Start - quantity.End < NounReach && !AnyMatchBetween(sentence, quantity.End, match.Start)
                && !ParentheticalBreakdown.HasBreakBetween(sentence, quantity.End, match.Start))
            {
                return match.Start;
            }
        }

        foreach (var match in sentence.Triggers)
        {
            if (OutcomeOf(match.Code) is not null && match.Start >= quantity.End && match.Start - quantity.End < NounReach && !AnyMatchBetween(sentence, quantity.End, match.Start)
                && !ParentheticalBreakdown.HasBreakBetween(sentence, quantity.End, match.Start))
            {
                return match.Start;
            }
        }

        foreach (var trigger in sentence.Triggers)
        {
            if (OutcomeOf(trigger.Code) is not null && IsRightAfter(sentence, trigger, quantity))
            {
                return trigger.Start;
            }
        }

        return null;
    }

    /// <summary>
    /// "killed 7", "mataron a 7": a count just after a verb of killing is its object; but after a comma
    /// ("14 were shot, two of their vehicles burned") a new clause begins and the count is not the verb's.
    /// </summary>
    private static bool IsRightAfter(SentenceView sentence, WordMatch trigger, Quantity quantity)
    {
        if (trigger.End > quantity.Start || quantity.Start - trigger.End > 2)
        {
            return false;
        }

        // "13 muertos y dos patrullas quemadas": a count word that has its own count before it takes no second one after it.
        foreach (var other in sentence.Quantities)
        {
            if (other.End <= trigger.Start && trigger.Start - other.End < NounReach)
            {
                return false;
            }
        }

        // "Five gunmen were shot dead and two people rescued": after "and" the count begins a group of its own.
        for (var i = trigger.End; i < quantity.Start; i++)
        {
            if ((sentence.Tokens[i].Kind == TokenKind.Punctuation && sentence.Words[i] is not ":") || sentence.Conjunctions.Contains(sentence.Words[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AnyMatchBetween(SentenceView sentence, int start, int end)
    {
        if (end <= start)
        {
            return false;
        }

        foreach (var match in sentence.Triggers)
        {
            if (match.Start >= start && match.Start < end)
            {
                return true;
            }
        }

        foreach (var match in sentence.Actors)
        {
            if (match.Start >= start && match.Start < end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The count trigger a count is about: a verb just before it ("killed two soldiers", "murieron
    /// cuatro agentes"), else the nearest after its noun ("two soldiers were killed"), else before it.
    /// </summary>
    private static WordMatch? Outcome(SentenceView sentence, int anchor, Quantity quantity)
        => FoundOutcome(sentence, anchor, quantity) is { } found ? GroupBorders.LaterDeath(sentence, found) ?? found : null;

    private static WordMatch? FoundOutcome(SentenceView sentence, int anchor, Quantity quantity)
    {
        // "negen anderen raakten gewond": a count that is about a count word is that word's, whatever stands before the count.
        foreach (var trigger in sentence.Triggers)
        {
            if (trigger.Start == anchor && OutcomeOf(trigger.Code) is not null)
            {
                return trigger;
            }
        }

        // "vijf agenten gewond": a count word right after the counted noun is the count's own.
        var anchorEnd = AnchorEnd(sentence, anchor);

        foreach (var trigger in sentence.Triggers)
        {
            if (OutcomeOf(trigger.Code) is not null && trigger.Start >= anchorEnd - 1 && trigger.Start - anchorEnd <= 1 && trigger.Start >= anchor)
            {
                return trigger;
            }
        }

        foreach (var trigger in sentence.Triggers)
        {
            if (OutcomeOf(trigger.Code) is not null && IsRightAfter(sentence, trigger, quantity))
            {
                return trigger;
            }
        }

        WordMatch? best = null;
        var bestDistance = int.MaxValue;
        foreach (var trigger in sentence.Triggers)
        {
            if (OutcomeOf(trigger.Code) is null)
            {
                continue;
            }

            if (TookPart(sentence, anchor, trigger) || (trigger.End <= quantity.Start && GroupBorders.IsOtherGroupsVerb(sentence, trigger, quantity))
                || ParentheticalBreakdown.CrossesParenthesis(sentence, anchor, trigger))
            {
                continue;
            }

            var distance = trigger.Start >= anchor ? trigger.Start - anchor : (anchor - trigger.End + 1) * 2;
            var reach = trigger.Start >= anchor ? ForwardReach : BackwardReach * 2;
            if (distance <= reach && distance < bestDistance && !CrossesOtherCount(sentence, quantity, trigger))
            {
                best = trigger;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>"Otte personer deltog i drabet": a verb of taking part between the counted noun and the killing makes them its doers.</summary>
    private static bool TookPart(SentenceView sentence, int anchor, WordMatch trigger)
    {
        for (var i = anchor + 1; i < trigger.Start; i++)
        {
            if (sentence.Participation.Contains(sentence.Words[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The token after the victim noun or count word that begins at <paramref name="anchor"/> ("police officers", "raakten gewond").</summary>
    private static int AnchorEnd(SentenceView sentence, int anchor)
    {
        var end = anchor + 1;
        foreach (var match in sentence.Actors)
        {
            end = match.Start == anchor ? Math.Max(end, match.End) : end;
        }

        foreach (var match in sentence.Triggers)
        {
            end = match.Start == anchor ? Math.Max(end, match.End) : end;
        }

        return end;
    }

    /// <summary>Whether another count stands between this one and the trigger and is nearer to it: then the trigger is that count's.</summary>
    private static bool CrossesOtherCount(SentenceView sentence, Quantity quantity, WordMatch trigger)
    {
        foreach (var other in sentence.Quantities)
        {
            if (other.Start == quantity.Start)
            {
                continue;
            }

            var between = trigger.Start >= quantity.End
                ? other.Start >= quantity.End && other.End <= trigger.Start
                : other.End <= quantity.Start && other.Start >= trigger.End;
            if (between && Anchor(sentence, other) is int otherAnchor && Math.Abs(otherAnchor - trigger.Start) < Math.Abs(quantity.Start - trigger.Start))
            {
                // "3 muertos y 5 heridos": the 5 is the wounded's, not the dead's. "Dos policías y tres sicarios murieron":
                // groups joined by one word or a comma share the verb after the last; but in "several gunmen opened
                // fire. 14 police were killed" the verb is the 14's only.
                return sentence.Triggers.Exists(t => t.Start >= other.End && t.Start - other.End < NounReach && OutcomeOf(t.Code) is not null
                    && (t.Start != trigger.Start || !IsCoordinated(sentence, quantity, other)));
            }
        }

        return false;
    }

    /// <summary>
    /// "Quatre policiers et deux civils", "fem kriminelle og to soldater", "a dos escoltas y a una mujer": the
    /// second group follows the first's noun with a word for "and" or a comma, and perhaps a preposition, between.
    /// </summary>
    private static bool IsCoordinated(SentenceView sentence, Quantity first, Quantity second)
        => second.Start >= first.End && Anchor(sentence, first) is int anchor && anchor < second.Start && second.Start - AnchorEnd(sentence, anchor) <= CoordinationGap;

    /// <summary>"Fourteen dead, including seven soldiers": the seven are among the fourteen.</summary>
    private static bool IsSubset(SentenceView sentence, Quantity quantity)
        => sentence.Triggers.Exists(t => t.Code == "subset" && t.End <= quantity.Start && quantity.Start - t.End <= 2);

    private static bool IsInsideDate(SentenceView sentence, Quantity quantity)
    {
        var span = sentence.SpanOf(quantity.Start, quantity.End);

        // A loop, not Any with a lambda: this runs for every count, and the closure was garbage each time.
        foreach (var date in sentence.Dates)
        {
            if (date.Span.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A named person, or a victim noun after a word for "one" ("un agente murió"), or a pronoun for one person, near a killing or wounding.</summary>
    public static bool HasSingleVictim(SentenceView sentence, string outcome, string? alsoOutcome = null)
    {
        if (sentence.Triggers.FindIndex(t => t.Code == outcome || t.Code == alsoOutcome) is not (>= 0 and var first))
        {
            return false;
        }

        var kill = sentence.Triggers[first];
        foreach (var mention in sentence.Entities)
        {
            if (mention.Entity.Type == "PER" && mention.Entity.Kind is not "criminal")
            {
                var token = sentence.TokenAt(mention.Span.Start);
                if (Math.Abs(token - kill.Start) <= 8)
                {
                    return true;
                }
            }
        }

        return sentence.Actors.Exists(a => a.Start > 0 && sentence.Singular.Contains(sentence.Words[a.Start - 1]) && Math.Abs(a.Start - kill.Start) <= 8)
            || HasPronounVictim(sentence, kill);
    }

    /// <summary>
    /// "He was killed", "ble han drept", "drepte henne", "fue asesinado", "murió": a pronoun for one
    /// person just before the killing (its subject, after an auxiliary) or just after it (its object),
    /// or a verb form in the singular, is one victim.
    /// </summary>
    private static bool HasPronounVictim(SentenceView sentence, WordMatch kill)
    {
        for (var i = Math.Max(0, kill.Start - PronounReach); i < Math.Min(sentence.Words.Length, kill.End + 1); i++)
        {
            if (sentence.Pronouns.Contains(sentence.Words[i]))
            {
                return true;
            }
        }

        return false;
    }
}
