using Atalaya.Core.Documents;
using Atalaya.Core.Resources;

namespace Atalaya.Core.Stages.Claims;

/// <summary>
/// Tallies the event stage refuses as events: victims of a kind killed over a period ("318 police
/// officers killed since 2016" → police_killed_total, "about 40 a year" → police_killed_per_year,
/// "five so far this year" → police_killed_ytd, off duty → police_killed_off_duty) and murders in
/// a place ("2,700 homicides last year" → homicides, "another 200 so far this year" → homicides_ytd).
/// A count without its own noun goes with the noun before it; a count without its own period, in a
/// sentence that follows a tally, goes on with that tally; a count with no noun after it takes the
/// victim noun or "homicides" written shortly before it ("el número de homicidios … llegó a 3.000",
/// "personnes disparues (plus de 8.000)", "the army suffered six deaths"). People killed in a place
/// over a period are its homicides; people disappeared, its disappeared. A count of a thousand or
/// more killed or disappeared is a tally even without a period: no incident counts so many. The
/// subject is the place counted in. A number another figure took (a population) and a share ("48%") are no tally.
/// </summary>
internal sealed class Tallies(ClaimSubjects subjects, Events.Dates.DateWords dateWords, bool undated)
{
    /// <summary>How far after a count its victim noun may stand ("318 police officers", "nine state police officers").</summary>
    private const int NounReach = 3;

    /// <summary>How far after "since" its date or year must stand for a tally ("since at least 2015").</summary>
    private const int SinceReach = 4;

    /// <summary>How far before a count without a noun of its own its victim noun may stand ("homicidios en el estado llegaron a 3.000").</summary>
    private const int NounReachBefore = 8;

    /// <summary>From this many killed or disappeared on, a count is a tally without a period cue.</summary>
    public const int TallySize = 1000;

    private static readonly HashSet<string> KillTriggers = new(StringComparer.Ordinal) { "kill", "dead", "massacre" };

    /// <summary>Victim categories that are a country's forces: their tallies are the country's.</summary>
    private static readonly HashSet<string> NationalForces = new(StringComparer.Ordinal) { "military", "national_guard", "navy" };

    /// <summary>What a victim category is called in an attribute name.</summary>
    private static readonly Dictionary<string, string> VictimNames = new(StringComparer.Ordinal)
    {
        ["police"] = "police", ["military"] = "soldiers", ["national_guard"] = "guardsmen", ["navy"] = "marines",
        ["security"] = "security_forces", ["official"] = "officials", ["journalist"] = "journalists", ["civilian"] = "civilians",
        ["person"] = "people", ["child"] = "children", ["gunmen"] = "gunmen", ["prisoner"] = "prisoners",
    };

    private string? paragraphPeriod;
    private bool paragraphKilling;

    /// <summary>A new paragraph: no tally goes on across it.</summary>
    public void StartParagraph() => (paragraphPeriod, paragraphKilling) = (null, false);

    /// <summary>Whether a tally of the paragraph may go on in the next sentence ("Forty officers were killed.").</summary>
    public bool Carrying => paragraphPeriod is not null;

    public void Read(string text, ClaimSentence sentence, LazyDates sentenceDates, int paragraphStart, List<ClaimDraft> found)
    {
        var killing = sentence.Triggers.Exists(t => KillTriggers.Contains(t.Code));
        var disappearing = !killing && sentence.HasTrigger("disappear");
        var counts = sentence.Numbers.FindAll(n => n.Value >= 2 && !NumberSlots.IsYear(sentence, n) && !found.Exists(d => d.Start <= n.Start && n.Start < d.End) && !IsShare(sentence, n));
        if (counts.Count == 0 || !(killing || disappearing || paragraphKilling || sentence.Has("homicide")) || (sentence.Victims.Count == 0 && !sentence.Has("homicide")))
        {
            // No count, nothing killed or nobody counted: no tally here, but a tally cue beside a killing opens one for the sentences after.
            paragraphKilling |= killing && sentence.Cues.Exists(c => c.Code is "total" or "per_year" or "ytd" or "since" or "between");
            return;
        }

        var periods = Periods(text, sentence, counts);
        var hasPeriod = periods.Count > 0 || sentence.Cues.Exists(c => c.Code is "total" or "per_year" or "ytd" or "since" or "between");

        // "Last year … 2,700 homicides", "in 2021": a count over a whole year is a tally of that year. Dates are
        // read only when a count has no period cue of its own: the date reader is dear.
        var unassigned = periods.Count < counts.Count;
        var dates = unassigned ? sentenceDates.All : [];
        var sentencePeriod = unassigned && ((dates.Count > 0 && dates.All(d => d.Date.Precision == DatePrecision.Year)) || (undated && NamesWholeYear(sentence))) ? "year" : null;
        var carried = unassigned && !hasPeriod && dates.Count == 0 ? paragraphPeriod : null;
        var offDuty = sentence.Has("off_duty");
        string? lastNoun = null;
        string? lastPeriod = null;
        for (var c = 0; c < counts.Count; c++)
        {
            var number = counts[c];
            var own = NounAfter(sentence, number);
            var noun = own ?? lastNoun ?? (c == 0 ? NounBefore(sentence, number) : null);
            lastNoun = noun;

            // A count goes on with a tally of the sentence before only with a victim noun of its own ("Forty officers were killed").
            var period = periods.GetValueOrDefault(c) ?? sentencePeriod ?? (own is not null ? carried : null)
                ?? (number.Value >= TallySize ? "total" : null);
            if (noun is null || period is null)
            {
                continue;
            }

            lastPeriod = period;
            if (noun != "homicide" && !killing && !disappearing && !paragraphKilling)
            {
                continue;
            }

            var place = subjects.Place(sentence, paragraphStart, NationalForces.Contains(noun));
            if (place is not null)
            {
                var attribute = disappearing && noun != "homicide" ? Disappeared(period) : Attribute(noun, period, offDuty);
                found.Add(new ClaimDraft(place, attribute, number.Value, null, number.Start, number.End));
            }
        }

        paragraphKilling |= killing && (hasPeriod || lastPeriod is not null);
        paragraphPeriod = lastPeriod ?? paragraphPeriod;
    }

    /// <summary>
    /// "Last year", "this year", "vorig jaar": a relative year phrase of date_phrases.tsv, which the
    /// date reader resolves only when the publication date is known (so this is asked only without one).
    /// </summary>
    private bool NamesWholeYear(ClaimSentence sentence)
    {
        for (var i = 0; i < sentence.Words.Length; i++)
        {
            var phrase = sentence.Words[i];
            for (var length = 1; length <= dateWords.MaxWords && i + length <= sentence.Words.Length; length++)
            {
                if (length > 1)
                {
                    phrase += " " + sentence.Words[i + length - 1];
                }

                if (dateWords.Phrases.TryGet(phrase, out var entry) && entry.OffsetUnit == "year")
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether an attribute is a tally of a place (killed, homicides, disappeared): such a figure may give a start ("since 2018").</summary>
    public static bool IsTally(string attribute)
        => attribute.Contains("_killed", StringComparison.Ordinal) || attribute.StartsWith("homicides", StringComparison.Ordinal) || attribute.StartsWith("disappeared", StringComparison.Ordinal);

    /// <summary>"48%", "per 100,000": a share or a rate's base, not a count of people.</summary>
    private static bool IsShare(ClaimSentence sentence, NumberSlot number)
        => (number.End < sentence.Words.Length && sentence.Words[number.End] == "%") || sentence.IsRateBase(number);

    private static string Disappeared(string period) => period == "ytd" ? "disappeared_ytd" : "disappeared";

    private static string Attribute(string noun, string period, bool offDuty)
    {
        // People killed in a place over a period, no group of victims named: the place's homicides.
        if (noun is "homicide" or "person")
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
    /// The victim noun or "homicides" nearest before a count that has none after it, with no other
    /// number between ("el número de homicidios … llegó a 3.000", "personnes disparues (plus de 8.000)").
    /// </summary>
    private static string? NounBefore(ClaimSentence sentence, NumberSlot number)
    {
        var (best, bestEnd) = ((string?)null, -1);
        foreach (var victim in sentence.Victims)
        {
            if (victim.End <= number.Start && victim.End > bestEnd)
            {
                (best, bestEnd) = (victim.Code, victim.End);
            }
        }

        foreach (var cue in sentence.Cues)
        {
            if (cue.Code == "homicide" && cue.End <= number.Start && cue.End > bestEnd)
            {
                (best, bestEnd) = ("homicide", cue.End);
            }
        }

        return best is not null && number.Start - bestEnd <= NounReachBefore && !sentence.Numbers.Exists(n => n.Start >= bestEnd && n.End <= number.Start) ? best : null;
    }

    /// <summary>
    /// The period cues of the sentence ("since 2016", "a total of", "a year", "so far this year"), each
    /// given to the count nearest to it (ties to the count after the cue: "a total of 318"), by the
    /// count's index. "Since" counts only with a year after it ("since at least 2015").
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
                "since" or "between" when YearFollows(sentence, cue.End) => "total",
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
