using System.Globalization;
using System.IO.Compression;
using System.Text.Json;

namespace Atalaya.Training.Geo;

/// <summary>One row of a tab-separated file with a header, read by column name.</summary>
internal sealed class TsvRow(IReadOnlyDictionary<string, int> columns, string[] cells)
{
    public string this[string column] => columns.TryGetValue(column, out var i) && i < cells.Length ? cells[i].Trim() : "";

    public long Long(string column) => long.TryParse(this[column], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;

    public double? Double(string column)
        => double.TryParse(this[column], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;
}

/// <summary>Readers for the files of ../shared/data/geo (see its SOURCES.md).</summary>
internal static class GeoSources
{
    public static IEnumerable<string> Lines(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    /// <summary>Rows of a file whose first line names the columns; <paramref name="separator"/> is a tab or a comma (no quoting).</summary>
    public static IEnumerable<TsvRow> Table(string path, char separator = '\t')
    {
        Dictionary<string, int>? columns = null;
        foreach (var line in Lines(path))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var cells = line.Split(separator);
            if (columns is null)
            {
                columns = cells.Select((name, i) => (name: name.Trim().TrimStart('\uFEFF'), i)).ToDictionary(c => c.name, c => c.i, StringComparer.Ordinal);
                continue;
            }

            yield return new TsvRow(columns, cells);
        }
    }

    /// <summary>admin1CodesASCII.txt: "CC.code", name, ASCII name, geonameid; no header.</summary>
    public static IEnumerable<Admin1Code> Admin1Codes(string path)
    {
        foreach (var line in Lines(path))
        {
            var cells = line.Split('\t');
            if (cells.Length >= 4 && long.TryParse(cells[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
            {
                yield return new Admin1Code(cells[0], cells[1].Trim(), cells[2].Trim(), id);
            }
        }
    }

    /// <summary>countryInfo.txt rows (comment lines skipped).</summary>
    public static IEnumerable<CountryInfo> CountryInfoRows(string path)
    {
        foreach (var line in Lines(path))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length >= 17 && cells[0].Length == 2 && long.TryParse(cells[16], NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
            {
                _ = long.TryParse(cells[7], NumberStyles.Integer, CultureInfo.InvariantCulture, out var population);
                yield return new CountryInfo(cells[0], cells[4].Trim(), id, population);
            }
        }
    }

    /// <summary>world-countries.json: names, translations, alternative spellings and a representative point per country.</summary>
    public static Dictionary<string, WorldCountry> WorldCountries(string path, IReadOnlyCollection<string> translationLanguages)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var countries = new Dictionary<string, WorldCountry>(StringComparer.Ordinal);
        foreach (var country in json.RootElement.EnumerateArray())
        {
            var code = country.GetProperty("cca2").GetString() ?? "";
            var name = country.GetProperty("name");
            var common = name.GetProperty("common").GetString() ?? code;
            var names = new List<string> { common, name.GetProperty("official").GetString() ?? "" };
            if (name.TryGetProperty("native", out var native))
            {
                foreach (var language in native.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    names.Add(language.Value.GetProperty("common").GetString() ?? "");
                    names.Add(language.Value.GetProperty("official").GetString() ?? "");
                }
            }

            if (country.TryGetProperty("translations", out var translations))
            {
                foreach (var language in translationLanguages)
                {
                    if (translations.TryGetProperty(language, out var t))
                    {
                        names.Add(t.GetProperty("common").GetString() ?? "");
                        names.Add(t.GetProperty("official").GetString() ?? "");
                    }
                }
            }

            var alt = country.TryGetProperty("altSpellings", out var spellings)
                ? spellings.EnumerateArray().Select(s => s.GetString() ?? "").ToList()
                : [];
            double? lat = null, lon = null;
            if (country.TryGetProperty("latlng", out var latlng) && latlng.GetArrayLength() == 2)
            {
                lat = latlng[0].GetDouble();
                lon = latlng[1].GetDouble();
            }

            countries[code] = new WorldCountry(code, common, names, alt, lat, lon);
        }

        return countries;
    }
}

internal sealed record Admin1Code(string Code, string Name, string AsciiName, long GeonamesId)
{
    public string Country => Code[..Code.IndexOf('.', StringComparison.Ordinal)];
}

internal sealed record CountryInfo(string Code, string Name, long GeonamesId, long Population);

internal sealed record WorldCountry(string Code, string Common, IReadOnlyList<string> Names, IReadOnlyList<string> AltSpellings, double? Lat, double? Lon);
