using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;

namespace Atalaya.Training.Geo;

/// <summary>
/// geo build: writes data/geo/gazetteer.tsv.gz from ../shared/data/geo and regions.tsv.
/// geo compile: writes data/geo/gazetteer.bin, the compact binary form of gazetteer.tsv.gz (geo build does it too).
/// geo countries: writes data/geo/countries.tsv (codes, English names, ACLED regions) for the ACLED export.
///   dotnet run -c Release --project tools/Atalaya.Training -- geo build
///   dotnet run -c Release --project tools/Atalaya.Training -- geo compile
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
            WriteCompiled(path);
            return 0;
        });

        return new Command("geo", "Gazetteer and country table: build, compile, countries") { build, Compile(), Countries(data) };
    }

    /// <summary>geo compile: the compact binary form of the gazetteer (gazetteer.bin) that the program opens instead of parsing the text.</summary>
    private static Command Compile()
    {
        var source = new Option<string>("--gazetteer") { Description = "The gazetteer text to compile; gazetteer.bin is written beside it", DefaultValueFactory = _ => "data/geo/gazetteer.tsv.gz" };
        var compile = new Command("compile", "Compile the gazetteer text into gazetteer.bin (run after every change of gazetteer.tsv.gz; a test checks they agree)") { source };
        compile.SetAction(parse =>
        {
            WriteCompiled(parse.GetValue(source)!);
            return 0;
        });
        return compile;
    }

    private static void WriteCompiled(string source)
    {
        var watch = Stopwatch.StartNew();
        var path = Atalaya.Core.Stages.Geo.CompiledGazetteer.Compile(source);
        var bytes = File.ReadAllBytes(path);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {path}: {bytes.Length / 1024.0 / 1024.0:0.00} MB, sha256 {Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}, in {watch.Elapsed.TotalSeconds:0.0} s"));
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
