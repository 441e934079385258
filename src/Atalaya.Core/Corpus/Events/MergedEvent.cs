using System.Text.Json;
using Atalaya.Core.Contract;
using Atalaya.Core.Corpus.State;
using Atalaya.Core.Documents;

namespace Atalaya.Core.Corpus.Events;

/// <summary>A corpus event and what the merger needs to know about it: its documents, stories and each source's counts.</summary>
internal sealed class MergedEvent(ContractEvent value)
{
    public ContractEvent Value { get; } = value;

    /// <summary>The violence types, least grave first.</summary>
    private static readonly string[] ViolenceBySeverity = ["Violence against civilians", "Battles", "Explosions/Remote violence"];

    public HashSet<string> Documents { get; } = new(StringComparer.Ordinal);

    public List<ContractCountReport> Reports { get; } = [];

    /// <summary>Where the sources placed the incident, each place with how many sources told it (sources that named none left out): the merged location is decided from all of them.</summary>
    public List<(ContractLocation Location, int Sources)> Locations { get; } = [];

    /// <summary>The keys of the blocks (stories, state and day) the event is listed under, so it is listed once in each.</summary>
    public HashSet<string> Blocks { get; } = new(StringComparer.Ordinal);

    /// <summary>The story of the document that first reported the event.</summary>
    public string? Story { get; init; }

    public PartialDate? Date => PartialDate.ParseIso(Value.Date);

    /// <summary>Takes in one more document's report: its sources, a more precise date, its place (weighed against the others'), actors, tactics, counts.</summary>
    public void Absorb(ContractEvent reported, string document)
    {
        Documents.Add(document);
        if (Documents.Count == 1 && reported.Location is { } first)
        {
            MergedLocation.Tell(Locations, first);
        }

        if (Documents.Count > 1)
        {
            Value.Sources.AddRange(reported.Sources);
            TakeGraverType(reported);
            if (PartialDate.ParseIso(reported.Date) is { } date && (Date is not { } known || date.Precision > known.Precision))
            {
                Value.Date = reported.Date;
                Value.DatePrecision = reported.DatePrecision;
            }

            if (reported.Location is { } location)
            {
                MergedLocation.Tell(Locations, location);
                Value.Location = MergedLocation.Decide(Locations);
            }

            foreach (var actor in reported.Actors)
            {
                if (!Value.Actors.Any(a => a.Role == actor.Role && (actor.Entity is null ? a.Entity is null && a.Category == actor.Category : a.Entity == actor.Entity)))
                {
                    Value.Actors.Add(actor);
                }
            }

            foreach (var tactic in reported.Tactics)
            {
                if (!Value.Tactics.Contains(tactic, StringComparer.Ordinal))
                {
                    Value.Tactics.Add(tactic);
                }
            }
        }

        Reports.Add(new ContractCountReport
        {
            Document = document,
            Fatalities = reported.Fatalities,
            Injured = reported.Injured,
            Arrested = reported.Arrested,
            Kidnapped = reported.Kidnapped,
        });
        if (Documents.Count > 1)
        {
            ReconcileCounts();
        }
    }

    /// <summary>
    /// One outlet calls a gunfight a shooting of civilians, another tells that the escorts fired back:
    /// the type is the gravest any source supports (a bombing over a battle over an attack on civilians),
    /// decided by the evidence and not by which document came first, and the same in any order.
    /// </summary>
    private void TakeGraverType(ContractEvent reported)
    {
        var known = Array.IndexOf(ViolenceBySeverity, Value.Type);
        var told = Array.IndexOf(ViolenceBySeverity, reported.Type);
        if (known >= 0 && told > known)
        {
            (Value.Type, Value.Subtype) = (reported.Type, reported.Subtype);
        }
    }

    /// <summary>
    /// ACLED's rule: when sources disagree, the most conservative figure (the lowest) is the event's;
    /// every source's figures are kept in counts_reported, which is present only when they disagree.
    /// </summary>
    private void ReconcileCounts()
    {
        Value.Fatalities = Lowest(r => r.Fatalities);
        Value.Injured = Lowest(r => r.Injured);
        Value.Arrested = Lowest(r => r.Arrested);
        Value.Kidnapped = Lowest(r => r.Kidnapped);
        var disagree = Disagree(r => r.Fatalities) || Disagree(r => r.Injured) || Disagree(r => r.Arrested) || Disagree(r => r.Kidnapped);
        Value.CountsReported = disagree ? [.. Reports] : null;
    }

    private int? Lowest(Func<ContractCountReport, int?> count) => Reports.Select(count).Where(c => c is not null).Min();

    private bool Disagree(Func<ContractCountReport, int?> count) => Reports.Select(count).Where(c => c is not null).Distinct().Count() > 1;

    /// <summary>What the merger knows besides the event itself (its contract JSON is a record of its own, <see cref="StateKinds.EventValue"/>).</summary>
    public byte[] Encode() => StateCodec.Write(writer =>
    {
        StateCodec.WriteNullable(writer, Story);
        Write(writer, Documents);
        Write(writer, Blocks);
        writer.Write(Reports.Count);
        foreach (var report in Reports)
        {
            writer.Write(report.Document);
            foreach (var count in new[] { report.Fatalities, report.Injured, report.Arrested, report.Kidnapped })
            {
                writer.Write(count ?? int.MinValue);
            }
        }

        writer.Write(Locations.Count);
        foreach (var (location, sources) in Locations)
        {
            writer.Write(JsonSerializer.Serialize(location, ContractJsonContext.Default.ContractLocation));
            writer.Write(sources);
        }
    });

    public static MergedEvent Decode(byte[] json, byte[] bytes) => StateCodec.Read(bytes, reader =>
    {
        var value = JsonSerializer.Deserialize(json, ContractJsonContext.Default.ContractEvent)
            ?? throw new InvalidOperationException("consolidation state holds an invalid event");
        var merged = new MergedEvent(value) { Story = StateCodec.ReadNullable(reader) };
        Read(reader, merged.Documents);
        Read(reader, merged.Blocks);
        for (var n = reader.ReadInt32(); n > 0; n--)
        {
            var document = reader.ReadString();
            int? Count() => reader.ReadInt32() is var c && c == int.MinValue ? null : c;
            merged.Reports.Add(new ContractCountReport { Document = document, Fatalities = Count(), Injured = Count(), Arrested = Count(), Kidnapped = Count() });
        }

        // A state written before the sources' places were kept has only the event's own location to go on.
        if (reader.BaseStream.Position < reader.BaseStream.Length)
        {
            for (var n = reader.ReadInt32(); n > 0; n--)
            {
                var location = JsonSerializer.Deserialize(reader.ReadString(), ContractJsonContext.Default.ContractLocation)
                    ?? throw new InvalidOperationException("consolidation state holds an invalid location");
                merged.Locations.Add((location, reader.ReadInt32()));
            }
        }
        else if (value.Location is { } known)
        {
            merged.Locations.Add((known, merged.Documents.Count));
        }

        return merged;
    });

    private static void Write(BinaryWriter writer, HashSet<string> values)
    {
        writer.Write(values.Count);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    private static void Read(BinaryReader reader, HashSet<string> values)
    {
        for (var n = reader.ReadInt32(); n > 0; n--)
        {
            values.Add(reader.ReadString());
        }
    }
}
