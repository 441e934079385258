using Atalaya.Core.Contract;
using Atalaya.Core.Corpus.Events;
using static Atalaya.Core.Tests.Corpus.Invented;

namespace Atalaya.Core.Tests.Corpus;

/// <summary>The location of an event told by several documents: decided by all of them, in any order (invented places).</summary>
public sealed class MergedLocationTests
{
    private const long Ocaso = 9_000_001;
    private const long Mirador = 9_000_002;
    private const long Alcornoque = 9_000_003;

    private static ContractLocation Municipality(string name, long id) => new() { Place = name, Admin1 = "Serranía", Admin2 = name, Country = "MX", Geonames = id };

    private static readonly ContractLocation VillaOcaso = Municipality("Villa Ocaso", Ocaso);
    private static readonly ContractLocation ElMirador = new() { Place = "El Mirador", Admin1 = "Serranía", Admin2 = "Villa Ocaso", Country = "MX", Geonames = Mirador };
    private static readonly ContractLocation Serrania = new() { Place = null, Admin1 = "Serranía", Country = "MX", Geonames = 9_000_100 };
    private static readonly ContractLocation OtherTown = Municipality("Alcornoque", Alcornoque);

    [Fact]
    public void A_locality_inside_the_municipality_another_source_gives_wins_in_any_order()
    {
        ContractLocation[] told = [VillaOcaso, ElMirador, Serrania];
        foreach (var order in Orders(told))
        {
            Assert.Same(ElMirador, MergedLocation.Decide(Told(order)));
        }
    }

    [Fact]
    public void A_town_only_one_source_gives_against_the_town_of_the_others_loses_in_any_order()
    {
        ContractLocation[] told = [OtherTown, VillaOcaso, Municipality("Villa Ocaso", Ocaso)];
        foreach (var order in Orders(told))
        {
            Assert.Equal("Villa Ocaso", MergedLocation.Decide(Told(order))!.Place);
        }
    }

    [Fact]
    public void A_locality_and_its_municipality_are_compatible_but_another_municipality_is_not()
    {
        Assert.True(MergedLocation.Agree(ElMirador, VillaOcaso));
        Assert.True(MergedLocation.Agree(Serrania, ElMirador));
        Assert.False(MergedLocation.Agree(ElMirador, OtherTown));
        Assert.False(MergedLocation.Agree(VillaOcaso, OtherTown));
    }

    [Fact]
    public void Documents_that_place_one_incident_at_three_levels_give_one_event_at_the_most_specific_place_whatever_their_order()
    {
        ContractDocument[] Documents() =>
        [
            Story("town", "es", "2025-03-04").WithEvents(Event("Battles", "Armed clash", "2025-03-03", "Villa Ocaso", "Serranía", Ocaso, fatalities: 4)),
            Story("locality", "en", "2025-03-04").WithEvents(WithLocation(Event("Battles", "Armed clash", "2025-03-03", null, "Serranía", null, fatalities: 4), ElMirador)),
            Story("state", "sv", "2025-03-04").WithEvents(Event("Battles", "Armed clash", "2025-03-03", null, "Serranía", 9_000_100, fatalities: 4)),
        ];

        foreach (var order in Orders(Documents()))
        {
            var merged = Assert.Single(Build([.. order]).Events);
            Assert.Equal("El Mirador", merged.Location!.Place);
        }
    }

    private static ContractDocument Story(string id, string language, string published) => Document(id, language, published, "Villa Ocaso: cuatro muertos.", null,
        Town("Villa Ocaso", "Serranía", Ocaso), State("Serranía", 9_000_100));

    private static List<(ContractLocation Location, int Sources)> Told(IEnumerable<ContractLocation> sources)
    {
        var told = new List<(ContractLocation Location, int Sources)>();
        foreach (var source in sources)
        {
            MergedLocation.Tell(told, source);
        }

        return told;
    }

    private static ContractEvent WithLocation(ContractEvent reported, ContractLocation location)
    {
        reported.Location = new ContractLocation { Place = location.Place, Admin1 = location.Admin1, Admin2 = location.Admin2, Country = location.Country, Geonames = location.Geonames };
        return reported;
    }

    private static IEnumerable<T[]> Orders<T>(T[] items)
    {
        if (items.Length <= 1)
        {
            yield return items;
            yield break;
        }

        for (var i = 0; i < items.Length; i++)
        {
            var rest = items.Where((_, j) => j != i).ToArray();
            foreach (var tail in Orders(rest))
            {
                yield return [items[i], .. tail];
            }
        }
    }
}
