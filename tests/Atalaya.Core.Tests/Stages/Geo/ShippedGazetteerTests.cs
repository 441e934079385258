using System.Diagnostics;
using Atalaya.Core.Stages.Geo;
using Xunit.Abstractions;

namespace Atalaya.Core.Tests.Stages.Geo;

/// <summary>The shipped data/geo/gazetteer.tsv.gz (copied to the test output) against public facts.</summary>
public sealed class ShippedGazetteerTests(ITestOutputHelper output)
{
    private static readonly Lazy<Gazetteer> Shared = new(() => Gazetteer.Load(ShippedPath));

    private static string ShippedPath => Path.Combine(AppContext.BaseDirectory, "data", "geo", "gazetteer.tsv.gz");

    private static Gazetteer Shipped => Shared.Value;

    [Fact]
    public void Loads_completely()
    {
        var watch = Stopwatch.StartNew();
        var gazetteer = Gazetteer.Load(ShippedPath);
        watch.Stop();
        output.WriteLine($"{gazetteer.Count} places, {gazetteer.NameCount} names, max {gazetteer.MaxNameWords} words, loaded in {watch.ElapsedMilliseconds} ms");
        Assert.InRange(gazetteer.Count, 40_000, 80_000);
        Assert.Equal(32, gazetteer.Admin1Of("MX").Count());
        Assert.Equal(51, gazetteer.Admin1Of("US").Count()); // 50 states and the District of Columbia
        Assert.InRange(gazetteer.MaxNameWords, 5, 15);
    }

    [Fact]
    public void Tapalpa_is_in_Jalisco()
    {
        var tapalpa = Shipped.Lookup("Tapalpa")[0];
        Assert.Equal(("MX", "Jalisco", PlaceKinds.City), (tapalpa.Country, tapalpa.Admin1, tapalpa.Kind));
        Assert.Equal(19.94, tapalpa.Lat!.Value, 1);
        Assert.Equal(-103.76, tapalpa.Lon!.Value, 1);
    }

    [Fact]
    public void Mexico_Stad_is_Mexico_City()
    {
        var place = Shipped.Lookup("Mexico-Stad")[0];
        Assert.Equal("Mexico City", place.Admin1);
        Assert.Contains(Shipped.Lookup("Mexico-Stad"), p => p.Kind == PlaceKinds.City && p.GeonamesId == 3530597);
    }

    [Fact]
    public void Michoacan_without_accent_is_the_state()
    {
        var place = Shipped.Lookup("Michoacan")[0];
        Assert.Equal((PlaceKinds.Admin1, "Michoacán", "MX"), (place.Kind, place.Name, place.Country));
        Assert.Equal(3995955, Shipped.Lookup("Michoacán de Ocampo")[0].GeonamesId);
    }

    [Theory]
    [InlineData("Verenigde Staten")]
    [InlineData("Vereinigte Staaten")]
    [InlineData("Estados Unidos")]
    [InlineData("États-Unis")]
    [InlineData("EE. UU.")]
    [InlineData("EE.UU.")]
    [InlineData("EEUU")]
    [InlineData("EUA")]
    [InlineData("USA")]
    [InlineData("US")]
    [InlineData("U.S.")]
    [InlineData("VS")]
    [InlineData("Usa")]
    public void The_United_States_by_its_names(string name)
    {
        var place = Shipped.Lookup(name)[0];
        Assert.Equal((PlaceKinds.Country, "US"), (place.Kind, place.Country));
    }

    [Fact]
    public void Culiacan_is_the_capital_of_Sinaloa()
    {
        var place = Shipped.Lookup("Culiacán")[0];
        Assert.Equal((PlaceKinds.City, "Sinaloa", "MX"), (place.Kind, place.Admin1, place.Country));
        Assert.Equal(24.8, place.Lat!.Value, 1);
        Assert.Equal(-107.4, place.Lon!.Value, 1);
    }

    [Theory]
    [InlineData("Guadalajara", "Jalisco")]
    [InlineData("Guanajuato", "Guanajuato")]
    [InlineData("Ciudad de México", "Mexico City")]
    [InlineData("CDMX", "Mexico City")]
    [InlineData("Estado de México", "México")]
    [InlineData("Chiapas", "Chiapas")]
    [InlineData("Coahuila de Zaragoza", "Coahuila")]
    [InlineData("Tuxtla Gutierrez", "Chiapas")]
    [InlineData("Reynosa", "Tamaulipas")]
    [InlineData("Ciudad Juárez", "Chihuahua")]
    public void Mexican_names_find_their_state(string name, string admin1)
    {
        var place = Shipped.Lookup(name)[0];
        Assert.Equal(("MX", admin1), (place.Country, place.Admin1));
    }

    [Fact]
    public void Every_Mexican_state_and_municipality_has_a_point_and_a_population()
    {
        foreach (var state in Shipped.Admin1Of("MX"))
        {
            Assert.True(state.Lat is > 14 and < 33 && state.Lon is > -118 and < -86, state.Name);
            Assert.True(state.Population > 500_000, state.Name);
        }

        var culiacan = Shipped.Lookup("Culiacán").Single(p => p.Kind == PlaceKinds.Admin2);
        Assert.Equal("Sinaloa", culiacan.Admin1);
        Assert.True(culiacan.Population > 900_000);
    }

    [Fact]
    public void California_by_its_exonyms()
    {
        foreach (var name in (string[])["Kalifornien", "Californië", "Californie", "California"])
        {
            Assert.Contains(Shipped.Lookup(name), p => p.Kind == PlaceKinds.Admin1 && p.Country == "US" && p.Name == "California");
        }
    }

    [Theory]
    [InlineData("UK", "GB")]
    [InlineData("VK", "GB")]
    [InlineData("UAE", "AE")]
    [InlineData("EAU", "AE")]
    [InlineData("VAE", "AE")]
    [InlineData("RDC", "CD")]
    [InlineData("RD Congo", "CD")]
    public void Country_abbreviations_of_the_news(string name, string country)
    {
        var place = Shipped.Lookup(name)[0];
        Assert.Equal((PlaceKinds.Country, country), (place.Kind, place.Country));
    }

    [Theory]
    [InlineData("us")]
    [InlineData("Us")]
    [InlineData("vs")]
    [InlineData("uk")]
    [InlineData("eau")]
    [InlineData("usa")]
    [InlineData("rd")]
    public void Abbreviations_in_lower_case_are_common_words_and_find_no_country(string word)
        => Assert.DoesNotContain(Shipped.Lookup(word), p => p.Kind == PlaceKinds.Country);

    [Theory]
    [InlineData("CDMX", "Mexico City")]
    [InlineData("SLP", "San Luis Potosí")]
    [InlineData("BCS", "Baja California Sur")]
    public void State_abbreviations_in_capitals(string name, string admin1)
    {
        var place = Shipped.Lookup(name)[0];
        Assert.Equal((PlaceKinds.Admin1, admin1), (place.Kind, place.Admin1));
        Assert.DoesNotContain(Shipped.Lookup(name.ToLowerInvariant()), p => p.Kind == PlaceKinds.Admin1);
    }

    [Theory]
    [InlineData("San Juan de los Lagos", "Jalisco", "San Juan de los Lagos")]
    [InlineData("San Pedro de las Colonias", "Coahuila", "San Pedro")]
    [InlineData("Los Reyes de Salgado", "Michoacán", "Los Reyes")]
    [InlineData("Reyes de Salgado", "Michoacán", "Los Reyes")]
    [InlineData("Las Vigas de Ramírez", "Veracruz", "Las Vigas de Ramírez")]
    [InlineData("Vigas de Ramírez", "Veracruz", "Las Vigas de Ramírez")]
    public void Names_with_an_inner_article_or_without_their_leading_one_are_found_whole(string name, string admin1, string municipality)
    {
        var place = Shipped.Lookup(name)[0];
        Assert.Equal(("MX", admin1, municipality), (place.Country, place.Admin1, place.Admin2));
    }
}
