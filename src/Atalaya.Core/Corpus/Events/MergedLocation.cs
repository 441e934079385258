using Atalaya.Core.Contract;
using Atalaya.Core.Internal;

namespace Atalaya.Core.Corpus.Events;

/// <summary>
/// Where an incident told by several documents happened, decided by what all of them say and not by
/// which came first: the place most sources agree with (a source agrees with a place it names, with a
/// place inside the one it names and with a wider place around it), and among equals the most
/// specific. "El Limón", a locality of Tacámbaro, wins over "Tacámbaro" another source gives; a town
/// only one source names against the town the others name loses.
/// </summary>
internal static class MergedLocation
{
    private const int Country = 1;
    private const int State = 2;
    private const int Town = 3;
    private const int Locality = 4;

    /// <summary>
    /// The location given the places told and how many sources told each: the distinct places of one
    /// incident are few however many sources it has, so the cost grows with those, not with the sources.
    /// </summary>
    public static ContractLocation? Decide(IReadOnlyList<(ContractLocation Location, int Sources)> told)
    {
        ContractLocation? best = null;
        var bestScore = int.MinValue;
        foreach (var (candidate, _) in told)
        {
            var score = 0;
            foreach (var (source, sources) in told)
            {
                score += Agree(source, candidate) ? sources : -sources;
            }

            if (best is null || score > bestScore || (score == bestScore && Prefer(candidate, best)))
            {
                (best, bestScore) = (candidate, score);
            }
        }

        return best;
    }

    /// <summary>Between two places as supported: the more specific; among equals one with a gazetteer id, then the first in ordinal order (so the input order never decides).</summary>
    private static bool Prefer(ContractLocation candidate, ContractLocation best)
    {
        var (a, b) = (Level(candidate), Level(best));
        if (a != b)
        {
            return a > b;
        }

        if ((candidate.Geonames is null) != (best.Geonames is null))
        {
            return candidate.Geonames is not null;
        }

        return string.CompareOrdinal(Key(candidate), Key(best)) < 0;
    }

    /// <summary>Adds one source's place to the places told: one more source for a place already told, else a new place.</summary>
    public static void Tell(List<(ContractLocation Location, int Sources)> told, ContractLocation location, int sources = 1)
    {
        var key = Key(location);
        var i = told.FindIndex(t => Key(t.Location) == key);
        if (i >= 0)
        {
            told[i] = (told[i].Location, told[i].Sources + sources);
        }
        else
        {
            told.Add((location, sources));
        }
    }

    private static string Key(ContractLocation location)
        => string.Join('|', location.Country, location.Admin1, location.Admin2, location.Place, location.Geonames);

    /// <summary>The same place, or one inside the other.</summary>
    public static bool Agree(ContractLocation a, ContractLocation b) => Contains(a, b) || Contains(b, a);

    /// <summary>Whether <paramref name="inner"/> is <paramref name="outer"/> or lies inside it.</summary>
    public static bool Contains(ContractLocation outer, ContractLocation inner)
    {
        if (Differ(outer.Country, inner.Country))
        {
            return false;
        }

        var level = Level(outer);
        if (level <= Country)
        {
            return true;
        }

        if (Differ(outer.Admin1, inner.Admin1) || (outer.Admin1 is not null && inner.Admin1 is null))
        {
            return false;
        }

        if (level == State)
        {
            return true;
        }

        if (Level(inner) < level)
        {
            return false;
        }

        if (SamePlace(outer, inner))
        {
            return true;
        }

        // A locality lies in the municipality its gazetteer entry names.
        return level == Town && Level(inner) == Locality && Fold(inner.Admin2) == Fold(outer.Place);
    }

    private static bool SamePlace(ContractLocation a, ContractLocation b)
        => (a.Geonames is { } id && id == b.Geonames) || Fold(a.Place) == Fold(b.Place);

    /// <summary>1 a country, 2 a state (or a city that is one), 3 a municipality or town, 4 a place inside a named municipality.</summary>
    public static int Level(ContractLocation location)
    {
        if (location.Place is null || Fold(location.Place) == Fold(location.Admin1))
        {
            return location.Admin1 is null ? Country : State;
        }

        return location.Admin2 is not null && Fold(location.Admin2) != Fold(location.Place) ? Locality : Town;
    }

    private static string Fold(string? value) => value is null ? "" : TextFolding.Fold(value);

    private static bool Differ(string? a, string? b) => a is not null && b is not null && Fold(a) != Fold(b);
}
