using Atalaya.Core.Documents;

namespace Atalaya.Core.Corpus.Stories;

internal enum DateAgreement
{
    Unknown,
    Agree,

    /// <summary>Only dates coarser than a day fall within the window: they neither help nor block by themselves.</summary>
    Coarse,
    Contradict,
}

/// <summary>Whether two documents' dates allow them to be one story.</summary>
internal static class StoryDates
{
    /// <summary>
    /// Agree when some day of one is within the window of some day of the other, contradict when no
    /// date of one is within the window of any date of the other, unknown when either has no date,
    /// coarse when only dates coarser than a day fall within the window: two months that touch
    /// ("June", "July") cannot tell that two documents appeared in the same week.
    /// </summary>
    public static DateAgreement Compare(StoryProfile a, StoryProfile b, int windowDays)
    {
        if (a.Anchors.Length == 0 || b.Anchors.Length == 0)
        {
            return DateAgreement.Unknown;
        }

        var compatible = false;
        foreach (var x in a.Anchors)
        {
            foreach (var y in b.Anchors)
            {
                if (x.DaysApart(y) <= windowDays)
                {
                    if (x.Precision == DatePrecision.Day && y.Precision == DatePrecision.Day)
                    {
                        return DateAgreement.Agree;
                    }

                    compatible = true;
                }
            }
        }

        return compatible ? DateAgreement.Coarse : DateAgreement.Contradict;
    }

    /// <summary>Whether both documents name one town (a GeoNames place below a state) and do not date different incidents there.</summary>
    public static bool ShareTown(StoryProfile a, StoryProfile b)
    {
        int i = 0, j = 0;
        while (i < a.Features.Length && j < b.Features.Length)
        {
            if (a.Features[i] == b.Features[j])
            {
                if (a.Towns[i] != 0 && !DifferentIncidentsAt(a, b, a.Towns[i]))
                {
                    return true;
                }

                i++;
                j++;
            }
            else if (a.Features[i] < b.Features[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return false;
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
