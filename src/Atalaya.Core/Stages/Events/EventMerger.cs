using Atalaya.Core.Documents;

namespace Atalaya.Core.Stages.Events;

/// <summary>One sentence's report of an event, before the reports of one incident are merged.</summary>
/// <param name="DateStated">Whether the text gave the date; otherwise it is the publication date, a guess.</param>
/// <param name="Anchor">What in the sentence itself says this is an incident of its own.</param>
internal sealed record EventReport(EventKind Kind, PartialDate? Date, bool DateStated, DocumentEntity? Place, List<EventActor> Actors, CountsOfSentence Counts, TextSpan Evidence, Anchor Anchor)
{
    /// <summary>A weekday or month named but not resolved ("on Saturday" without a publication date); see <see cref="TimeLabels"/>.</summary>
    public string? TimeLabel { get; init; }
}

/// <summary>How surely a report is of an incident of its own rather than more about one already told.</summary>
internal enum Anchor
{
    /// <summary>Nothing but the trigger ("the attack shocked the town"): it tells more of the last incident of its kind.</summary>
    None,

    /// <summary>A town only: a new incident unless one of its kind is already told in the same state. A state or country alone anchors nothing.</summary>
    Place,

    /// <summary>A lead sentence, a count or a written date: a new incident unless it is compatible with one told.</summary>
    Strong,
}

internal static class EventMerger
{
    /// <summary>A date the text did not give is the publication date; it matches a written date this close to it.</summary>
    private const int GuessedDateReach = 7;

    private static readonly string[] ViolenceOrder =
    [
        EventTyping.Remote, EventTyping.Battles, EventTyping.Civilians,
    ];

    public static List<DocumentEvent> Merge(IReadOnlyList<EventReport> reports)
    {
        var incidents = new List<Incident>();
        foreach (var report in reports)
        {
            var index = incidents.FindIndex(e => SameIncident(e, report));
            if (index < 0 && report.Anchor == Anchor.Place)
            {
                index = incidents.FindIndex(e => e.Event.Type == report.Kind.Type && e.Event.Subtype == report.Kind.Subtype
                    && SameState(e.Event.Place, report.Place) && SameTime(e, report));
            }

            if (index < 0 && report.Anchor == Anchor.None)
            {
                index = incidents.FindLastIndex(e => SameKind(e.Event, report));
                if (index < 0)
                {
                    continue;
                }
            }

            if (index < 0)
            {
                incidents.Add(new Incident(New(report)) { DateStated = report.DateStated, TimeLabel = report.TimeLabel });
                continue;
            }

            var incident = incidents[index];
            Absorb(incident.Event, incident.DateStated, report);
            incident.DateStated |= report.DateStated;
            incident.TimeLabel ??= report.TimeLabel;
        }

        return [.. incidents.Select(e => e.Event)];
    }

    /// <summary>
    /// The same type, or acts of violence that one incident can be told as: an ambush (a battle) in
    /// which officers are killed (violence against civilians) or a mine goes off (remote violence).
    /// Two kinds of remote violence, a drone and a landmine, are two incidents.
    /// </summary>
    private static bool SameKind(DocumentEvent existing, EventReport report)
        => existing.Type == report.Kind.Type && existing.Subtype == report.Kind.Subtype
            || (IsViolence(existing.Type) && IsViolence(report.Kind.Type) && !(existing.Type == EventTyping.Remote && report.Kind.Type == EventTyping.Remote));

    private static bool SameIncident(Incident existing, EventReport report)
        => SameKind(existing.Event, report) && EventPlaces.Compatible(existing.Event.Place, report.Place) && SameTime(existing, report);

    /// <summary>Compatible dates, and no two different weekdays or months named where no date could be made.</summary>
    private static bool SameTime(Incident existing, EventReport report)
    {
        if (existing.TimeLabel != report.TimeLabel && (existing.TimeLabel ?? report.TimeLabel) is not null)
        {
            // "Last Saturday" (unresolved) and "in March 2019" are two times; a label and no time at all may be one.
            var other = existing.TimeLabel is null ? existing.DateStated : report.DateStated;
            if ((existing.TimeLabel is not null && report.TimeLabel is not null) || other)
            {
                return false;
            }
        }

        return DatesCompatible(existing.Event.Date, existing.DateStated, report.Date, report.DateStated);
    }

    private static bool SameState(DocumentEntity? a, DocumentEntity? b)
        => a?.Geo is { } ga && b?.Geo is { } gb && ga.Country == gb.Country && (ga.Admin1 is null || gb.Admin1 is null || ga.Admin1 == gb.Admin1);

    private static bool DatesCompatible(PartialDate? a, bool aStated, PartialDate? b, bool bStated)
    {
        if (a is not { } x || b is not { } y)
        {
            return a is null && b is null || !(aStated && bStated);
        }

        if (aStated && bStated)
        {
            return x.IsCompatibleWith(y) || (x.Precision == DatePrecision.Day && y.Precision == DatePrecision.Day && Math.Abs(x.FirstDayNumber - y.FirstDayNumber) <= 1);
        }

        return !aStated && !bStated || (x.Precision == DatePrecision.Day && y.Precision == DatePrecision.Day
            ? Math.Abs(x.FirstDayNumber - y.FirstDayNumber) <= GuessedDateReach
            : x.IsCompatibleWith(y));
    }

    /// <summary>"Shot on Saturday … the mayor told reporters on Sunday": of two days told for one incident, the earlier is when it happened.</summary>
    private static bool IsDayBefore(PartialDate date, PartialDate known)
        => date.Precision == DatePrecision.Day && known.Precision == DatePrecision.Day && date.FirstDayNumber < known.FirstDayNumber;

    private static bool IsViolence(string type) => Array.IndexOf(ViolenceOrder, type) >= 0;

    private static DocumentEvent New(EventReport report)
    {
        var created = new DocumentEvent { Type = report.Kind.Type, Subtype = report.Kind.Subtype, Date = report.Date, Place = report.Place };
        created.Tactics.UnionWith(report.Kind.Tactics);
        Absorb(created, report.DateStated, report);
        return created;
    }

    private static void Absorb(DocumentEvent target, bool targetStated, EventReport report)
    {
        // A report that only tells more of an incident ("drones are their weapon of choice") changes neither its type nor its tactics.
        if ((report.Anchor != Anchor.None || TellsItWasAFight(target, report)) && IsViolence(target.Type) && Array.IndexOf(ViolenceOrder, report.Kind.Type) < Array.IndexOf(ViolenceOrder, target.Type))
        {
            (target.Type, target.Subtype) = (report.Kind.Type, report.Kind.Subtype);
        }

        // "Kidnapped from his home … then he was killed": a kidnapping that ends in a killing is an attack (its tactic stays kidnapping).
        if (report.Anchor != Anchor.None && target.Type == EventTyping.Civilians && report.Kind.Type == EventTyping.Civilians
            && target.Subtype == EventTyping.Abduction && report.Kind.Subtype == EventTyping.Attack)
        {
            target.Subtype = EventTyping.Attack;
        }

        if (report.Anchor != Anchor.None)
        {
            target.Tactics.UnionWith(report.Kind.Tactics);
        }

        if (report.Date is { } date && (!targetStated && report.DateStated || target.Date is not { } known || (report.DateStated && (date.Precision > known.Precision || IsDayBefore(date, known)))))
        {
            target.Date = date;
        }

        if (report.Place is { } place && (target.Place is null || (report.Anchor != Anchor.None && EventPlaces.Compatible(place, target.Place) && EventPlaces.Specificity(place) > EventPlaces.Specificity(target.Place))))
        {
            target.Place = place;
        }

        // A report that names both sides ("gunmen of X ambushed police") says more than one naming one.
        if (report.Actors.Count > target.Actors.Count || (report.Actors.Count == target.Actors.Count && report.Actors.Count(a => a.Entity is not null) > target.Actors.Count(a => a.Entity is not null)))
        {
            target.Actors.Clear();
            target.Actors.AddRange(report.Actors);
        }

        if (!target.Evidence.Contains(report.Evidence))
        {
            target.Evidence.Add(report.Evidence);
        }

        // "Several officers have died in this war" tells no count of the incident it joins, and a vague
        // count ("several", "dozens") never overrides a counted one.
        if (report.Anchor == Anchor.None && target.Evidence.Count > 1)
        {
            return;
        }

        // "The clashes have left seven dead so far": a wave's total told after an incident with its own count is not that incident's.
        if (report.Counts.OverSeveralIncidents && target.Evidence.Count > 1 && (target.Fatalities ?? target.Injured ?? target.Arrested ?? target.Kidnapped) is not null)
        {
            return;
        }

        var vague = report.Counts.OnlyVague;
        target.Fatalities = report.Counts.AddsFatalities ? Add(target.Fatalities, report.Counts.Fatalities, report.Counts.SurelyAdds) : Combine(target.Fatalities, report.Counts.Fatalities, vague);
        target.Injured = Combine(target.Injured, report.Counts.Injured, vague);
        target.Arrested = Combine(target.Arrested, report.Counts.Arrested, vague);
        target.Kidnapped = Combine(target.Kidnapped, report.Counts.Kidnapped, vague);
    }

    /// <summary>
    /// "An attack on the convoy … police detained twelve after the shootout": a sentence that goes on
    /// about an attack and calls it a gunfight says the victims fought back, so the incident is a battle
    /// even when the sentence has no date or count of its own. A vague count ("several officers have died
    /// in this war") tells of a pattern, not of how this incident went.
    /// </summary>
    private static bool TellsItWasAFight(DocumentEvent target, EventReport report)
        => target.Type == EventTyping.Civilians && report.Kind.Type == EventTyping.Battles && !report.Counts.OnlyVague;

    /// <summary>
    /// "Eight attackers died … one soldier also died": the dead told with "also" are more than those known.
    /// The same figure again is the same dead told twice ("the army also reported eight dead"), unless they were
    /// told as more in so many words ("three more died").
    /// </summary>
    private static int? Add(int? known, int? reported, bool surely)
        => known is null || reported is null || (known == reported && !surely) ? known ?? reported : known + reported;

    private static int? Combine(int? known, int? reported, bool vague)
        => known is null ? reported : reported is null || vague ? known : Math.Max(known.Value, reported.Value);

    /// <summary>An event being merged, with what is known of how its date was told.</summary>
    private sealed class Incident(DocumentEvent merged)
    {
        public DocumentEvent Event { get; } = merged;

        public bool DateStated { get; set; }

        public string? TimeLabel { get; set; }
    }
}
