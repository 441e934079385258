using Atalaya.Core.Documents;

namespace Atalaya.Core.Stages.Claims;

/// <summary>
/// Tallies the event stage refuses as events: victims of a kind killed over a period ("262 police
/// officers killed since 2018" → police_killed_total, "about 75 a year" → police_killed_per_year,
/// "seven so far this year" → police_killed_ytd, off duty → police_killed_off_duty) and murders in
/// a place ("2,700 homicides last year" → homicides, "another 200 so far this year" → homicides_ytd).
/// A count without its own noun goes with the noun before it; a count without its own period, in a
/// sentence that follows a tally, goes on with that tally. The subject is the place counted in.
/// </summary>
internal sealed class Tallies(ClaimSubjects subjects)
{
    /// <summary>How far after a count its victim noun may stand ("262 police officers", "seven state police officers").</summary>
    private const int NounReach = 3;

    /// <summary>How far after "since" its date or year must stand for a tally ("since at least 2018").</summary>
    private const int SinceReach = 4;

    private static readonly HashSet<string> KillTriggers = new(StringComparer.Ordinal) { "kill", "dead", "massacre" };

    /// <summary>What a victim category is called in an attribute name.</summary>
    private static readonly Dictionary<string, string> VictimNames = new(StringComparer.Ordinal)
    {
        ["police"] = "police", ["military"] = "soldiers", ["national_guard"] = "guardsmen", ["navy"] = "marines",
        ["security"] = "security_forces", ["official"] = "officials", ["journalist"] = "journalists", ["civilian"] = "civilians",
        ["person"] = "people", ["child"] = "children", ["gunmen"] = "gunmen", ["prisoner"] = "prisoners",
    };

    private string? paragraphNoun;
    private string? paragraphPeriod;
    private bool paragraphKilling;

    /// <summary>A new paragraph: no tally goes on across it.</summary>
    public void StartParagraph() => (paragraphNoun, paragraphPeriod, paragraphKilling) = (null, null, false);

    public void Read(string text, ClaimSentence sentence, IReadOnlyList<Events.Dates.DateMention> dates, int paragraphStart, List<ClaimDraft> found)
    {
        var killing = sentence.Triggers.Exists(t => KillTriggers.Contains(t.Code));
        var counts = sentence.Numbers.FindAll(n => n.Value >= 2 && !NumberSlots.IsYear(text, sentence, n));
        var periods = Periods(text, sentence, counts);
        var sentencePeriod = periods.Count > 0 || dates.Count == 0 ? null
            : dates.All(d => d.Date.Precision == DatePrecision.Year) ? "year" : null;
        var carried = periods.Count == 0 && dates.Count == 0 ? paragraphPeriod : null;
        var offDuty = sentence.Has("off_duty");
        string? lastNoun = null;
        string? lastPeriod = null;
        DocumentEntity? place = null;
        for (var c = 0; c < counts.Count; c++)
        {
            var number = counts[c];
            var noun = NounAfter(sentence, number) ?? lastNoun ?? (carried is not null ? paragraphNoun : null);
            var period = periods.GetValueOrDefault(c) ?? sentencePeriod ?? carried;
            if (noun is null || period is null)
            {
                continue;
            }

            lastNoun = noun;
            lastPeriod = period;
            if (noun != "homicide" && !killing && !paragraphKilling)
            {
                continue;
            }

            place ??= subjects.Place(sentence, paragraphStart);
            if (place is not null)
            {
                found.Add(new ClaimDraft(place, Attribute(noun, period, offDuty), number.Value, null, number.Start, number.End));
            }
        }

        paragraphKilling |= killing && (periods.Count > 0 || lastPeriod is not null);
        (paragraphNoun, paragraphPeriod) = lastNoun is not null ? (lastNoun, lastPeriod) : (paragraphNoun, paragraphPeriod);
    }

    private static string Attribute(string noun, string period, bool offDuty)
    {
        if (noun == "homicide")
        {
            return period switch { "ytd" => "homicides_ytd", "per_year" => "homicides_per_year", _ => "homicides" };
        }

        var suffix = offDuty ? "off_duty" : period is "ytd" or "per_year" ? period : "total";
        return $"{VictimNames.GetValueOrDefault(noun, noun)}_killed_{suffix}";
    }

    /// <summary>The victim noun ("policías", "journalists") or "homicides" right after a count.</summary>
    private static string? NounAfter(ClaimSentence sentence, NumberSlot number)
    {
        foreach (var victim in sentence.Victims)
        {
            if (victim.Start >= number.End && victim.Start - number.End < NounReach)
            {
                return victim.Code;
            }
        }

        foreach (var cue in sentence.Cues)
        {
            if (cue.Code == "homicide" && cue.Start >= number.End && cue.Start - number.End < NounReach)
            {
                return "homicide";
            }
        }

        return null;
    }

    /// <summary>
    /// The period cues of the sentence ("since 2018", "a total of", "a year", "so far this year"), each
    /// given to the count nearest to it (ties to the count after the cue: "a total of 262"), by the
    /// count's index. "Since" counts only with a year after it ("since at least 2018").
    /// </summary>
    private static Dictionary<int, string> Periods(string text, ClaimSentence sentence, List<NumberSlot> counts)
    {
        var periods = new Dictionary<int, string>();
        if (counts.Count == 0)
        {
            return periods;
        }

        foreach (var cue in sentence.Cues)
        {
            var period = cue.Code switch
            {
                "total" or "per_year" or "ytd" => cue.Code,
                "since" when YearFollows(sentence, cue.End) => "total",
                _ => null,
            };
            if (period is null)
            {
                continue;
            }

            var (nearest, bestDistance) = (-1, int.MaxValue);
            for (var c = 0; c < counts.Count; c++)
            {
                var distance = (ClaimSentence.Distance(counts[c].Start, counts[c].End, cue.Start, cue.End) * 2) + (counts[c].Start >= cue.End ? 0 : 1);
                if (distance < bestDistance)
                {
                    (nearest, bestDistance) = (c, distance);
                }
            }

            // The first period cue given to a count keeps it.
            periods.TryAdd(nearest, period);
        }

        return periods;
    }

    private static bool YearFollows(ClaimSentence sentence, int from)
    {
        for (var i = from; i < Math.Min(sentence.Tokens.Count, from + SinceReach); i++)
        {
            if (sentence.Tokens[i].Kind == TokenKind.Number && sentence.Tokens[i].Span.Length == 4)
            {
                return true;
            }
        }

        return false;
    }
}
