namespace Atalaya.Core.Stages.Events.Counting;

/// <summary>
/// "Cuatro policías asesinados, ocho presuntos sicarios abatidos", "four officers were killed and eight
/// attackers were shot dead": groups of different sides, each told right before its own verb, are
/// different dead of one incident and add up; counts told with different verbs are otherwise versions
/// of one figure ("three died … the army confirmed four died"), of which the largest is kept.
/// </summary>
internal sealed class SidesOfTheDead
{
    private static readonly HashSet<string> ForceNouns = new(StringComparer.Ordinal) { "police", "military", "national_guard", "navy", "security" };

    private readonly Dictionary<(string Outcome, int Trigger), Side?> sideOfVerb = [];

    /// <summary>
    /// Notes the group a count of <paramref name="key"/> is about: its side when the verb follows its noun at once
    /// ("policías asesinados", "officers were killed"), else none (a loose count, a versions' figure).
    /// </summary>
    public void Note((string Outcome, int Trigger) key, Events.SentenceView sentence, int anchor, int anchorEnd, Events.WordMatch trigger)
    {
        Side? side = trigger.Start >= anchorEnd && trigger.Start - anchorEnd <= 1 ? SideOf(sentence, anchor) : null;
        sideOfVerb[key] = sideOfVerb.TryGetValue(key, out var known) && known != side ? null : side;
    }

    /// <summary>The figure of one outcome from the counts of its verbs: the largest, or the sum over sides when groups of different sides each have their own verb.</summary>
    public int Figure(IEnumerable<((string Outcome, int Trigger) Key, int Value)> verbs)
    {
        var loose = 0;
        var bySide = new Dictionary<Side, int>();
        foreach (var (key, value) in verbs)
        {
            if (sideOfVerb.GetValueOrDefault(key) is { } side)
            {
                bySide[side] = Math.Max(bySide.GetValueOrDefault(side), value);
            }
            else
            {
                loose = Math.Max(loose, value);
            }
        }

        return bySide.Count > 1 ? Math.Max(loose, bySide.Values.Sum()) : Math.Max(loose, bySide.Values.DefaultIfEmpty(0).Max());
    }

    /// <summary>The side of the victim noun at <paramref name="anchor"/>; "people" could be of any side and has none.</summary>
    private static Side? SideOf(Events.SentenceView sentence, int anchor)
    {
        foreach (var actor in sentence.Actors)
        {
            if (actor.Start == anchor)
            {
                return actor.Code switch
                {
                    "gunmen" => Side.Armed,
                    "person" => null,
                    _ when ForceNouns.Contains(actor.Code) => Side.State,
                    _ => Side.Civilian,
                };
            }
        }

        return null;
    }
}
