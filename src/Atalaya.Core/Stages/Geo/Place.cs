namespace Atalaya.Core.Stages.Geo;

/// <summary>
/// One place of the gazetteer. <paramref name="GeonamesId"/> is the GeoNames id; a negative id is a
/// place GeoNames lacks, taken from INEGI: minus its CVEGEO code (municipality or locality).
/// <paramref name="Kind"/> is one of <see cref="PlaceKinds"/>. <paramref name="Admin1"/> is the
/// GeoNames (English) name of the first-level division ("Jalisco", "Mexico City", "México" for the
/// State of Mexico); <paramref name="Admin2"/> the Mexican municipality. Coordinates are missing for
/// first-level divisions outside Mexico. <paramref name="Country"/> is the ISO 3166-1 alpha-2 code,
/// or empty for a region that spans several countries ("Europe", "Middle East"); a Mexican region
/// ("Tierra Caliente") has country "MX" and, as <paramref name="Admin1"/>, its main state only.
/// </summary>
public sealed record Place(long GeonamesId, string Kind, string Name, string Country, string? Admin1, string? Admin2, double? Lat, double? Lon, long Population);

/// <summary>The kinds of <see cref="Place"/>.</summary>
public static class PlaceKinds
{
    public const string Country = "country";

    /// <summary>A first-level division: a Mexican state, a US state, a Spanish autonomous community.</summary>
    public const string Admin1 = "admin1";

    /// <summary>A Mexican municipality (or Mexico City borough).</summary>
    public const string Admin2 = "admin2";

    /// <summary>A populated place: city, town, village, neighbourhood.</summary>
    public const string City = "city";

    /// <summary>
    /// A continent, a world region ("Middle East", "Balkans") or a Mexican region that is no
    /// administrative unit ("Tierra Caliente", "Bajío"): a prominent place, like a country or a state.
    /// </summary>
    public const string Region = "region";

    /// <summary>
    /// A village, ranch, community or neighbourhood an article names with a word that says so ("la
    /// comunidad de El Limón"), written as the article writes it; never in the gazetteer file, which
    /// may lack it: it takes the place and coordinates of the municipality or state named with it.
    /// </summary>
    public const string Locality = "locality";

    /// <summary>
    /// A city that is a first-level division of its own ("Mexico City", "Berlin") as the place of an
    /// incident: named as a place, ranked as a state (a borough or neighbourhood of it says more).
    /// Never in the gazetteer file: the entity stage sets it on the city it prefers to the state.
    /// </summary>
    public const string CityState = "city-state";
}
