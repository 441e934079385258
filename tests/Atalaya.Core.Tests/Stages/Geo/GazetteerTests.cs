using System.IO.Compression;
using System.Text;
using Atalaya.Core.Internal;
using Atalaya.Core.Stages.Geo;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Geo;

/// <summary>The gazetteer loader on a tiny file in the format of data/geo/gazetteer.tsv.gz.</summary>
public sealed class GazetteerTests : IDisposable
{
    // geonameid, kind, name, names, country, admin1, admin2, lat, lon, population
    private const string Tiny = """
        # A tiny gazetteer for tests.
        #geonameid	kind	name	names	country	admin1	admin2	lat	lon	population
        3996063	country	Mexico	Mexico|México|Mexiko|Mexique|Messico	MX			23	-102	112468855
        6252001	country	United States	United States|Estados Unidos|Verenigde Staten|Vereinigte Staaten|USA|EE. UU.|EEUU	US			38	-97	310232863
        2510769	country	Spain	Spain|España|Spanien	ES			40	-4	46505963
        4004156	admin1	Jalisco	Jalisco	MX	Jalisco		20.3	-103.6	8348151
        3995955	admin1	Michoacán	Michoacán|Michoacan|Michoacán de Ocampo	MX	Michoacán		19.2	-101.9	4748846
        4005267	admin1	Guanajuato	Guanajuato	MX	Guanajuato		20.9	-101.0	6166934
        3523272	admin1	México	México|Mexico|Estado de México|Edomex	MX	México		19.4	-99.6	16992418
        3527646	admin1	Mexico City	Mexico City|Ciudad de México|CDMX	MX	Mexico City		19.3	-99.1	9209944
        3983035	admin1	Sinaloa	Sinaloa	MX	Sinaloa		25.0	-107.5	3026943
        5332921	admin1	California	California|Californië|Kalifornien	US	California				0
        3336903	admin1	Castille-La Mancha	Castille-La Mancha|Castilla-La Mancha	ES	Castille-La Mancha				0
        8582178	admin2	Guanajuato	Guanajuato	MX	Guanajuato	Guanajuato	21.0	-101.3	194500
        8581998	admin2	Culiacán	Culiacán|Culiacan	MX	Sinaloa	Culiacán	24.65	-107.27	1003530
        -7125	admin2	Honduras de la Sierra	Honduras de la Sierra	MX	Chiapas	Honduras de la Sierra			11000
        4005539	city	Guadalajara	Guadalajara|Guadalaxara	MX	Jalisco	Guadalajara	20.67	-103.39	1385629
        3121070	city	Guadalajara	Guadalajara	ES	Castille-La Mancha		40.63	-3.17	84910
        4005270	city	Guanajuato	Guanajuato	MX	Guanajuato	Guanajuato	21.02	-101.26	72237
        4012176	city	Culiacán	Culiacán|Culiacan|Culiacán Rosales	MX	Sinaloa	Culiacán	24.79	-107.39	808416
        3530597	city	Mexico City	Mexico City|Ciudad de México|Mexico-Stad|Mexiko-Stadt|Mexico by|México	MX	Mexico City		19.43	-99.13	12294193
        3982461	city	Tapalpa	Tapalpa	MX	Jalisco	Tapalpa	19.95	-103.76	5782
        -140860010	city	Atacco	Atacco	MX	Jalisco	Tapalpa	19.92	-103.73	1200
        5368361	city	Los Angeles	Los Angeles|Los Ángeles|Ciudad de Los Ángeles|City of Los Angeles	US	California		34.05	-118.24	3971883
        """;

    private readonly TempFolder folder = new();
    private readonly Gazetteer gazetteer;

    public GazetteerTests()
    {
        gazetteer = Gazetteer.Load(WriteGzip(folder, "gazetteer.tsv.gz", Tiny));
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Loads_every_row()
    {
        Assert.Equal(22, gazetteer.Count);
        Assert.Equal(4, gazetteer.MaxNameWords); // "Ciudad de Los Ángeles"
    }

    [Theory]
    [InlineData("Michoacán")]
    [InlineData("michoacan")]
    [InlineData("MICHOACAN")]
    [InlineData("Michoacán de Ocampo")]
    [InlineData("  michoacán,  de OCAMPO. ")]
    public void Lookup_ignores_case_accents_and_punctuation(string name)
    {
        var place = Assert.Single(gazetteer.Lookup(name));
        Assert.Equal(3995955, place.GeonamesId);
        Assert.Equal(PlaceKinds.Admin1, place.Kind);
        Assert.Equal("Michoacán", place.Name);
    }

    [Theory]
    [InlineData("Mexico-Stad", 3530597)]
    [InlineData("Mexiko Stadt", 3530597)]
    [InlineData("Mexico by", 3530597)]
    [InlineData("Verenigde Staten", 6252001)]
    [InlineData("EE. UU.", 6252001)]
    [InlineData("EEUU", 6252001)]
    [InlineData("Kalifornien", 5332921)]
    [InlineData("Californie", 5332921)]
    [InlineData("Guadalaxara", 4005539)]
    public void Lookup_finds_exonyms_and_alternate_names(string name, long id)
        => Assert.Equal(id, gazetteer.Lookup(name)[0].GeonamesId);

    [Fact]
    public void Lookup_of_an_unknown_or_empty_name_is_empty()
    {
        Assert.Empty(gazetteer.Lookup("Atlantis"));
        Assert.Empty(gazetteer.Lookup(""));
        Assert.Empty(gazetteer.Lookup(" - "));
        Assert.Empty(gazetteer.Lookup(new string('x', 300)));
    }

    [Fact]
    public void Guadalajara_in_Mexico_comes_before_Guadalajara_in_Spain()
    {
        var places = gazetteer.Lookup("Guadalajara");
        Assert.Equal([4005539, 3121070], places.Select(p => p.GeonamesId));
        Assert.Equal("Jalisco", places[0].Admin1);
    }

    [Fact]
    public void The_state_of_Guanajuato_comes_before_the_city_and_the_city_before_its_municipality()
    {
        var places = gazetteer.Lookup("guanajuato");
        Assert.Equal([4005267, 4005270, 8582178], places.Select(p => p.GeonamesId));
        Assert.Equal([PlaceKinds.Admin1, PlaceKinds.City, PlaceKinds.Admin2], places.Select(p => p.Kind));
    }

    [Fact]
    public void A_seat_town_comes_before_its_larger_municipality_of_the_same_name()
    {
        var places = gazetteer.Lookup("Culiacan");
        Assert.Equal([4012176, 8581998], places.Select(p => p.GeonamesId));
    }

    [Fact]
    public void Mexico_is_the_country_first_then_the_state_then_the_capital()
    {
        var places = gazetteer.Lookup("México");
        Assert.Equal([3996063, 3523272, 3530597], places.Select(p => p.GeonamesId));
    }

    [Fact]
    public void Among_places_of_one_kind_the_larger_comes_first()
    {
        // Both admin1 here; neither in a tie with a country.
        Assert.Equal(3527646, gazetteer.Lookup("Ciudad de Mexico")[0].GeonamesId);
        Assert.Equal(3530597, gazetteer.Lookup("Ciudad de Mexico")[1].GeonamesId);
    }

    [Fact]
    public void ById_returns_the_place_with_all_its_columns()
    {
        var tapalpa = gazetteer.ById(3982461);
        Assert.Equal(new Place(3982461, PlaceKinds.City, "Tapalpa", "MX", "Jalisco", "Tapalpa", 19.95, -103.76, 5782), tapalpa);
        Assert.Null(gazetteer.ById(42));

        var inegi = gazetteer.ById(-140860010);
        Assert.NotNull(inegi);
        Assert.Equal("Atacco", inegi.Name);

        var noPoint = gazetteer.ById(-7125);
        Assert.NotNull(noPoint);
        Assert.Null(noPoint.Lat);
        Assert.Null(noPoint.Lon);
        Assert.Null(gazetteer.ById(6252001)!.Admin1);
    }

    [Fact]
    public void Admin1Of_lists_the_divisions_of_a_country_by_name()
    {
        Assert.Equal(["Guanajuato", "Jalisco", "México", "Mexico City", "Michoacán", "Sinaloa"], gazetteer.Admin1Of("MX").Select(p => p.Name));
        Assert.Equal(["California"], gazetteer.Admin1Of("US").Select(p => p.Name));
        Assert.Empty(gazetteer.Admin1Of("FR"));
    }

    [Fact]
    public void Repeated_columns_share_one_string()
    {
        var a = gazetteer.ById(3982461)!;
        var b = gazetteer.ById(4005539)!;
        Assert.Same(a.Admin1, b.Admin1);
        Assert.Same(a.Country, b.Country);
        Assert.Same(a.Kind, b.Kind);
    }

    [Fact]
    public void A_plain_text_file_loads_too()
    {
        var gazetteerText = Gazetteer.Load(folder.Write("plain.tsv", Tiny));
        Assert.Equal(gazetteer.Count, gazetteerText.Count);
        Assert.Equal(gazetteer.NameCount, gazetteerText.NameCount);
    }

    [Fact]
    public void A_malformed_row_is_reported_with_its_line()
    {
        var path = folder.Write("bad.tsv", "# comment\n1\tcity\tX\tX\tMX\t\t\t1\t2\t3\n2\tcity\tY\tY\tMX\n");
        var error = Assert.Throws<InvalidDataException>(() => Gazetteer.Load(path));
        Assert.Contains(":3:", error.Message, StringComparison.Ordinal);

        var duplicate = folder.Write("duplicate.tsv", "1\tcity\tX\tX\tMX\t\t\t1\t2\t3\n1\tcity\tY\tY\tMX\t\t\t1\t2\t3\n");
        Assert.Throws<InvalidDataException>(() => Gazetteer.Load(duplicate));

        var number = folder.Write("number.tsv", "1\tcity\tX\tX\tMX\t\t\tnorth\t2\t3\n");
        Assert.Throws<InvalidDataException>(() => Gazetteer.Load(number));
    }

    [Theory]
    [InlineData("Ciudad de México")]
    [InlineData("  EE. UU. ")]
    [InlineData("Kul'jakan")]
    [InlineData("São Paulo—SP")]
    [InlineData("Straße ÆØÅ æøå Œuvre")]
    [InlineData("Москва 東京 Αθήνα")]
    [InlineData("")]
    [InlineData("...")]
    public void The_allocation_free_fold_is_TextFolding_Fold(string text)
    {
        var buffer = new char[text.Length];
        Assert.Equal(TextFolding.Fold(text), new string(buffer, 0, Gazetteer.FoldInto(text, buffer)));
    }

    internal static string WriteGzip(TempFolder folder, string name, string text)
    {
        var path = folder.File(name);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        var bytes = new UTF8Encoding(false).GetBytes(text);
        gzip.Write(bytes);
        return path;
    }
}
