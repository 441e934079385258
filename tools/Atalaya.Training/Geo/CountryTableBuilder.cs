using System.Text;
using System.Text.Json;

namespace Atalaya.Training.Geo;

/// <summary>One line of data/geo/countries.tsv.</summary>
internal sealed record CountryTableRow(string Alpha2, string Alpha3, string Numeric, string Name, string Region);

/// <summary>
/// Builds data/geo/countries.tsv (ISO 3166 codes, English name, ACLED region) from
/// world-countries.json, for the ACLED export. The ACLED region comes from the file's region and
/// subregion (the UN M49 grouping), with the few countries ACLED groups otherwise moved by hand.
/// </summary>
internal static class CountryTableBuilder
{
    public static readonly string[] Columns = ["alpha2", "alpha3", "numeric", "name", "region"];

    /// <summary>UN subregions that are one ACLED region under another name.</summary>
    private static readonly Dictionary<string, string> RegionOfSubregion = new(StringComparer.Ordinal)
    {
        ["Caribbean"] = "Caribbean",
        ["Central America"] = "Central America",
        ["South America"] = "South America",
        ["North America"] = "North America",
        ["Northern Africa"] = "Northern Africa",
        ["Western Africa"] = "Western Africa",
        ["Middle Africa"] = "Middle Africa",
        ["Eastern Africa"] = "Eastern Africa",
        ["Southern Africa"] = "Southern Africa",
        ["Southern Asia"] = "South Asia",
        ["South-Eastern Asia"] = "Southeast Asia",
        ["Eastern Asia"] = "East Asia",
        ["Central Asia"] = "Caucasus and Central Asia",
        ["Western Asia"] = "Middle East",
    };

    /// <summary>UN regions whose subregions all fall in one ACLED region.</summary>
    private static readonly Dictionary<string, string> RegionOfRegion = new(StringComparer.Ordinal)
    {
        ["Europe"] = "Europe",
        ["Oceania"] = "Oceania",
        ["Antarctic"] = "Antarctica",
    };

    /// <summary>
    /// Countries ACLED puts elsewhere than the UN grouping: Mexico with Central America (the UN has
    /// it in North America, ACLED's North America is the United States and Canada), the South
    /// Caucasus with Central Asia (the UN has it in Western Asia), Iran in the Middle East (the UN
    /// has it in Southern Asia).
    /// </summary>
    private static readonly Dictionary<string, string> AcledExceptions = new(StringComparer.Ordinal)
    {
        ["MX"] = "Central America",
        ["AM"] = "Caucasus and Central Asia",
        ["AZ"] = "Caucasus and Central Asia",
        ["GE"] = "Caucasus and Central Asia",
        ["IR"] = "Middle East",
    };

    /// <summary>
    /// Kosovo has no ISO code; world-countries writes "UNK" (the UN's), ACLED and most data sets
    /// the user-assigned "XKX", which is what an analyst will join on.
    /// </summary>
    private static readonly Dictionary<string, string> Alpha3Exceptions = new(StringComparer.Ordinal) { ["XK"] = "XKX" };

    public static List<CountryTableRow> Build(string worldCountriesPath)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(worldCountriesPath));
        var rows = new List<CountryTableRow>();
        foreach (var country in json.RootElement.EnumerateArray())
        {
            var alpha2 = Text(country, "cca2");
            var alpha3 = Alpha3Exceptions.GetValueOrDefault(alpha2) ?? Text(country, "cca3");
            var name = country.GetProperty("name").GetProperty("common").GetString() ?? alpha2;
            var region = AcledRegion(alpha2, Text(country, "region"), Text(country, "subregion"));
            rows.Add(new CountryTableRow(alpha2, alpha3, Text(country, "ccn3"), name, region));
        }

        var duplicate = rows.GroupBy(r => r.Alpha2, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null
            ? rows.OrderBy(r => r.Alpha2, StringComparer.Ordinal).ToList()
            : throw new InvalidDataException($"{worldCountriesPath}: country {duplicate.Key} twice");
    }

    public static string AcledRegion(string alpha2, string region, string subregion)
        => AcledExceptions.GetValueOrDefault(alpha2)
            ?? RegionOfSubregion.GetValueOrDefault(subregion)
            ?? RegionOfRegion.GetValueOrDefault(region)
            ?? throw new InvalidDataException($"{alpha2}: no ACLED region for region \"{region}\", subregion \"{subregion}\"");

    public static void Write(IReadOnlyList<CountryTableRow> rows, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine("# Countries for the ACLED export: ISO 3166-1 alpha-2, alpha-3 and numeric codes, English name, ACLED region.");
        writer.WriteLine("# Built by `dotnet run -c Release --project tools/Atalaya.Training -- geo countries` from world-countries 5.1.0 (ODbL 1.0, github.com/mledoze/countries).");
        writer.WriteLine("# numeric is empty for Kosovo, which has none.");
        writer.WriteLine("#" + string.Join('\t', Columns));
        foreach (var row in rows)
        {
            writer.WriteLine(string.Join('\t', row.Alpha2, row.Alpha3, row.Numeric, row.Name, row.Region));
        }
    }

    private static string Text(JsonElement element, string property)
        => element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";
}
