using Atalaya.Core.Contract;

namespace Atalaya.Core.Tests.Corpus;

/// <summary>Contract documents written by hand for the corpus tests: invented incidents, several languages.</summary>
internal static class Invented
{
    public static ContractDocument Document(string id, string language, string? published, string text, string? title = null, params ContractEntityMentions[] entities)
        => new()
        {
            Id = id,
            Language = language,
            Published = published,
            Title = title,
            Text = text,
            ContentHash = Atalaya.Core.Internal.Hashing.Sha256Hex(text),
            Entities = [.. entities.Select((e, i) => { e.Entity = $"L{i + 1}"; return e; })],
        };

    public static ContractEntityMentions Person(string name, string? kb = null, int mentions = 2) => Entity("PER", name, kb, null, mentions);

    public static ContractEntityMentions Group(string name, string? kb = null, int mentions = 2, string? kind = null)
    {
        var group = Entity("ORG", name, kb, null, mentions);
        group.Kind = kind;
        return group;
    }

    public static ContractEntityMentions Town(string name, string state, long geonames, int mentions = 2)
        => Entity("LOC", name, null, new ContractGeo { Place = name, Admin1 = state, Admin2 = name, Country = "MX", Geonames = geonames }, mentions);

    public static ContractEntityMentions State(string name, long geonames, int mentions = 2)
        => Entity("LOC", name, null, new ContractGeo { Place = name, Admin1 = name, Country = "MX", Geonames = geonames }, mentions);

    public static ContractEntityMentions Country(string name, long geonames, int mentions = 2)
        => Entity("LOC", name, null, new ContractGeo { Place = name, Country = "MX", Geonames = geonames }, mentions);

    public static ContractEvent Event(string type, string subtype, string? date, string? town, string state, long? geonames, int? fatalities = null, int? injured = null, params ContractActor[] actors)
        => new()
        {
            Id = "D1",
            Type = type,
            Subtype = subtype,
            Date = date,
            DatePrecision = date is null ? null : date.Length == 10 ? "day" : date.Length == 7 ? "month" : "year",
            Location = new ContractLocation { Place = town ?? state, Admin1 = state, Country = "MX", Geonames = geonames },
            Fatalities = fatalities,
            Injured = injured,
            Actors = [.. actors],
            Sources = [new ContractSource { Start = 0, End = 10, Text = "(span)" }],
        };

    private static ContractEntityMentions Entity(string type, string name, string? kb, ContractGeo? geo, int mentions)
        => new()
        {
            Type = type,
            Name = name,
            KbId = kb,
            Geo = geo,
            Mentions = [.. Enumerable.Range(0, mentions).Select(i => new ContractSpan { Start = i * 10, End = (i * 10) + name.Length, Text = name })],
        };

    /// <summary>Sets each event's source to the document and returns the document.</summary>
    public static ContractDocument WithEvents(this ContractDocument document, params ContractEvent[] events)
    {
        foreach (var reported in events)
        {
            reported.Sources.ForEach(s => s.Document = document.Id);
        }

        document.DocumentEvents = [.. events];
        return document;
    }

    public static ContractCorpus Build(params ContractDocument[] documents)
    {
        var builder = new CorpusBuilder();
        foreach (var document in documents)
        {
            builder.Add(document);
        }

        return builder.Build();
    }
}
