using System.Globalization;
using System.Text.Json;
using Atalaya.Core.Contract;
using Atalaya.Core.Corpus.State;
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

    private readonly ICorpusStateStore? store;
    private readonly Dictionary<string, List<MergedEvent>> byBlock = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MergedEvent> byId = new(StringComparer.Ordinal);
    private readonly SortedDictionary<int, MergedEvent> changed = [];
    private int count;

    /// <summary>A merger continuing the events of <paramref name="store"/> (read as needed), or starting from none.</summary>
    public EventMerger(ICorpusStateStore? store = null)
    {
        this.store = store;
        count = (int)StateCodec.Counter(store, "events");
    }

    /// <summary>With a state store: the events begun or joined since the last <see cref="Save"/>, in order of their number, each with the story of its first report.</summary>
    public IEnumerable<(ContractEvent Event, string? Story)> Changed => changed.Values.Select(e => (e.Value, e.Story));

    /// <summary>
    /// Places one document's report. Returns the corpus event it belongs to: <paramref name="reported"/>
    /// itself, given the next id (V1, V2 ...), when it is a new incident, else the earlier event, now
    /// with this report's sources, counts and details.
    /// </summary>
    public ContractEvent Add(ContractEvent reported, string document, string? story)
    {
        var date = PartialDate.ParseIso(reported.Date);
        var merged = BestMatch(reported, date, document, story);
        if (merged is null)
        {
            reported.Id = $"V{++count}";
            merged = new MergedEvent(reported) { Story = story };
            byId[reported.Id] = merged;
        }

        merged.Absorb(reported, document);
        Index(merged, story);
        if (store is not null)
        {
            changed[Number(merged.Value.Id)] = merged;
        }

        return merged.Value;
    }

    /// <summary>Writes the events that changed and the count (block lists are written as they grow).</summary>
    public void Save()
    {
        if (store is not null)
        {
            foreach (var merged in changed.Values)
            {
                var number = Number(merged.Value.Id);
                if (store.Keeps(StateKinds.EventValue))
                {
                    store.Write(StateKinds.EventValue, number, JsonSerializer.SerializeToUtf8Bytes(merged.Value, ContractJsonContext.Default.ContractEvent));
                }

                store.Write("event", number, merged.Encode());
            }

            store.Write("count", "events", StateCodec.Int(count));
        }

        changed.Clear();
    }

    private MergedEvent? BestMatch(ContractEvent reported, PartialDate? date, string document, string? story)
    {
        MergedEvent? best = null;
        var bestScore = 0;
        if (story is not null)
        {
            foreach (var known in Recent(Block(StoryKey(story))))
            {
                var score = known.Documents.Contains(document) ? 0 : WithinStory(reported, date, known);
                if (score > bestScore)
                {
                    (best, bestScore) = (known, score);
                }
            }
        }

        if (StateAndDay(reported, date) is { } key)
        {
            foreach (var known in Recent(Block(key)))
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
            AddToBlock(StoryKey(story), merged);
        }

        if (StateAndDay(merged.Value, merged.Date) is { } key)
        {
            AddToBlock(key, merged);
        }
    }

    private void AddToBlock(string key, MergedEvent merged)
    {
        if (merged.Blocks.Add(key))
        {
            Block(key).Add(merged);
            store?.Append("event.block", key, Number(merged.Value.Id));
        }
    }

    /// <summary>The most recent events of a block (the only ones ever compared), oldest first.</summary>
    private List<MergedEvent> Block(string key)
    {
        if (!byBlock.TryGetValue(key, out var events))
        {
            events = store is null ? [] : [.. store.Tail("event.block", key, ComparedPerBlock).Select(n => Event((int)n))];
            byBlock[key] = events;
        }

        return events;
    }

    private MergedEvent Event(int number)
    {
        var id = $"V{number.ToString(CultureInfo.InvariantCulture)}";
        if (!byId.TryGetValue(id, out var merged))
        {
            var value = store?.Read(StateKinds.EventValue, number) ?? throw new InvalidOperationException($"consolidation state has no event {id}");
            var rest = store.Read("event", number) ?? throw new InvalidOperationException($"consolidation state has no event {id}");
            byId[id] = merged = MergedEvent.Decode(value, rest);
        }

        return merged;
    }

    private static string StoryKey(string story) => "s:" + story;

    private static string? StateAndDay(ContractEvent reported, PartialDate? date)
        => reported.Location?.Admin1 is { } admin1 && date is { Precision: DatePrecision.Day } day
            ? "d:" + TextFolding.Fold(admin1) + "|" + day.FirstDayNumber.ToString(CultureInfo.InvariantCulture)
            : null;

    private static int Number(string id) => int.Parse(id.AsSpan(1), CultureInfo.InvariantCulture);

    private static IEnumerable<MergedEvent> Recent(List<MergedEvent> events)
    {
        for (var i = events.Count - 1; i >= Math.Max(0, events.Count - ComparedPerBlock); i--)
        {
            yield return events[i];
        }
    }
}
