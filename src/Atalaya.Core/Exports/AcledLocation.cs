using System.Globalization;
using Atalaya.Core.Contract;

namespace Atalaya.Core.Exports;

/// <summary>An event's location in ACLED's columns: names, coordinates and geo_precision.</summary>
internal static class AcledLocation
{
    /// <summary>
    /// ACLED's "location" is always the most precise name known: the place, else the municipality,
    /// the state or the country.
    /// </summary>
    public static string Name(ContractLocation? location, Country? country)
        => FirstNonEmpty(location?.Place, location?.Admin2, location?.Admin1, country?.Name, location?.Country);

    /// <summary>
    /// 1 when the place is a town (a place named apart from its state and country; a municipal seat
    /// named like its municipality is still the town the gazetteer put first), 2 when only the
    /// municipality is known, 3 when only the state or country; empty without a location.
    /// </summary>
    public static string GeoPrecision(ContractLocation? location, Country? country)
    {
        if (location is null)
        {
            return "";
        }

        var place = location.Place;
        if (!string.IsNullOrWhiteSpace(place) && !Same(place, location.Admin1) && !Same(place, location.Country) && !Same(place, country?.Name))
        {
            return "1";
        }

        if (!string.IsNullOrWhiteSpace(location.Admin2))
        {
            return "2";
        }

        return string.IsNullOrWhiteSpace(location.Admin1) && string.IsNullOrWhiteSpace(location.Country) && string.IsNullOrWhiteSpace(place) ? "" : "3";
    }

    /// <summary>Invariant culture, 4 decimals (about 11 m): ACLED's own precision.</summary>
    public static string Coordinate(double? degrees)
        => degrees is { } value && double.IsFinite(value) ? value.ToString("F4", CultureInfo.InvariantCulture) : "";

    private static bool Same(string place, string? other)
        => other is not null && string.Equals(place.Trim(), other.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string FirstNonEmpty(params string?[] names)
        => names.FirstOrDefault(n => !string.IsNullOrWhiteSpace(n))?.Trim() ?? "";
}
