using Atalaya.Core.Documents;

namespace Atalaya.Core.Corpus.Stories;

internal enum DateAgreement
{
    Unknown,
    Agree,
    Contradict,
}

/// <summary>Whether two documents' dates allow them to be one story.</summary>
internal static class StoryDates
{
    /// <summary>
    /// Agree when some date of one is within the window of some date of the other, contradict when
    /// none is, unknown when either has no date (which neither helps nor blocks).
    /// </summary>
    public static DateAgreement Compare(StoryProfile a, StoryProfile b, int windowDays)
    {
        if (a.Anchors.Length == 0 || b.Anchors.Length == 0)
        {
            return DateAgreement.Unknown;
        }

        foreach (var x in a.Anchors)
        {
            foreach (var y in b.Anchors)
            {
                if (x.DaysApart(y) <= windowDays)
                {
                    return DateAgreement.Agree;
                }
            }
        }

        return DateAgreement.Contradict;
    }

    /// <summary>Both documents date incidents in this town, and no two of those dates are within a day: two incidents, not one.</summary>
    public static bool DifferentIncidentsAt(StoryProfile a, StoryProfile b, long town)
    {
        if (town == 0 || !a.IncidentDaysByTown.TryGetValue(town, out var daysA) || !b.IncidentDaysByTown.TryGetValue(town, out var daysB))
        {
            return false;
        }

        return !daysA.Any(x => daysB.Any(y => Math.Abs(x - y) <= 1));
    }
}
