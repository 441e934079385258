using Atalaya.Core.Exports;

namespace Atalaya.Core.Tests.Exports;

/// <summary>The shipped data/geo/countries.tsv.</summary>
public sealed class CountryTableTests
{
    private static readonly HashSet<string> AcledRegions = new(StringComparer.Ordinal)
    {
        "Central America", "Caribbean", "South America", "North America", "Europe", "Middle East", "Northern Africa",
        "Western Africa", "Middle Africa", "Eastern Africa", "Southern Africa", "South Asia", "Southeast Asia",
        "East Asia", "Caucasus and Central Asia", "Oceania", "Antarctica",
    };

    [Fact]
    public void Mexico_is_in_central_america_with_its_iso_codes()
    {
        Assert.Equal(new Country("MX", "MEX", "484", "Mexico", "Central America"), ExportCorpus.Countries.Find("MX"));
        Assert.Equal("North America", ExportCorpus.Countries.Find("us")?.Region);
        Assert.Equal("Middle East", ExportCorpus.Countries.Find("IR")?.Region);
        Assert.Equal("Caucasus and Central Asia", ExportCorpus.Countries.Find("GE")?.Region);
        Assert.Null(ExportCorpus.Countries.Find("ZZ"));
        Assert.Null(ExportCorpus.Countries.Find(null));
    }

    [Fact]
    public void Every_country_has_codes_a_name_and_an_acled_region()
    {
        var table = ExportCorpus.Countries;
        Assert.InRange(table.Count, 240, 260);
        var path = Path.Combine(AppContext.BaseDirectory, "data", CountryTable.RelativePath);
        foreach (var code in File.ReadLines(path).Where(l => !l.StartsWith('#')).Select(l => l.Split('\t')[0]))
        {
            var country = table.Find(code)!;
            Assert.Matches("^[A-Z]{3}$", country.Alpha3);
            Assert.Matches("^([0-9]{3})?$", country.Numeric);
            Assert.NotEmpty(country.Name);
            Assert.Contains(country.Region, AcledRegions);
        }
    }
}
