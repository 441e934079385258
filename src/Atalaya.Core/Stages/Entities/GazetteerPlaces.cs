using Atalaya.Core.Documents;
using Atalaya.Core.Stages.Geo;

namespace Atalaya.Core.Stages.Entities;

/// <summary>The gazetteer (data/geo/gazetteer.tsv.gz) as the entity stage's source of place names.</summary>
internal sealed class GazetteerPlaces(Gazetteer gazetteer) : IPlaceNames
{
    public const string RelativePath = "geo/gazetteer.tsv.gz";

    public int MaxNameWords => gazetteer.MaxNameWords;

    public IReadOnlyList<PlaceCandidate> Lookup(ReadOnlySpan<char> name)
    {
        var places = gazetteer.Lookup(name);
        if (places.Count == 0)
        {
            return [];
        }

        // The gazetteer hands out the same list for a name every time: convert it once.
        return converted.GetValue(places, Convert);
    }

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<Place>, PlaceCandidate[]> converted = [];

    private static PlaceCandidate[] Convert(IReadOnlyList<Place> places)
    {
        var candidates = new PlaceCandidate[places.Count];
        for (var i = 0; i < places.Count; i++)
        {
            var p = places[i];
            candidates[i] = new PlaceCandidate(new GeoPoint(p.Name, p.Kind == PlaceKinds.Country ? null : p.Admin1, p.Admin2, p.Country, p.Lat, p.Lon, p.GeonamesId, p.Kind), p.Kind, p.Population);
        }

        return candidates;
    }

    public static GazetteerPlaces? TryLoad(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, RelativePath);
        return File.Exists(path) ? new GazetteerPlaces(Gazetteer.Load(path)) : null;
    }
}
