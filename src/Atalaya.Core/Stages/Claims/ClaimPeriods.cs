using Atalaya.Core.Documents;
using Atalaya.Core.Resources;
using Atalaya.Core.Stages.Events.Dates;

namespace Atalaya.Core.Stages.Claims;

/// <summary>
/// When a figure holds: its <c>as_of</c> (the date nearest to it in its sentence) and, for a tally,
/// its <c>since</c> (the first date after "since", "desde", "between", "entre": "since 2018",
/// "depuis le lancement, en décembre 2006", the 2018 of "between 2018 and 2024").
/// </summary>
internal static class ClaimPeriods
{
    /// <summary>How far after "since" its date may start ("depuis le lancement, en décembre 2006").</summary>
    private const int StartReach = 6;

    /// <summary>
    /// The date nearest to the figure in its sentence, other than the figure itself (a founding
    /// year) and the start of a tally ("since 2016").
    /// </summary>
    public static PartialDate? AsOf(ClaimDraft draft, ClaimSentence sentence, IReadOnlyList<DateMention> dates)
    {
        PartialDate? best = null;
        var bestDistance = int.MaxValue;
        for (var d = 0; d < dates.Count; d++)
        {
            var start = sentence.TokenAt(dates[d].Span.Start);
            var end = sentence.TokenAt(dates[d].Span.End - 1) + 1;
            if ((ClaimSentence.Distance(start, end, draft.Start, draft.End) == 0 && start < draft.End && draft.Start < end) || IsStart(sentence, dates, d))
            {
                continue;
            }

            var distance = ClaimSentence.Distance(start, end, draft.Start, draft.End);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (dates[d].Date, distance);
            }
        }

        return best;
    }

    /// <summary>The start the sentence gives for a tally, or null: the first date or year written after a "since" cue.</summary>
    public static PartialDate? Since(ClaimSentence sentence, IReadOnlyList<DateMention> dates)
    {
        foreach (var cue in sentence.Cues)
        {
            if (!ClaimWords.OpensPeriod(cue.Code))
            {
                continue;
            }

            for (var i = cue.End; i < Math.Min(sentence.Tokens.Count, cue.End + StartReach); i++)
            {
                foreach (var date in dates)
                {
                    if (sentence.TokenAt(date.Span.Start) == i)
                    {
                        return date.Date;
                    }
                }

                // "zwischen 2019 und 2022": a year the date reader left out of its dates.
                if (sentence.Numbers.Find(n => n.Start == i) is { } number && NumberSlots.IsYear(sentence, number))
                {
                    return PartialDate.OfYear((int)number.Value);
                }
            }
        }

        return null;
    }

    /// <summary>Whether date <paramref name="d"/> is the first date after a "since" cue, close to it (the end of "between 2018 and 2024" is no start).</summary>
    private static bool IsStart(ClaimSentence sentence, IReadOnlyList<DateMention> dates, int d)
    {
        var start = sentence.TokenAt(dates[d].Span.Start);
        foreach (var cue in sentence.Cues)
        {
            if (!ClaimWords.OpensPeriod(cue.Code) || cue.End > start || start - cue.End >= StartReach)
            {
                continue;
            }

            // A year between the cue and this date (written or read as a date) is the start, not this one.
            var first = !sentence.Numbers.Exists(n => n.Start >= cue.End && n.Start < start && NumberSlots.IsYear(sentence, n));
            for (var other = 0; other < d; other++)
            {
                var otherStart = sentence.TokenAt(dates[other].Span.Start);
                first &= !(otherStart >= cue.End && otherStart < start);
            }

            if (first)
            {
                return true;
            }
        }

        return false;
    }
}
