using Atalaya.Core.Contract;
using Atalaya.Core.Documents;
using Atalaya.Core.Internal;

namespace Atalaya.Core.Corpus.Events;

internal enum Agreement
{
    /// <summary>One side does not say.</summary>
    Unknown,

    /// <summary>Compatible without being the same (a town inside the state the other names; a day inside the month).</summary>
    Compatible,

    /// <summary>The same town; the same day give or take one.</summary>
    Same,

    Contradict,
}

/// <summary>How two reports of an incident compare, attribute by attribute.</summary>
internal static class EventMatch
{
    private static readonly HashSet<string> Violence = new(StringComparer.OrdinalIgnoreCase)
    {
        "Battles", "Violence against civilians", "Explosions/Remote violence",
    };

    /// <summary>
    /// Violence types are one family: one outlet's clash is another's attack on civilians or a bombing.
    /// Strategic developments (an arrest, a seizure) are only the same with the same sub-type.
    /// </summary>
    public static bool TypesCompatible(ContractEvent a, ContractEvent b)
    {
        if (Violence.Contains(a.Type) && Violence.Contains(b.Type))
        {
            return true;
        }

        return string.Equals(a.Type, b.Type, StringComparison.OrdinalIgnoreCase)
            && (!string.Equals(a.Type, "Strategic developments", StringComparison.OrdinalIgnoreCase) || string.Equals(a.Subtype, b.Subtype, StringComparison.OrdinalIgnoreCase));
    }

    public static bool SameType(ContractEvent a, ContractEvent b)
        => string.Equals(a.Type, b.Type, StringComparison.OrdinalIgnoreCase) && string.Equals(a.Subtype, b.Subtype, StringComparison.OrdinalIgnoreCase);

    public static Agreement Places(ContractLocation? a, ContractLocation? b)
    {
        if (a is null || b is null || (a.Admin1 is null && a.Place is null) || (b.Admin1 is null && b.Place is null))
        {
            return Agreement.Unknown;
        }

        if (Differ(a.Country, b.Country) || Differ(a.Admin1, b.Admin1))
        {
            return Agreement.Contradict;
        }

        var townA = TownOf(a);
        var townB = TownOf(b);
        if (townA is null || townB is null)
        {
            return Agreement.Compatible;
        }

        var same = (a.Geonames is { } ga && ga == b.Geonames) || TextFolding.Fold(townA) == TextFolding.Fold(townB);
        // A locality and the municipality it lies in ("El Limón" and "Tacámbaro") are one place told at two levels.
        return same ? Agreement.Same : MergedLocation.Agree(a, b) ? Agreement.Compatible : Agreement.Contradict;
    }

    /// <summary>Day against day: within one day (reports straddle midnight and time zones); otherwise one range inside the other.</summary>
    public static Agreement Dates(PartialDate? a, PartialDate? b)
    {
        if (a is not { } x || b is not { } y)
        {
            return Agreement.Unknown;
        }

        if (x.Precision == DatePrecision.Day && y.Precision == DatePrecision.Day)
        {
            return Math.Abs(x.FirstDayNumber - y.FirstDayNumber) <= 1 ? Agreement.Same : Agreement.Contradict;
        }

        return x.DaysApart(y) == 0 ? Agreement.Compatible : Agreement.Contradict;
    }

    /// <summary>
    /// Actors contradict when both reports name who acted (actor1) and neither names the other's
    /// actor anywhere: a clash of one cartel with the army is not another cartel's ambush.
    /// </summary>
    public static bool ActorsContradict(ContractEvent a, ContractEvent b)
    {
        var actingA = Named(a, "actor1");
        var actingB = Named(b, "actor1");
        if (actingA.Count == 0 || actingB.Count == 0)
        {
            return false;
        }

        var allA = Named(a, null);
        var allB = Named(b, null);
        return !actingA.Overlaps(allB) && !actingB.Overlaps(allA);
    }

    public static bool ActorsOverlap(ContractEvent a, ContractEvent b) => Named(a, null).Overlaps(Named(b, null));

    private static HashSet<string> Named(ContractEvent reported, string? role)
        => [.. reported.Actors.Where(x => x.Entity is not null && (role is null || x.Role == role)).Select(x => x.Entity!)];

    private static string? TownOf(ContractLocation location)
        => location.Place is { } place && !string.Equals(place, location.Admin1, StringComparison.OrdinalIgnoreCase) ? place : null;

    private static bool Differ(string? a, string? b)
        => a is not null && b is not null && TextFolding.Fold(a) != TextFolding.Fold(b);
}
