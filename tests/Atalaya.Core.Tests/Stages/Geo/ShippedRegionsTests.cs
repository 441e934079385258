using Atalaya.Core.Stages.Geo;

namespace Atalaya.Core.Tests.Stages.Geo;

/// <summary>The regions of the shipped gazetteer (kind "region") against public facts of geography and language.</summary>
public sealed class ShippedRegionsTests
{
    private static readonly Lazy<Gazetteer> Shared = new(() => Gazetteer.Load(Path.Combine(AppContext.BaseDirectory, "data", "geo", "gazetteer.tsv.gz")));

    private static Gazetteer Shipped => Shared.Value;

    [Theory]
    [InlineData("Europa", "Europe")]
    [InlineData("Azië", "Asia")]
    [InlineData("Asien", "Asia")]
    [InlineData("Afrique", "Africa")]
    [InlineData("África", "Africa")]
    [InlineData("Sydamerika", "South America")]
    [InlineData("Norteamérica", "North America")]
    [InlineData("Oceanía", "Oceania")]
    [InlineData("Centroamérica", "Central America")]
    [InlineData("Centraal-Amerika", "Central America")]
    [InlineData("Mittelamerika", "Central America")]
    [InlineData("Mellom-Amerika", "Central America")]
    [InlineData("Mellemamerika", "Central America")]
    [InlineData("Latinoamérica", "Latin America")]
    [InlineData("América Latina", "Latin America")]
    [InlineData("Lateinamerika", "Latin America")]
    [InlineData("the Caribbean", "Caribbean")]
    [InlineData("Caribe", "Caribbean")]
    [InlineData("Karibik", "Caribbean")]
    [InlineData("Oriente Medio", "Middle East")]
    [InlineData("Medio Oriente", "Middle East")]
    [InlineData("Oriente Médio", "Middle East")]
    [InlineData("Moyen-Orient", "Middle East")]
    [InlineData("Naher Osten", "Middle East")]
    [InlineData("Nahen Osten", "Middle East")]
    [InlineData("Midden-Oosten", "Middle East")]
    [InlineData("Midtøsten", "Middle East")]
    [InlineData("Mellemøsten", "Middle East")]
    [InlineData("Mellanöstern", "Middle East")]
    [InlineData("Balcanes", "Balkans")]
    [InlineData("Balkan", "Balkans")]
    [InlineData("Sudeste Asiático", "Southeast Asia")]
    [InlineData("Zuidoost-Azië", "Southeast Asia")]
    [InlineData("Afrique de l'Ouest", "West Africa")]
    [InlineData("Västafrika", "West Africa")]
    [InlineData("Escandinavia", "Scandinavia")]
    [InlineData("Skandinavien", "Scandinavia")]
    [InlineData("Sahel", "Sahel")]
    public void World_regions_are_found_in_many_languages(string written, string region)
    {
        var place = Shipped.Lookup(written)[0];
        Assert.Equal((PlaceKinds.Region, region, ""), (place.Kind, place.Name, place.Country));
        Assert.NotNull(place.Lat);
        Assert.True(place.Population > 1_000_000, $"{region} has population {place.Population}");
    }

    [Theory]
    [InlineData("Tierra Caliente", "Michoacán")]
    [InlineData("La Huasteca", "San Luis Potosí")]
    [InlineData("Huasteca Veracruzana", "Veracruz")]
    [InlineData("El Bajío", "Guanajuato")]
    [InlineData("Triángulo Dorado", "Sinaloa")]
    [InlineData("Golden Triangle", "Sinaloa")]
    [InlineData("Sierra Madre Occidental", "Durango")]
    [InlineData("Sierra Madre del Sur", "Guerrero")]
    [InlineData("Costa Chica", "Guerrero")]
    [InlineData("Costa Grande", "Guerrero")]
    [InlineData("La Montaña", "Guerrero")]
    [InlineData("Istmo de Tehuantepec", "Oaxaca")]
    [InlineData("Isthmus of Tehuantepec", "Oaxaca")]
    [InlineData("Yucatán Peninsula", "Yucatán")]
    [InlineData("Halbinsel Yucatán", "Yucatán")]
    [InlineData("Frontera Norte", "Chihuahua")]
    [InlineData("US-Mexico border", "Chihuahua")]
    [InlineData("Riviera Maya", "Quintana Roo")]
    [InlineData("Comarca Lagunera", "Coahuila")]
    [InlineData("La Laguna", "Coahuila")]
    [InlineData("Sierra Tarahumara", "Chihuahua")]
    [InlineData("Meseta Purépecha", "Michoacán")]
    [InlineData("Frontera Chica", "Tamaulipas")]
    public void Mexican_regions_carry_their_main_state(string written, string admin1)
    {
        var place = Shipped.Lookup(written)[0];
        Assert.Equal((PlaceKinds.Region, "MX", admin1), (place.Kind, place.Country, place.Admin1));
        Assert.InRange(place.Lat!.Value, 14.5, 32.8);
        Assert.InRange(place.Lon!.Value, -118.5, -86.5);
        Assert.Contains(Shipped.Admin1Of("MX"), state => state.Name == admin1);
    }

    [Fact]
    public void The_Golden_Triangle_of_Mexico_comes_before_the_one_of_Southeast_Asia()
    {
        var places = Shipped.Lookup("Goldenes Dreieck");
        Assert.Equal(["Triángulo Dorado", "Golden Triangle"], places.Select(p => p.Name));
        Assert.Equal(("MX", ""), (places[0].Country, places[1].Country));
    }

    /// <summary>
    /// The places these names gave before regions were added (GeoNames ids, in order): they are all
    /// still there, in the same order, behind the region.
    /// </summary>
    [Theory]
    [InlineData("La Laguna", -1000000119, new long[] { 3523035, 3525540, 8859135, 3816285, 3823438, 4001711 }, 17)]
    [InlineData("El Bajío", -1000000106, new long[] { 3800275, 4011064, 8859641, 8859944, 3823823, 8860712 }, 7)]
    [InlineData("Bajío", -1000000106, new long[] { 4011064, 4011063 }, 2)]
    [InlineData("La Montaña", -1000000113, new long[] { 8862544 }, 1)]
    [InlineData("África", 6255146, new long[] { 8861781, 2473572 }, 2)]
    [InlineData("Asia", 6255147, new long[] { 1730097 }, 1)]
    public void Towns_named_like_a_region_are_found_as_before(string name, long region, long[] firstTowns, int towns)
    {
        var places = Shipped.Lookup(name);
        Assert.Equal(region, places[0].GeonamesId);
        var others = places.Skip(1).ToList();
        Assert.Equal(towns, others.Count);
        Assert.DoesNotContain(others, p => p.Kind == PlaceKinds.Region);
        Assert.Equal(firstTowns, others.Take(firstTowns.Length).Select(p => p.GeonamesId));
    }

    [Fact]
    public void A_state_written_after_a_shared_name_still_finds_the_town()
    {
        // "La Laguna, Hidalgo": the town of the named state is among the places of the name.
        Assert.Contains(Shipped.Lookup("La Laguna"), p => p.Kind == PlaceKinds.City && p.Admin1 == "Hidalgo" && p.GeonamesId == 3525540);
    }

    [Theory]
    [InlineData("Laguna")]
    [InlineData("Montaña")]
    [InlineData("Frontera")]
    [InlineData("Sierra Madre")]
    [InlineData("Altos")]
    public void Ordinary_words_do_not_become_regions(string word)
        => Assert.DoesNotContain(Shipped.Lookup(word), p => p.Kind == PlaceKinds.Region);

    [Theory]
    [InlineData("Africa", 6255146)]
    [InlineData("Asie", 6255147)]
    [InlineData("Europe", 6255148)]
    [InlineData("Nord-Amerika", 6255149)]
    [InlineData("Zuid-Amerika", 6255150)]
    [InlineData("Ozeanien", 6255151)]
    public void Continents_carry_their_GeoNames_ids(string written, long id)
        => Assert.Equal((id, PlaceKinds.Region), (Shipped.Lookup(written)[0].GeonamesId, Shipped.Lookup(written)[0].Kind));
}
