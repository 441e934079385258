using Atalaya.Core.Stages.Geo;

namespace Atalaya.Core.Tests.Stages.Geo;

/// <summary>Where regions fall among places of the same name, on a tiny gazetteer read from text.</summary>
public sealed class RegionRankingTests
{
    // geonameid, kind, name, names, country, admin1, admin2, lat, lon, population
    private const string Tiny = """
        #geonameid	kind	name	names	country	admin1	admin2	lat	lon	population
        3996063	country	Mexico	Mexico|México	MX			23	-102	112468855
        162152	admin1	Balkan	Balkan	TM	Balkan				0
        6255146	region	Africa	Africa|África|Afrika				7.19	21.09	1400000000
        -1000000005	region	Balkans	Balkans|Balkan|Balcanes				43	21	55000000
        -1000000106	region	Bajío	Bajío|El Bajío	MX	Guanajuato		20.6	-101.2	12000000
        3800275	city	El Bajío	El Bajío	MX	Oaxaca	Santiago Amoltepec	16.6	-97.5	1717
        4011064	city	El Bajío	El Bajío|Bajío	MX	Aguascalientes	Aguascalientes	21.9	-102.3	1278
        8861781	city	África	África	MX	Puebla	Huehuetla	20.1	-97.6	643
        """;

    private static readonly Gazetteer Gazetteer = Gazetteer.Read(new StringReader(Tiny));

    [Fact]
    public void Region_kind_is_the_shared_constant()
    {
        var bajio = Gazetteer.Lookup("Bajío")[0];
        Assert.Same(PlaceKinds.Region, bajio.Kind);
        Assert.Equal(("MX", "Guanajuato"), (bajio.Country, bajio.Admin1));
    }

    [Fact]
    public void A_region_comes_before_towns_of_its_name_even_small_Mexican_ones()
    {
        Assert.Equal([6255146, 8861781], Gazetteer.Lookup("África").Select(p => p.GeonamesId));
        Assert.Equal([-1000000106, 3800275, 4011064], Gazetteer.Lookup("El Bajío").Select(p => p.GeonamesId));
    }

    [Fact]
    public void The_towns_keep_their_order_behind_the_region()
    {
        var towns = Gazetteer.Lookup("El Bajío").Where(p => p.Kind != PlaceKinds.Region).Select(p => p.GeonamesId);
        Assert.Equal([3800275, 4011064], towns);
    }

    [Fact]
    public void A_region_ranks_with_first_level_divisions_by_population()
    {
        var balkan = Gazetteer.Lookup("Balkan");
        Assert.Equal([-1000000005, 162152], balkan.Select(p => p.GeonamesId));
        Assert.Equal("", balkan[0].Country);
        Assert.Null(balkan[0].Admin1);
    }

    [Fact]
    public void Regions_are_not_first_level_divisions_of_their_country()
        => Assert.DoesNotContain(Gazetteer.Admin1Of("MX"), p => p.Kind == PlaceKinds.Region);
}
