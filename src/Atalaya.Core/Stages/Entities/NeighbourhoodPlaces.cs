using Atalaya.Core.Documents;
using Atalaya.Core.Internal;
using Atalaya.Core.Stages.Geo;

namespace Atalaya.Core.Stages.Entities;

/// <summary>
/// A neighbourhood of a big city written without a word that says so: "en las Lomas de Tarango",
/// "in der Colonia Nápoles". A name of several capitalized words the gazetteer lacks, written right
/// after a locative preposition ("en las", "in der", "i": <c>locative</c> rows of place_cues.tsv), in a
/// document whose place is a big city, is a place inside that city. Anything else stays unplaced: a
/// name is never put in a city the document is not about, nor in a small town.
/// </summary>
internal static class NeighbourhoodPlaces
{
    /// <summary>How many words a locative preposition has at most ("in the", "en las", "dans la").</summary>
    private const int MaxLocativeWords = 2;

    private const int MinNameWords = 2;

    /// <summary>A city this large has neighbourhoods named on their own; a small town's "Cerro del X" is a hill or a ranch anywhere around it.</summary>
    private const long BigCity = 300_000;

    public static void Locate(string text, List<DocumentEntity> entities, List<Mention> mentions, IReadOnlySet<string> locatives)
    {
        if (locatives.Count == 0 || FocusCity(entities) is not { } city)
        {
            return;
        }

        bool? big = null;
        foreach (var entity in entities)
        {
            if (entity.Type != "LOC" || entity.Geo is not null || entity.KbId is not null || !entity.Mentions.Exists(m => IsNeighbourhood(text, m, locatives)))
            {
                continue;
            }

            // Looked up only for a document that has such a name: most have none.
            big ??= IsBig(city, mentions);
            if (big == false)
            {
                return;
            }

            var municipality = city.Kind is PlaceKinds.CityState ? null : city.Admin2;
            entity.Geo = new GeoPoint(entity.Name, city.Admin1, municipality, city.Country, city.Lat, city.Lon, 0, PlaceKinds.Locality);
        }
    }

    /// <summary>The most mentioned place below country level, when it is a city (a municipality's town or a city that is a state of its own).</summary>
    private static GeoPoint? FocusCity(List<DocumentEntity> entities)
    {
        DocumentEntity? focus = null;
        foreach (var entity in entities)
        {
            if (entity.Type == "LOC" && entity.Geo is { Admin1: not null } geo && geo.Kind is not (PlaceKinds.Country or PlaceKinds.Region or PlaceKinds.Locality)
                && (focus is null || entity.Mentions.Count > focus.Mentions.Count))
            {
                focus = entity;
            }
        }

        return focus?.Geo is { Kind: PlaceKinds.City or PlaceKinds.Admin2 or PlaceKinds.CityState } city ? city : null;
    }

    /// <summary>A city that is a state of its own, or a city the gazetteer counts this many people in.</summary>
    private static bool IsBig(GeoPoint city, List<Mention> mentions)
        => city.Kind is PlaceKinds.CityState
            || mentions.Exists(m => m.Places.Any(p => p.Point.GeonamesId == city.GeonamesId && p.Population >= BigCity));

    /// <summary>Several capitalized words right after a locative preposition.</summary>
    private static bool IsNeighbourhood(string text, TextSpan mention, IReadOnlySet<string> locatives)
    {
        var name = mention.Slice(text);
        if (name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => char.IsUpper(w[0])) < MinNameWords)
        {
            return false;
        }

        // The one or two words before the name, folded: "en las", "in der", "i".
        var before = new List<string>(MaxLocativeWords);
        var end = mention.Start;
        while (before.Count < MaxLocativeWords)
        {
            var wordEnd = end;
            while (wordEnd > 0 && text[wordEnd - 1] == ' ')
            {
                wordEnd--;
            }

            var wordStart = wordEnd;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
            {
                wordStart--;
            }

            if (wordStart == wordEnd || wordEnd == end)
            {
                break;
            }

            before.Insert(0, TextFolding.Fold(text.AsSpan(wordStart, wordEnd - wordStart)));
            if (locatives.Contains(string.Join(' ', before)))
            {
                return true;
            }

            end = wordStart;
        }

        return false;
    }
}
