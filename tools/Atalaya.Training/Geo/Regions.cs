using System.Globalization;
using Atalaya.Core.Internal;
using Atalaya.Core.Stages.Geo;

namespace Atalaya.Training.Geo;

/// <summary>
/// The regions of tools/Atalaya.Training/Geo/regions.tsv: continents, world regions and Mexican
/// regions that are no administrative unit ("Tierra Caliente", "Bajío"), written by hand because no
/// shared source lists them with their names in the project's languages. One region a line; the
/// language columns hold '|'-separated names and every one must be filled, so that no language
/// silently lacks a region.
/// </summary>
internal static class Regions
{
    /// <summary>The languages every region must be named in (the columns after the population).</summary>
    public static readonly string[] Languages = ["es", "en", "pt", "fr", "de", "it", "nl", "nb", "da", "sv"];

    /// <summary>The longest phrase the entity stage tries to match; a longer name would never be found.</summary>
    private const int MaxWords = 5;

    private static readonly string[] Header = ["id", "name", "country", "admin1", "lat", "lon", "population", .. Languages, "other"];

    /// <summary>
    /// The gazetteer rows of the regions. <paramref name="mexicanStates"/> are the admin1 names of
    /// Mexico: a Mexican region's main state must be one of them, or lookups by state would miss it.
    /// </summary>
    public static List<PlaceRow> Read(string path, IReadOnlySet<string> mexicanStates)
    {
        var rows = new List<PlaceRow>();
        var number = 0;
        var headerSeen = false;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.StartsWith('#'))
            {
                // The last comment line names the columns; a file with other columns is refused, not misread.
                headerSeen = line[1..].Split('\t').SequenceEqual(Header, StringComparer.Ordinal) || headerSeen;
                continue;
            }

            if (line.Length == 0)
            {
                continue;
            }

            var cells = line.Split('\t');
            if (!headerSeen || cells.Length != Header.Length)
            {
                throw new InvalidDataException($"{path}:{number}: expected the header '#{string.Join(' ', Header)}' and {Header.Length} tab-separated columns");
            }

            rows.Add(Row(cells, mexicanStates, $"{path}:{number}"));
        }

        return rows;
    }

    private static PlaceRow Row(string[] cells, IReadOnlySet<string> mexicanStates, string where)
    {
        var (country, admin1) = (cells[2].Trim(), cells[3].Trim());
        if (country == "MX" ? !mexicanStates.Contains(admin1) : admin1.Length > 0)
        {
            throw new InvalidDataException($"{where}: admin1 '{admin1}' must be a Mexican state for a Mexican region and empty otherwise");
        }

        var names = new NameSet(cells[1]);
        for (var column = 7; column < cells.Length; column++)
        {
            var inLanguage = cells[column].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (inLanguage.Length == 0 && column < 7 + Languages.Length)
            {
                throw new InvalidDataException($"{where}: no name in '{Languages[column - 7]}'");
            }

            foreach (var name in inLanguage)
            {
                if (TextFolding.Fold(name).Count(c => c == ' ') >= MaxWords)
                {
                    throw new InvalidDataException($"{where}: '{name}' has more than {MaxWords} words");
                }

                names.AddTrusted(name);
            }
        }

        return new PlaceRow
        {
            Id = long.Parse(cells[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
            Kind = PlaceKinds.Region,
            Names = names,
            Country = country,
            Admin1 = admin1,
            Lat = double.Parse(cells[4], NumberStyles.Float, CultureInfo.InvariantCulture),
            Lon = double.Parse(cells[5], NumberStyles.Float, CultureInfo.InvariantCulture),
            Population = long.Parse(cells[6], NumberStyles.Integer, CultureInfo.InvariantCulture),
        };
    }
}
