namespace Atalaya.Core.Stages.Events.Counting;

/// <summary>
/// Victims told one at a time beside counted groups: "killed two bodyguards and a bystander" (a group
/// of one after an article), and "a woman also died" (the word for "also" near the verb: one more
/// than those already told).
/// </summary>
internal static class AddedVictims
{
    /// <summary>How far before a verb of killing "also" may stand ("was also killed", "ble også drept").</summary>
    private const int CueBefore = 3;

    /// <summary>How far after it ("è morto anche", "died too").</summary>
    private const int CueAfter = 2;

    /// <summary>An article before a victim noun ("a bystander", "una mujer", "en soldat") that no count covers: a group of one.</summary>
    public static List<Quantity> OnePersonGroups(Events.SentenceView sentence)
    {
        var groups = new List<Quantity>();
        foreach (var actor in sentence.Actors)
        {
            var article = actor.Start - 1;
            if (article >= 0 && sentence.Singular.Contains(sentence.Words[article]) && !IsCounted(sentence, article))
            {
                groups.Add(new Quantity(1, false, article, actor.Start));
            }
        }

        return groups;
    }

    /// <summary>Whether a word for "also" stands next to the verb: "también murió", "was also killed", "wurde auch getötet".</summary>
    public static bool HasAdditionCue(Events.SentenceView sentence, Events.WordMatch trigger)
    {
        if (sentence.Additions.Count == 0)
        {
            return false;
        }

        var end = Math.Min(sentence.Words.Length, trigger.End + CueAfter);
        for (var i = Math.Max(0, trigger.Start - CueBefore); i < end; i++)
        {
            if (sentence.Additions.Contains(sentence.Words[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Two more died", "otros dos agresores", "zwei weitere Polizisten", "nog drie mensen", "dos personas más": a word
    /// for "more" or "other" just before the count, just after it, or just after its noun makes its victims more than those told.
    /// </summary>
    public static bool IsMore(Events.SentenceView sentence, Quantity quantity, int anchorEnd)
    {
        if (sentence.More.Count == 0)
        {
            return false;
        }

        return (quantity.Start > 0 && sentence.More.Contains(sentence.Words[quantity.Start - 1]))
            || (quantity.End < sentence.Words.Length && sentence.More.Contains(sentence.Words[quantity.End]))
            || (anchorEnd > quantity.End && anchorEnd < sentence.Words.Length && sentence.More.Contains(sentence.Words[anchorEnd]));
    }

    private static bool IsCounted(Events.SentenceView sentence, int token)
    {
        foreach (var quantity in sentence.Quantities)
        {
            if (token >= quantity.Start && token < quantity.End)
            {
                return true;
            }
        }

        return false;
    }
}
