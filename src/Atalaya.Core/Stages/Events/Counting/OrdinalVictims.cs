namespace Atalaya.Core.Stages.Events.Counting;

/// <summary>
/// "A third person, a woman, was also killed", "una tercera víctima", "ein dritter Polizist starb": an
/// ordinal after "a" before a victim tells how many died in all, not one more than those told.
/// </summary>
internal static class OrdinalVictims
{
    /// <summary>How far the killing may stand from the ordinal's victim ("a third person, a woman on her way to work, was also killed").</summary>
    private const int KillingReach = 16;

    /// <summary>The total an ordinal victim of a killing tells, or null when the sentence tells none.</summary>
    public static int? Total(Events.SentenceView sentence)
    {
        if (sentence.Ordinals.Count == 0)
        {
            return null;
        }

        int? total = null;
        for (var i = 0; i + 1 < sentence.Words.Length; i++)
        {
            // After "a" only: "el segundo comandante", "the second lieutenant" are ranks, not the count of the dead.
            if (i > 0 && sentence.Singular.Contains(sentence.Words[i - 1]) && sentence.Ordinals.TryGetValue(sentence.Words[i], out var value)
                && IsVictimAt(sentence, i + 1) && HasKillingNear(sentence, i))
            {
                total = Math.Max(total ?? 0, value);
            }
        }

        return total;
    }

    /// <summary>A victim noun ("person", "policía") or a word for the dead ("víctima") right after the ordinal.</summary>
    private static bool IsVictimAt(Events.SentenceView sentence, int token)
        => sentence.Actors.Exists(a => a.Start == token) || sentence.Triggers.Exists(t => t.Start == token && t.Code is "dead");

    private static bool HasKillingNear(Events.SentenceView sentence, int token)
        => sentence.Triggers.Exists(t => t.Code is "kill" or "dead" && Math.Abs(t.Start - token) <= KillingReach);
}
