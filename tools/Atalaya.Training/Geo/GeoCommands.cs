using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;

namespace Atalaya.Training.Geo;

/// <summary>
/// geo build: writes data/geo/gazetteer.tsv.gz from ../shared/data/geo and regions.tsv.
/// geo countries: writes data/geo/countries.tsv (codes, English names, ACLED regions) for the ACLED export.
///   dotnet run -c Release --project tools/Atalaya.Training -- geo build
///   dotnet run -c Release --project tools/Atalaya.Training -- geo countries
/// </summary>
internal static class GeoCommands
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "The geo data folder (GeoNames, INEGI, world-countries)", DefaultValueFactory = _ => "../shared/data/geo" };
        var output = new Option<string>("--out") { Description = "The gazetteer file to write", DefaultValueFactory = _ => "data/geo/gazetteer.tsv.gz" };
        var regions = new Option<string>("--regions") { Description = "The regions written by hand (continents, world and Mexican regions)", DefaultValueFactory = _ => "tools/Atalaya.Training/Geo/regions.tsv" };
        var build = new Command("build", "Build the gazetteer (gzip TSV, one row per place)") { data, output, regions };
        build.SetAction(parse =>
        {
            var watch = Stopwatch.StartNew();
            var path = parse.GetValue(output)!;
            var rows = GazetteerBuilder.Build(parse.GetValue(data)!, parse.GetValue(regions)!, Console.Out);
            GazetteerBuilder.Write(rows, path);
            foreach (var kind in GazetteerBuilder.Kinds)
            {
                var ofKind = rows.Where(r => r.Kind == kind).ToList();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind,-8} {ofKind.Count,7} rows ({ofKind.Count(r => r.Country == "MX"),6} in Mexico), {ofKind.Sum(r => r.Names.Names.Count),8} names"));
            }

            var bytes = File.ReadAllBytes(path);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {path}: {rows.Count} rows, {bytes.Length / 1024.0 / 1024.0:0.00} MB, sha256 {Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}, in {watch.Elapsed.TotalSeconds:0.0} s"));
            return 0;
        });

        return new Command("geo", "Gazetteer and country table: build, countries") { build, Countries(data) };
    }

    private static Command Countries(Option<string> data)
    {
        var output = new Option<string>("--out") { Description = "The country table to write", DefaultValueFactory = _ => "data/geo/countries.tsv" };
        var countries = new Command("countries", "Build the country table of the ACLED export (codes, English names, ACLED regions)") { data, output };
        countries.SetAction(parse =>
        {
            var path = parse.GetValue(output)!;
            var rows = CountryTableBuilder.Build(Path.Combine(parse.GetValue(data)!, "countries", "world-countries.json"));
            CountryTableBuilder.Write(rows, path);
            foreach (var region in rows.GroupBy(r => r.Region, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{region.Key,-26} {region.Count(),3}"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {path}: {rows.Count} countries"));
            return 0;
        });
        return countries;
    }
}
