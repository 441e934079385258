namespace Atalaya.Core.Exports;

/// <summary>
/// ACLED's actor type codes (inter1, inter2): 1 State forces, 2 Rebel groups, 3 Political militias,
/// 4 Identity militias, 5 Rioters, 6 Protesters, 7 Civilians, 8 External/Other forces. The contract's
/// categories reach 1, 3, 4 and 7.
/// </summary>
internal static class AcledInterCodes
{
    public const int StateForces = 1;
    public const int PoliticalMilitias = 3;
    public const int IdentityMilitias = 4;
    public const int Civilians = 7;

    /// <summary>The code of an actor's category; <paramref name="acting"/> is true for actor1 (who acts).</summary>
    public static int? Of(string? category, bool acting) => category switch
    {
        "state_force" or "police" or "military" or "national_guard" or "navy" or "security" => StateForces,

        // A government acting (ordering a raid, deploying troops) is the state; officials attacked
        // are civilians to ACLED, as are the officials of the "official" category.
        "government" or "agency" => acting ? StateForces : Civilians,

        // ACLED codes drug cartels and unidentified armed groups as political militias.
        "criminal_group" or "faction" or "gunmen" => PoliticalMilitias,

        // Community self-defence groups (autodefensas) are armed for a community: ACLED's identity militias.
        "armed_civilian_group" => IdentityMilitias,
        "civilian" or "person" or "child" or "journalist" or "official" or "prisoner" or "civilian_group" or "media" => Civilians,
        _ => null,
    };

    /// <summary>
    /// ACLED's interaction: the two codes as one two-digit number, smaller first ("13", "37"), or a
    /// single code followed by 0 ("10") when only one side is known; empty when neither is.
    /// </summary>
    public static string Interaction(int? first, int? second) => (first, second) switch
    {
        ({ } a, { } b) => $"{Math.Min(a, b)}{Math.Max(a, b)}",
        ({ } a, null) => $"{a}0",
        (null, { } b) => $"{b}0",
        _ => "",
    };
}
