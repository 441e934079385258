namespace Atalaya.Core.Stages.Events.Counting;

/// <summary>
/// "The number of dead was ten (four police officers and six suspects)", "nueve muertos (dos agentes y
/// siete civiles)": counts in parentheses right after a count break it down; they are not more victims.
/// </summary>
internal static class ParentheticalBreakdown
{
    /// <summary>How many words may stand between the count broken down and the parenthesis ("ni personer drept tirsdag (").</summary>
    private const int CountReach = 8;

    public static bool IsBreakdown(Events.SentenceView sentence, Quantity quantity)
    {
        var open = OpeningParenthesis(sentence, quantity.Start);
        if (open < 0)
        {
            return false;
        }

        foreach (var other in sentence.Quantities)
        {
            if (other.End <= open && open - other.End < CountReach)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The "(" the count stands inside, or -1 when it stands outside any.</summary>
    private static int OpeningParenthesis(Events.SentenceView sentence, int token)
    {
        for (var i = token - 1; i >= 0; i--)
        {
            switch (sentence.Words[i])
            {
                case "(" or "[":
                    return i;
                case ")" or "]":
                    return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "(cuatro policías y ocho agresores), ocho detenidos": a count inside parentheses is not about a verb outside them, nor
    /// one outside about a verb inside. A parenthesis opened and closed between them ("integrantes del Cártel (CDG) murieron") is no border.
    /// </summary>
    public static bool CrossesParenthesis(Events.SentenceView sentence, int anchor, Events.WordMatch trigger)
    {
        var (from, to) = trigger.Start >= anchor ? (anchor, trigger.Start) : (trigger.End, anchor);
        var depth = 0;
        for (var i = from; i < to; i++)
        {
            depth += sentence.Words[i] is "(" or "[" ? 1 : sentence.Words[i] is ")" or "]" ? -1 : 0;
            if (depth < 0)
            {
                return true;
            }
        }

        return depth != 0;
    }

    /// <summary>Whether punctuation that ends a phrase stands between two tokens: a count and a noun across it are not one group ("ten (four police").</summary>
    public static bool HasBreakBetween(Events.SentenceView sentence, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (sentence.Words[i] is "(" or ")" or "[" or "]" or "," or ";" or ":" or ".")
            {
                return true;
            }
        }

        return false;
    }
}
