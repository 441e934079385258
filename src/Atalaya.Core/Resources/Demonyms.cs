using System.Collections.Frozen;
using Atalaya.Core.Internal;

namespace Atalaya.Core.Resources;

/// <summary>
/// The place a demonym is about: a country (ISO 3166-1 alpha-2) and, for the demonym of a state or
/// city ("jalisciense", "Texan"), the gazetteer's name of it.
/// </summary>
public sealed record DemonymPlace(string Country, string? Place);

/// <summary>Reads data/lang/&lt;code&gt;/demonyms.tsv: <c>form TAB country TAB place TAB note</c>.</summary>
internal static class Demonyms
{
    public static FrozenDictionary<string, DemonymPlace> Load(string path)
    {
        var places = new Dictionary<string, DemonymPlace>(StringComparer.Ordinal);
        foreach (var row in TsvFile.Rows(path))
        {
            var country = TsvFile.Field(row, 1);
            if (country.Length != 2)
            {
                throw new InvalidDataException($"{path}: '{row[0]}' needs an ISO 3166-1 alpha-2 country, not '{country}'");
            }

            // Folded as the entity stage folds words, so a token's folded form is looked up directly;
            // the first row of a form wins ("Dominican" is the Dominican Republic, not Dominica).
            var place = TsvFile.Field(row, 2);
            places.TryAdd(TextFolding.Fold(row[0]), new DemonymPlace(country, place.Length == 0 ? null : place));
        }

        return places.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
