using System.Globalization;
using Atalaya.Core.Contract;
using Atalaya.Core.Corpus.Duplicates;
using Atalaya.Core.Documents;

namespace Atalaya.Core.Corpus.Stories;

/// <summary>
/// Reads a document's story evidence. The priors say how much one shared feature of a kind says
/// about two articles being one story, before corpus frequency (IDF) is applied: a town says much, a
/// state little, a country almost nothing; a person or a group linked to the knowledge base more
/// than an unlinked organization name (often generic: "the state prosecutor's office"); a number
/// that is not a year and not a small count (a toll of 317, an amount of 40) is specific.
/// </summary>
internal static class StoryFeatures
{
    public const float Town = 1.0f;
    public const float State = 0.35f;
    public const float Country = 0.1f;
    public const float UnplacedLocation = 0.3f;
    public const float LinkedPerson = 1.0f;
    public const float UnlinkedPerson = 0.8f;
    public const float LinkedOrganization = 0.7f;
    public const float UnlinkedOrganization = 0.5f;
    public const float Number = 0.7f;

    /// <summary>The least prior that makes a feature one piece of evidence on its own (not a country or state).</summary>
    public const float SpecificPrior = 0.5f;

    // An entity named once is often background ("like the Sinaloa cartel before it").
    private const float PassingMention = 0.7f;

    private const string TownPrefix = "p:";
    private const string TypedTownPrefix = "pt:";
    private const string PlacedPrefix = "pu:";
    internal const string MeansPrefix = "vx:";
    private const string TollPrefix = "vk:";
    private const string TollWindowPrefix = "vkw:";
    private const string StateTollPrefix = "vks:";

    /// <summary>
    /// The fewest dead that make a toll tell one incident from another beside its type, state, day
    /// and armed group: smaller tolls recur within days in a busy state.
    /// </summary>
    private const int DistinctiveToll = 10;

    /// <summary>
    /// Means of attack rare enough that two incidents with one of them in one state on one day are
    /// one incident, as long as the corpus holds few reports of it in that state (see
    /// <see cref="StoryClusterer.RareMeansDocuments"/>): a helicopter or plane attacked, a car bomb.
    /// Landmines, drones and grenades are daily in some states, and an ambush or a kidnapping is a
    /// manner, not a means.
    /// </summary>
    private static readonly HashSet<string> DistinctiveMeans = new(StringComparer.Ordinal) { "aircraft", "car_bomb" };

    private const int MaxNumbers = 40;
    private const int MaxAnchors = 8;

    public static StoryProfile Read(ContractDocument document, int index, FeatureVocabulary vocabulary)
    {
        var priors = new Dictionary<int, (float Prior, bool Specific, long Town, IncidentEvidence Evidence)>();
        foreach (var entity in document.Entities)
        {
            var (prior, town) = PriorOf(entity);
            if (prior <= 0)
            {
                continue;
            }

            var weight = entity.Mentions.Count > 1 ? prior : prior * PassingMention;
            var id = vocabulary.Intern("e:" + entity.Entity);
            if (!priors.TryGetValue(id, out var known) || known.Prior < weight)
            {
                var evidence = prior < SpecificPrior || entity.Type == "ORG" ? IncidentEvidence.None : IncidentEvidence.Identifies;
                priors[id] = (weight, prior >= SpecificPrior, town, evidence);
            }
        }

        foreach (var number in Numbers(document))
        {
            priors.TryAdd(vocabulary.Intern("n:" + number.ToString(CultureInfo.InvariantCulture)), (Number, true, 0, IncidentEvidence.None));
        }

        var ordered = priors.OrderBy(p => p.Key).ToArray();
        var (anchors, published) = Anchors(document);
        var probes = Probes(document)
            .Select(p => (Id: vocabulary.Find(p), Kind: p[..(p.IndexOf(':', StringComparison.Ordinal) + 1)]))
            .Where(p => p.Id is not null)
            .Select(p => (Id: p.Id!.Value, p.Kind))
            .ToList();
        return new StoryProfile
        {
            Index = index,
            Features = [.. ordered.Select(p => p.Key)],
            Priors = [.. ordered.Select(p => p.Value.Prior)],
            Specific = [.. ordered.Select(p => p.Value.Specific)],
            Towns = [.. ordered.Select(p => p.Value.Town)],
            Evidence = [.. ordered.Select(p => p.Value.Evidence)],
            Anchors = anchors,
            AnchoredByPublication = published,
            IncidentDaysByTown = IncidentDays(document),
            Incidents = [.. Signatures(document).Select(vocabulary.Intern).Distinct().Order()],
            TownIncidentProbes = [.. probes.Where(p => p.Kind == TownPrefix).Select(p => p.Id).Distinct()],
            TypedTownIncidentProbes = [.. probes.Where(p => p.Kind == TypedTownPrefix).Select(p => p.Id).Distinct()],
            PlacedIncidentProbes = [.. probes.Where(p => p.Kind == PlacedPrefix).Select(p => p.Id).Distinct()],
            StateIncidentProbes = [.. probes.Where(p => p.Kind is "vs:" or "vt:").Select(p => p.Id).Distinct()],
            MeansIncidentProbes = [.. probes.Where(p => p.Kind == MeansPrefix).Select(p => p.Id).Distinct()],
            TolledIncidentProbes = [.. probes.Where(p => p.Kind is TollPrefix or StateTollPrefix).Select(p => p.Id).Distinct()],
            TollWindowProbes = [.. probes.Where(p => p.Kind == TollWindowPrefix).Select(p => p.Id).Distinct()],
            MeansInStates = [.. MeansInState(document).Select(vocabulary.Intern).Distinct()],
        };
    }

    /// <summary>
    /// The signatures of the day-dated incidents the document reports, in any language: town + day
    /// and type + state + day for an incident placed in a town, type + state + day (marked as placed
    /// in the state only) for one placed no closer.
    /// </summary>
    public static IEnumerable<string> Signatures(ContractDocument document)
    {
        var groups = ArmedGroups(document);
        return document.DocumentEvents.SelectMany(e => DayOf(e) is { } day ? Signatures(e, day, probe: false).Concat(Placed(e)).Concat(Tolled(e, [day], groups, probe: false)) : Placed(e));
    }

    /// <summary>
    /// The signatures an earlier report of one of these incidents has: the same day, a day before or
    /// after (reports often date an incident a day apart: the night, "yesterday"); an incident in a
    /// town is the same as one in that town or one in its state with no town given, never one in
    /// another town of the state.
    /// </summary>
    /// <remarks>
    /// An incident the report dates only by the month of its publication (no day given, "this week")
    /// happened in the days before it appeared: it probes the publication day and the
    /// <see cref="UndatedIncidentDays"/> before it.
    /// </remarks>
    public static IEnumerable<string> Probes(ContractDocument document)
    {
        var groups = ArmedGroups(document);
        return document.DocumentEvents.SelectMany(e =>
        {
            var days = ProbeDays(e, document);
            return days.SelectMany(day => Signatures(e, day, probe: true)).Concat(Placed(e)).Concat(Tolled(e, days, groups, probe: true));
        });
    }

    /// <summary>The armed groups of the knowledge base the document names (their ids), each once.</summary>
    private static List<string> ArmedGroups(ContractDocument document)
        => [.. document.Entities
            .Where(e => e.KbId is not null && e.Kind is not null && Stages.Events.EventActors.ArmedGroupKinds.Contains(e.Kind))
            .Select(e => e.KbId!)
            .Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// Type + state + toll + day + armed group, for an incident with <see cref="DistinctiveToll"/>
    /// dead or more, once for each armed group of the knowledge base the document names: "thirteen
    /// officers killed in an ambush blamed on a cartel" tells one incident in every language, also
    /// in a brief report that names no town. Two reports placing it in two towns are two incidents:
    /// a report placing it in a town probes only for reports placing it in the state ("vks"), and
    /// one placing it in the state probes for both. Beside it, for any incident, the same without
    /// the toll, by which the clusterer counts the incidents of the kind those days.
    /// </summary>
    private static IEnumerable<string> Tolled(ContractEvent reported, IEnumerable<int> days, List<string> groups, bool probe)
    {
        if (groups.Count == 0 || reported.Location?.Admin1 is not { } state)
        {
            yield break;
        }

        var inState = InTown(reported) is null;
        foreach (var day in days)
        {
            foreach (var group in groups)
            {
                var incident = string.Concat(reported.Type, "|", reported.Location.Country, "|", state, "|", day.ToString(CultureInfo.InvariantCulture), "|", group);
                if (reported.Fatalities is >= DistinctiveToll)
                {
                    var tolled = string.Concat(incident, "|", reported.Fatalities.Value.ToString(CultureInfo.InvariantCulture));
                    if (!probe || inState)
                    {
                        yield return string.Concat(TollPrefix, tolled);
                    }

                    if (inState != probe)
                    {
                        yield return string.Concat(StateTollPrefix, tolled);
                    }
                }

                // Whatever the toll: how many incidents of the kind the state saw those days.
                yield return string.Concat(TollWindowPrefix, incident);
            }
        }
    }

    /// <summary>Days before its publication that an incident a report leaves without a day may have happened on.</summary>
    private const int UndatedIncidentDays = 3;

    private static IEnumerable<int> ProbeDays(ContractEvent reported, ContractDocument document)
    {
        if (DayOf(reported) is { } day)
        {
            return [day - 1, day, day + 1];
        }

        return PartialDate.ParseIso(reported.Date) is { Precision: DatePrecision.Month } month
            && PartialDate.ParseIso(document.Published) is { Precision: DatePrecision.Day } published
            && (published.Year, published.Month) == (month.Year, month.Month)
            ? Enumerable.Range(published.FirstDayNumber - UndatedIncidentDays, UndatedIncidentDays + 1)
            : [];
    }

    /// <summary>The rare means of attack the document reports in each state, whatever the day ("aircraft in a state").</summary>
    private static IEnumerable<string> MeansInState(ContractDocument document)
        => document.DocumentEvents
            .Where(e => e.Location?.Admin1 is not null)
            .SelectMany(e => e.Tactics.Where(DistinctiveMeans.Contains).Select(means => string.Concat("vxs:", means, "|", e.Location!.Country, "|", e.Location.Admin1)));

    private static int? DayOf(ContractEvent reported)
        => PartialDate.ParseIso(reported.Date) is { Precision: DatePrecision.Day } date ? date.FirstDayNumber : null;

    /// <summary>
    /// Type + town of an incident placed in a town, dated or not: a document that gives no date at
    /// all (no publication date, no dated incident) can still tell the same incident by its place.
    /// </summary>
    private static IEnumerable<string> Placed(ContractEvent reported)
    {
        if (InTown(reported) is { } town)
        {
            yield return string.Concat(PlacedPrefix, reported.Type, "|", town.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The GeoNames id of the town the incident is placed in; null when placed no closer than its state.</summary>
    private static long? InTown(ContractEvent reported)
        => reported.Location is { Admin1: { } state, Geonames: { } town } location && !string.Equals(location.Place ?? state, state, StringComparison.Ordinal) ? town : null;

    private static IEnumerable<string> Signatures(ContractEvent reported, int dayNumber, bool probe)
    {
        if (reported.Location?.Admin1 is not { } state)
        {
            yield break;
        }

        var day = dayNumber.ToString(CultureInfo.InvariantCulture);
        var incident = string.Concat(reported.Type, "|", reported.Location.Country, "|", state, "|", day);
        var inTown = InTown(reported) is not null;
        if (inTown)
        {
            var town = reported.Location.Geonames!.Value.ToString(CultureInfo.InvariantCulture);
            yield return string.Concat(TownPrefix, town, "|", day);
            yield return string.Concat(TypedTownPrefix, reported.Type, "|", town, "|", day);
        }

        // A rare means of attack in one state that day is one incident wherever each report places it.
        foreach (var means in reported.Tactics.Where(DistinctiveMeans.Contains))
        {
            yield return string.Concat(MeansPrefix, means, "|", reported.Location.Country, "|", state, "|", day);
        }

        // Own: placed in a town ("vt") or in the state only ("vs"). Probe: a town's incident finds
        // reports placing it in the state only; a state's finds both.
        yield return string.Concat(inTown && !probe ? "vt:" : "vs:", incident);
        if (probe && !inTown)
        {
            yield return string.Concat("vt:", incident);
        }
    }

    private static (float Prior, long Town) PriorOf(ContractEntityMentions entity) => entity.Type switch
    {
        "LOC" when entity.Geo is { } geo => geo.Admin1 is null ? (Country, 0)
            : string.Equals(geo.Place, geo.Admin1, StringComparison.Ordinal) ? (State, 0)
            : (Town, geo.Geonames ?? 0),
        "LOC" => (UnplacedLocation, 0),
        "PER" => (entity.KbId is null ? UnlinkedPerson : LinkedPerson, 0),
        "ORG" => (entity.KbId is null ? UnlinkedOrganization : LinkedOrganization, 0),
        _ => (0, 0),
    };

    /// <summary>
    /// Numbers written in digits in the body, and the counts of the reported incidents (which the
    /// extractor read from words as well): a shared toll or amount is evidence in any language.
    /// Years, times, dates and counts under ten are left out: they are everywhere.
    /// </summary>
    private static HashSet<long> Numbers(ContractDocument document)
    {
        var found = new HashSet<long>();
        foreach (var reported in document.DocumentEvents)
        {
            foreach (var count in new[] { reported.Fatalities, reported.Injured, reported.Arrested, reported.Kidnapped })
            {
                if (count is >= 2)
                {
                    found.Add(count.Value);
                }
            }
        }

        if (document.Text is { } text)
        {
            var excluded = ArticleBody.Excluded(document, text);
            var next = 0;
            var i = 0;
            while (i < text.Length && found.Count < MaxNumbers)
            {
                while (next < excluded.Count && excluded[next].End <= i)
                {
                    next++;
                }

                if (next < excluded.Count && i >= excluded[next].Start)
                {
                    i = excluded[next].End;
                    continue;
                }

                if (!char.IsAsciiDigit(text[i]))
                {
                    i++;
                    continue;
                }

                var start = i;
                var value = ReadNumber(text, ref i);
                var before = start > 0 ? text[start - 1] : ' ';
                var after = i < text.Length ? text[i] : ' ';
                var partOfDate = before is ':' or '/' or '-' || after is ':' or '/' or '-' || char.IsLetter(before) || char.IsLetter(after);
                if (value is >= 10 and < 1_000_000_000_000 && !partOfDate && value is not (>= 1900 and <= 2100))
                {
                    found.Add(value.Value);
                }
            }
        }

        return found;
    }

    /// <summary>Digits with thousands groups ("1,200", "1.200", "1 200"); null for a decimal or an overlong run.</summary>
    private static long? ReadNumber(string text, ref int i)
    {
        long value = 0;
        var digits = 0;
        while (i < text.Length)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                value = (value * 10) + (text[i] - '0');
                digits++;
                i++;
            }
            else if (text[i] is ',' or '.' or '\u00A0' or '\u202F' && IsGroup(text, i + 1))
            {
                i++;
            }
            else
            {
                break;
            }

            if (digits > 15)
            {
                return null;
            }
        }

        // "15.5" or "3,2": a decimal, not a count.
        if (i + 1 < text.Length && text[i] is ',' or '.' && char.IsAsciiDigit(text[i + 1]))
        {
            while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] is ',' or '.'))
            {
                i++;
            }

            return null;
        }

        return value;
    }

    private static bool IsGroup(string text, int start)
        => start + 3 <= text.Length
            && char.IsAsciiDigit(text[start]) && char.IsAsciiDigit(text[start + 1]) && char.IsAsciiDigit(text[start + 2])
            && (start + 3 == text.Length || !char.IsAsciiDigit(text[start + 3]));

    private static (PartialDate[] Anchors, bool Published) Anchors(ContractDocument document)
    {
        if (PartialDate.ParseIso(document.Published) is { Precision: not DatePrecision.Year } published)
        {
            return ([published], true);
        }

        var dates = document.DocumentEvents
            .Select(e => PartialDate.ParseIso(e.Date))
            .OfType<PartialDate>()
            .Where(d => d.Precision != DatePrecision.Year)
            .Distinct()
            .Take(MaxAnchors)
            .ToArray();
        return (dates, false);
    }

    private static Dictionary<long, List<int>> IncidentDays(ContractDocument document)
    {
        var days = new Dictionary<long, List<int>>();
        foreach (var reported in document.DocumentEvents)
        {
            if (reported.Location?.Geonames is { } town && PartialDate.ParseIso(reported.Date) is { Precision: DatePrecision.Day } date)
            {
                if (!days.TryGetValue(town, out var list))
                {
                    days[town] = list = [];
                }

                list.Add(date.FirstDayNumber);
            }
        }

        return days;
    }
}
