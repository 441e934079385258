using Atalaya.Core.Stages.Geo;

namespace Atalaya.Core.Tests.Stages.Geo;

/// <summary>Names marked '=' in the gazetteer file match only as written: abbreviations in capitals.</summary>
public sealed class WrittenExactlyTests
{
    // geonameid, kind, name, names, country, admin1, admin2, lat, lon, population
    private const string Tiny = """
        6252001	country	United States	United States|Verenigde Staten|=US|=U.S.|=USA|=Usa|=EE. UU.|=EEUU|=VS	US			38	-97	310232863
        2635167	country	United Kingdom	United Kingdom|=UK	GB			54	-2	62348447
        1849154	city	Usa	Usa	JP	Oita		33.5	131.35	56542
        4005539	city	Guadalajara	Guadalajara	MX	Jalisco	Guadalajara	20.67	-103.39	1385629
        """;

    private static readonly Gazetteer Gazetteer = Gazetteer.Read(new StringReader(Tiny));

    [Theory]
    [InlineData("US")]
    [InlineData("U.S.")]
    [InlineData("U. S.")]
    [InlineData("EE. UU.")]
    [InlineData("EE.UU.")]
    [InlineData("EEUU")]
    [InlineData("VS")]
    [InlineData("Usa")]
    public void An_abbreviation_written_as_listed_finds_its_country(string written)
        => Assert.Equal(6252001, Gazetteer.Lookup(written)[0].GeonamesId);

    [Theory]
    [InlineData("us")]
    [InlineData("Us")]
    [InlineData("u.s.")]
    [InlineData("vs")]
    [InlineData("Vs")]
    [InlineData("ee uu")]
    [InlineData("uk")]
    public void The_same_letters_in_another_case_find_nothing(string written)
        => Assert.Empty(Gazetteer.Lookup(written));

    [Fact]
    public void A_place_named_in_any_case_comes_after_the_abbreviation_and_alone_otherwise()
    {
        Assert.Equal([6252001, 1849154], Gazetteer.Lookup("USA").Select(p => p.GeonamesId));
        Assert.Equal([6252001, 1849154], Gazetteer.Lookup("Usa").Select(p => p.GeonamesId));
        Assert.Equal([1849154], Gazetteer.Lookup("usa").Select(p => p.GeonamesId));
        Assert.Equal([1849154], Gazetteer.Lookup("USa").Select(p => p.GeonamesId));
    }

    [Fact]
    public void Ordinary_names_still_ignore_case_and_the_marker_is_no_part_of_a_name()
    {
        Assert.Equal(4005539, Gazetteer.Lookup("GUADALAJARA")[0].GeonamesId);
        Assert.Equal(2635167, Gazetteer.Lookup("UK")[0].GeonamesId);
        Assert.Empty(Gazetteer.Lookup("=UK"[..1]));
        Assert.Equal(2, Gazetteer.MaxNameWords);
    }

    [Fact]
    public void A_long_written_name_takes_the_same_path()
    {
        var padded = new string(' ', 300) + "EE. UU.";
        Assert.Equal(6252001, Gazetteer.Lookup(padded)[0].GeonamesId);
        Assert.Empty(Gazetteer.Lookup(new string(' ', 300) + "ee. uu."));
    }
}
