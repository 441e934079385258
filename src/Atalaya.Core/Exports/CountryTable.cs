using Atalaya.Core.Resources;

namespace Atalaya.Core.Exports;

/// <summary>
/// The countries of data/geo/countries.tsv by ISO alpha-2 code, as the contract writes a location's
/// country. Built by tools/Atalaya.Training (geo countries) from world-countries (ODbL 1.0).
/// </summary>
public sealed class CountryTable
{
    /// <summary>Where the table lives inside the data folder.</summary>
    public const string RelativePath = "geo/countries.tsv";

    private static readonly Lazy<CountryTable> LazyDefault = new(() => Load());

    private readonly Dictionary<string, Country> byAlpha2;

    public CountryTable(IEnumerable<Country> countries)
        => byAlpha2 = countries.ToDictionary(c => c.Alpha2, StringComparer.OrdinalIgnoreCase);

    /// <summary>The table of the data folder <see cref="DataDirectory.Locate"/> finds, read once per process.</summary>
    public static CountryTable Default => LazyDefault.Value;

    public int Count => byAlpha2.Count;

    public static CountryTable Load(string? dataDirectory = null)
    {
        var path = Path.Combine(DataDirectory.Locate(dataDirectory), RelativePath);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no country table (build it with the training tool: geo countries)", path);
        }

        return new CountryTable(TsvFile.Rows(path).Select(row => new Country(
            row[0],
            TsvFile.Field(row, 1),
            TsvFile.Field(row, 2),
            TsvFile.Field(row, 3),
            TsvFile.Field(row, 4))));
    }

    public Country? Find(string? alpha2)
        => alpha2 is { Length: > 0 } && byAlpha2.TryGetValue(alpha2, out var country) ? country : null;
}
