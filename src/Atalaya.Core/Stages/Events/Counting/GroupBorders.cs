namespace Atalaya.Core.Stages.Events.Counting;

/// <summary>
/// Where one group of victims ends and the next begins around a verb: the wounded who then died, and a
/// count after "and" or a comma that is not the object of the verb before it.
/// </summary>
internal static class GroupBorders
{
    /// <summary>"Heridos y luego murieron": words from the wounding to the death told after it, "and" included.</summary>
    private const int LaterDeathGap = 3;

    /// <summary>"Six people died on Tuesday, five men and a woman": words from the verb to a count that names its dead again.</summary>
    private const int AppositionGap = 3;

    /// <summary>
    /// "Nog drie mensen raakten gewond en stierven later", "resultaron heridos y murieron", "were wounded and later died":
    /// the wounded who died are dead; the death told right after "and" is the group's outcome.
    /// </summary>
    public static Events.WordMatch? LaterDeath(Events.SentenceView sentence, Events.WordMatch wounding)
    {
        if (wounding.Code != "injure" || wounding.End >= sentence.Words.Length || !sentence.Conjunctions.Contains(sentence.Words[wounding.End]))
        {
            return null;
        }

        foreach (var trigger in sentence.Triggers)
        {
            // "Three were wounded and two died": a count of its own before the death makes it another group's.
            if (trigger.Code is "kill" or "dead" && trigger.Start > wounding.End && trigger.Start - wounding.End <= LaterDeathGap
                && !sentence.Quantities.Any(q => q.Start > wounding.End && q.Start < trigger.Start))
            {
                return trigger;
            }
        }

        return null;
    }

    /// <summary>
    /// "Cinco sicarios abatidos y dos personas rescatadas": a verb right after a counted group is that group's; a count
    /// after an "and" that follows it begins a group of its own, and one right after a comma names them again; neither is
    /// the verb's object. Further after a comma it may still be ("outros 10 ficaram feridos, assim como dois policiais").
    /// </summary>
    public static bool IsOtherGroupsVerb(Events.SentenceView sentence, Events.WordMatch trigger, Quantity quantity)
    {
        var ownCount = false;
        foreach (var other in sentence.Quantities)
        {
            ownCount |= other.End <= trigger.Start && trigger.Start - other.End <= EventCounts.NounReach;
        }

        if (!ownCount)
        {
            return false;
        }

        // "Six people died, five men and a woman": a count right after the comma names the same dead again.
        if (quantity.Start > trigger.End && quantity.Start - trigger.End <= AppositionGap && sentence.Words[quantity.Start - 1] is ",")
        {
            return true;
        }

        for (var i = trigger.End; i < quantity.Start; i++)
        {
            if (sentence.Conjunctions.Contains(sentence.Words[i]))
            {
                return true;
            }
        }

        return false;
    }
}
