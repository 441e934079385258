namespace Atalaya.Core.Exports;

/// <summary>
/// Names for actors the text does not name ("policías", "gunmen"), in ACLED's style: state forces
/// "of" the country, other groups with the country in brackets ("Civilians (Mexico)").
/// </summary>
internal static class ActorLabels
{
    public static string For(string? category, Country? country)
    {
        var of = country is null ? "" : " of " + country.Name;
        var bracketed = country is null ? "" : " (" + country.Name + ")";
        return category switch
        {
            "police" => "Police Forces" + of,
            "military" or "national_guard" or "navy" or "security" or "state_force" => "Military Forces" + of,
            "official" or "government" => "Government" + of,
            "civilian" or "person" or "child" or "journalist" or "civilian_group" or "media" => "Civilians" + bracketed,

            // ACLED names armed men nobody identifies, and cartels left unnamed, "Unidentified Armed Group".
            "gunmen" or "criminal_group" or "faction" => "Unidentified Armed Group" + bracketed,
            "prisoner" => "Prisoners" + bracketed,
            _ => "",
        };
    }
}
