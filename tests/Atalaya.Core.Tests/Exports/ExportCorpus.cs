using Atalaya.Core.Contract;
using Atalaya.Core.Exports;

namespace Atalaya.Core.Tests.Exports;

/// <summary>
/// An invented corpus with the cases the exports must handle: a day-dated clash with coordinates
/// between a named criminal group and unnamed police, a month-dated attack on civilians without
/// coordinates, an undated arrest with no location, and a year-dated drone strike in another
/// country with associated actors. The first event's evidence has commas, quotes, a line break
/// and a leading '='.
/// </summary>
internal static class ExportCorpus
{
    public const string Group = "Cártel del Valle Oscuro";

    public const string Evidence = "=SUM(A1) \"Fueron muchos tiros\", dijo un vecino,\r\nmientras la   policía llegaba.";

    public static CountryTable Countries => LazyCountries.Value;

    private static readonly Lazy<CountryTable> LazyCountries = new(() => CountryTable.Load(Path.Combine(AppContext.BaseDirectory, "data")));

    public static ContractCorpus Create() => new()
    {
        Documents =
        [
            new ContractDocument { Id = "d1", Source = "/home/ana/noticias/d1.html", Url = "https://www.diario-ficticio.example/nota/1" },
            new ContractDocument { Id = "d2", Source = "/home/ana/noticias/lote.jsonl:3" },
            new ContractDocument { Id = "d3", Source = "https://radio-imaginaria.example/x" },
        ],
        Entities =
        [
            new ContractEntity { Id = "E1", Type = "ORG", Name = Group, Kind = "criminal_group" },
            new ContractEntity { Id = "E2", Type = "ORG", Name = "Frente Norte Inventado", Kind = "criminal_group" },
            new ContractEntity { Id = "E3", Type = "PER", Name = "Rosa Tamez Ficticia" },
        ],
        Events =
        [
            new ContractEvent
            {
                Id = "V1",
                Type = "Battles",
                Subtype = "Armed clash",
                Date = "2025-03-14",
                DatePrecision = "day",
                Location = new ContractLocation { Place = "San Telmo de las Vigas", Admin1 = "Sinaloa", Admin2 = "Culiacán", Country = "MX", Lat = 24.80712, Lon = -107.39421 },
                Actors = [new() { Entity = "E1", Role = "actor1", Category = "criminal_group" }, new() { Role = "actor2", Category = "police" }],
                Fatalities = 3,
                Injured = 2,
                Tactics = ["ambush", "roadblock"],
                Sources = [new() { Document = "d1", Start = 10, End = 90, Text = Evidence }, new() { Document = "d3", Start = 0, End = 20, Text = "Balacera en San Telmo." }],
            },
            new ContractEvent
            {
                Id = "V2",
                Type = "Violence against civilians",
                Subtype = "Attack",
                Date = "2025-02",
                DatePrecision = "month",
                Location = new ContractLocation { Admin1 = "Guerrero", Country = "MX" },
                Actors = [new() { Role = "actor1", Category = "gunmen" }, new() { Role = "actor2", Category = "person" }],
                Sources = [new() { Document = "d2", Start = 0, End = 30, Text = "Asesinan a un hombre en Guerrero." }],
            },
            new ContractEvent
            {
                Id = "V3",
                Type = "Strategic developments",
                Subtype = "Arrests",
                Actors = [new() { Role = "actor1", Category = "police" }],
                Arrested = 4,
            },
            new ContractEvent
            {
                Id = "V4",
                Type = "Explosions/Remote violence",
                Subtype = "Air/drone strike",
                Date = "2024",
                DatePrecision = "year",
                Location = new ContractLocation { Place = "Puerto Celeste", Admin1 = "Nariño", Country = "CO", Lat = 1.5, Lon = -78.25 },
                Actors =
                [
                    new() { Entity = "E2", Role = "actor1", Category = "criminal_group" },
                    new() { Entity = "E1", Role = "assoc_actor_1", Category = "criminal_group" },
                    new() { Entity = "E3", Role = "assoc_actor_1", Category = "person" },
                    new() { Role = "actor2", Category = "military" },
                ],
                Fatalities = 0,
                Tactics = ["drone"],
                Sources = [new() { Document = "d2", Start = 40, End = 80, Text = "Un dron cayó en Puerto Celeste." }],
            },
        ],
    };
}
