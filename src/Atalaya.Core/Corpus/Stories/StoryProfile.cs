using Atalaya.Core.Documents;

namespace Atalaya.Core.Corpus.Stories;

/// <summary>
/// What one document offers as language-neutral evidence of its story: features (corpus entities,
/// numbers) with a prior weight each, the dates that place it in time, and the days of the incidents
/// it locates in each town.
/// </summary>
internal sealed class StoryProfile
{
    public required int Index { get; init; }

    /// <summary>Id of the story the document joined.</summary>
    public string? Story { get; set; }

    /// <summary>Feature ids, ascending, each once.</summary>
    public required int[] Features { get; init; }

    /// <summary>Prior weight of each feature in this document (its kind, discounted when mentioned in passing).</summary>
    public required float[] Priors { get; init; }

    /// <summary>Whether the feature is specific enough to count as one piece of story evidence.</summary>
    public required bool[] Specific { get; init; }

    /// <summary>What sharing the feature says beside a shared incident signature.</summary>
    public required IncidentEvidence[] Evidence { get; init; }

    /// <summary>GeoNames id of each feature that is a town, else 0.</summary>
    public required long[] Towns { get; init; }

    /// <summary>When the document places itself: its publication date, else the dates of the incidents it reports.</summary>
    public required PartialDate[] Anchors { get; init; }

    public required bool AnchoredByPublication { get; init; }

    /// <summary>Days (day numbers) of the day-dated incidents the document locates in each town.</summary>
    public required Dictionary<long, List<int>> IncidentDaysByTown { get; init; }

    /// <summary>Feature ids of the signatures of the day-dated incidents it reports (type + state + day, town + day), ascending.</summary>
    public required int[] Incidents { get; init; }

    /// <summary>Town + day signatures an earlier report of one of its incidents placed in a town would have, as far as some document has them (known while it is being matched; not stored).</summary>
    public int[] TownIncidentProbes { get; init; } = [];

    /// <summary>Type + state + day signatures an earlier report of one of its incidents would have (likewise).</summary>
    public int[] StateIncidentProbes { get; init; } = [];

    /// <summary>Type + town + day signatures an earlier report of one of its incidents placed in a town would have (likewise).</summary>
    public int[] TypedTownIncidentProbes { get; init; } = [];

    /// <summary>Type + town signatures, whatever the day, of the incidents it places in a town (likewise).</summary>
    public int[] PlacedIncidentProbes { get; init; } = [];

    /// <summary>Rare means of attack + state + day signatures an earlier report of one of its incidents would have (likewise).</summary>
    public int[] MeansIncidentProbes { get; init; } = [];

    /// <summary>Probes for an incident of one type, state, day, toll and armed group (see <see cref="StoryFeatures.Probes"/>).</summary>
    public int[] TolledIncidentProbes { get; init; } = [];

    /// <summary>Probes for incidents of one type, state, day and armed group with several dead, whatever the toll.</summary>
    public int[] TollWindowProbes { get; init; } = [];

    /// <summary>Keys of the rare means of attack it reports per state, whatever the day (known while it is being matched; not stored).</summary>
    public int[] MeansInStates { get; init; } = [];

    /// <summary>How closely an earlier document reports one of its incidents (see <see cref="StoryFeatures.Probes"/>).</summary>
    public SharedIncident SharesIncident(StoryProfile earlier)
        => Holds(earlier, MeansIncidentProbes) ? SharedIncident.InStateSameMeans
            : Holds(earlier, TypedTownIncidentProbes) ? SharedIncident.InTownSameType
            : Holds(earlier, TownIncidentProbes) ? SharedIncident.InTown
            : Holds(earlier, StateIncidentProbes) ? SharedIncident.InState
            : SharedIncident.None;

    /// <summary>Whether an earlier document reports an incident of one of this one's types, states, days, tolls and armed groups.</summary>
    public bool SharesTolledIncident(StoryProfile earlier) => Holds(earlier, TolledIncidentProbes);

    /// <summary>Whether an earlier document places an incident of one of this one's types in the same town, on any day.</summary>
    public bool SharesPlacedIncident(StoryProfile earlier) => Holds(earlier, PlacedIncidentProbes);

    private static bool Holds(StoryProfile earlier, int[] probes) => probes.Any(i => Array.BinarySearch(earlier.Incidents, i) >= 0);

    public byte[] Encode() => State.StateCodec.Write(writer =>
    {
        writer.Write(Index);
        State.StateCodec.WriteNullable(writer, Story);
        writer.Write(Features.Length);
        for (var i = 0; i < Features.Length; i++)
        {
            writer.Write(Features[i]);
            writer.Write(Priors[i]);
            writer.Write(Specific[i]);
            writer.Write(Towns[i]);
            writer.Write((byte)Evidence[i]);
        }

        writer.Write(Anchors.Length);
        foreach (var anchor in Anchors)
        {
            writer.Write(anchor.Year);
            writer.Write(anchor.Month);
            writer.Write(anchor.Day);
            writer.Write((int)anchor.Precision);
        }

        writer.Write(AnchoredByPublication);
        writer.Write(IncidentDaysByTown.Count);
        foreach (var (town, days) in IncidentDaysByTown)
        {
            writer.Write(town);
            writer.Write(days.Count);
            days.ForEach(writer.Write);
        }

        writer.Write(Incidents.Length);
        Array.ForEach(Incidents, writer.Write);
    });

    public static StoryProfile Decode(byte[] bytes) => State.StateCodec.Read(bytes, reader =>
    {
        var index = reader.ReadInt32();
        var story = State.StateCodec.ReadNullable(reader);
        var length = reader.ReadInt32();
        var (features, priors, specific, towns, evidence) = (new int[length], new float[length], new bool[length], new long[length], new IncidentEvidence[length]);
        for (var i = 0; i < length; i++)
        {
            features[i] = reader.ReadInt32();
            priors[i] = reader.ReadSingle();
            specific[i] = reader.ReadBoolean();
            towns[i] = reader.ReadInt64();
            evidence[i] = (IncidentEvidence)reader.ReadByte();
        }

        var anchors = new PartialDate[reader.ReadInt32()];
        for (var i = 0; i < anchors.Length; i++)
        {
            anchors[i] = new PartialDate(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), (DatePrecision)reader.ReadInt32());
        }

        var published = reader.ReadBoolean();
        var incidents = new Dictionary<long, List<int>>();
        for (var count = reader.ReadInt32(); count > 0; count--)
        {
            var town = reader.ReadInt64();
            var days = new List<int>();
            for (var n = reader.ReadInt32(); n > 0; n--)
            {
                days.Add(reader.ReadInt32());
            }

            incidents[town] = days;
        }

        var signatures = new int[reader.ReadInt32()];
        for (var i = 0; i < signatures.Length; i++)
        {
            signatures[i] = reader.ReadInt32();
        }

        return new StoryProfile
        {
            Index = index,
            Story = story,
            Features = features,
            Priors = priors,
            Specific = specific,
            Towns = towns,
            Evidence = evidence,
            Anchors = anchors,
            AnchoredByPublication = published,
            IncidentDaysByTown = incidents,
            Incidents = signatures,
        };
    });
}
