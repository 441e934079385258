using Atalaya.Core.Contract;
using Atalaya.Core.Documents;
using Atalaya.Core.Internal;

namespace Atalaya.Core.Corpus.Events;

/// <summary>
/// Makes one corpus event of the reports of one incident in different documents and languages. A
/// report is compared with the events of its own story (blocking) and with events of other stories on
/// the same day in the same state; it joins the best compatible one, or becomes a new event. Reports
/// are taken in input order, and a document never contributes two reports to one event (the
/// document's own analysis already decided they are two incidents).
/// </summary>
/// <remarks>
/// Compatible means: the same place or a place inside the other's state; dates within a day, or one
/// inside the other's month or year; types of one family (violence) or the same strategic sub-type;
/// actors that do not contradict. Within a story, a report without a date (or without a place) joins
/// only when everything else agrees: the same type and sub-type and a known, compatible place (or the
/// same day). Across stories only the same day in the same state counts: two stories are two
/// stories unless their incidents coincide exactly.
/// </remarks>
public sealed class EventMerger
{
    // Most recent events of a block compared: a story of thousands of documents must not make each new
    // report compare with thousands of events; an incident's reports cluster in time and input order.
    private const int ComparedPerBlock = 64;

    private readonly Dictionary<string, List<MergedEvent>> byStory = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Admin1, int Day), List<MergedEvent>> byStateAndDay = [];

    /// <summary>
    /// Places one document's report. Returns the corpus event it belongs to: <paramref name="reported"/>
    /// itself when it is a new incident (the caller gives it an id), else the earlier event, now with
    /// this report's sources, counts and details.
    /// </summary>
    public ContractEvent Add(ContractEvent reported, string document, string? story)
    {
        var date = PartialDate.ParseIso(reported.Date);
        var merged = BestMatch(reported, date, document, story);
        if (merged is null)
        {
            merged = new MergedEvent(reported);
        }

        merged.Absorb(reported, document);
        Index(merged, story);
        return merged.Value;
    }

    private MergedEvent? BestMatch(ContractEvent reported, PartialDate? date, string document, string? story)
    {
        MergedEvent? best = null;
        var bestScore = 0;
        if (story is not null && byStory.TryGetValue(story, out var sameStory))
        {
            foreach (var known in Recent(sameStory))
            {
                var score = known.Documents.Contains(document) ? 0 : WithinStory(reported, date, known);
                if (score > bestScore)
                {
                    (best, bestScore) = (known, score);
                }
            }
        }

        if (StateAndDay(reported, date) is { } key && byStateAndDay.TryGetValue(key, out var sameDay))
        {
            foreach (var known in Recent(sameDay))
            {
                var score = known.Documents.Contains(document) ? 0 : AcrossStories(reported, date, known);
                if (score > bestScore)
                {
                    (best, bestScore) = (known, score);
                }
            }
        }

        return best;
    }

    /// <summary>0 when the report cannot be this event; else higher for closer agreement.</summary>
    private static int WithinStory(ContractEvent reported, PartialDate? date, MergedEvent known)
    {
        var other = known.Value;
        if (!EventMatch.TypesCompatible(reported, other) || EventMatch.ActorsContradict(reported, other))
        {
            return 0;
        }

        var places = EventMatch.Places(reported.Location, other.Location);
        var dates = EventMatch.Dates(date, known.Date);
        if (places == Agreement.Contradict || dates == Agreement.Contradict)
        {
            return 0;
        }

        var sameType = EventMatch.SameType(reported, other);
        if (dates == Agreement.Unknown && !(sameType && places is Agreement.Same or Agreement.Compatible))
        {
            return 0;
        }

        if (places == Agreement.Unknown && !(sameType && dates == Agreement.Same))
        {
            return 0;
        }

        return Score(places) + Score(dates) + (sameType ? 1 : 0) + (EventMatch.ActorsOverlap(reported, other) ? 1 : 0);
    }

    private static int AcrossStories(ContractEvent reported, PartialDate? date, MergedEvent known)
    {
        var other = known.Value;
        if (date is not { Precision: DatePrecision.Day } day || known.Date is not { Precision: DatePrecision.Day } knownDay || day.FirstDayNumber != knownDay.FirstDayNumber
            || !EventMatch.TypesCompatible(reported, other) || EventMatch.ActorsContradict(reported, other))
        {
            return 0;
        }

        var places = EventMatch.Places(reported.Location, other.Location);
        return places is Agreement.Same or Agreement.Compatible
            ? Score(places) + Score(Agreement.Same) + (EventMatch.SameType(reported, other) ? 1 : 0)
            : 0;
    }

    private static int Score(Agreement agreement) => agreement switch
    {
        Agreement.Same => 3,
        Agreement.Compatible => 2,
        _ => 1,
    };

    private void Index(MergedEvent merged, string? story)
    {
        if (story is not null)
        {
            if (!byStory.TryGetValue(story, out var list))
            {
                byStory[story] = list = [];
            }

            if (merged.Blocks.Add(story))
            {
                list.Add(merged);
            }
        }

        if (StateAndDay(merged.Value, merged.Date) is { } key)
        {
            if (!byStateAndDay.TryGetValue(key, out var list))
            {
                byStateAndDay[key] = list = [];
            }

            if (merged.Blocks.Add(key))
            {
                list.Add(merged);
            }
        }
    }

    private static (string, int)? StateAndDay(ContractEvent reported, PartialDate? date)
        => reported.Location?.Admin1 is { } admin1 && date is { Precision: DatePrecision.Day } day ? (TextFolding.Fold(admin1), day.FirstDayNumber) : null;

    private static IEnumerable<MergedEvent> Recent(List<MergedEvent> events)
    {
        for (var i = events.Count - 1; i >= Math.Max(0, events.Count - ComparedPerBlock); i--)
        {
            yield return events[i];
        }
    }
}
