using System.Globalization;
using Atalaya.Core.Documents;
using Atalaya.Core.Stages.Geo;

namespace Atalaya.Core.Stages.Entities;

/// <summary>
/// Where a locality named with a cue ("the community of El Limón in Tacámbaro") is: inside the
/// municipality or state written next to it (after it first, within a few words; else the most
/// specific place before it in its sentence), else inside the state the document names most. The
/// gazetteer's place of that name inside it when there is one, else the container's coordinates
/// under the name as written. No container, no place: a locality is never put in a state at random.
/// </summary>
internal static class LocalityPlaces
{
    /// <summary>How many characters after a locality its container may start ("El Limón, municipio de Tacámbaro").</summary>
    private const int ContainerReach = 60;

    /// <summary>A town this large is no namesake the gazetteer lacks: the cue word does not move it.</summary>
    private const long KnownTown = 20_000;

    public static void Locate(string text, List<DocumentEntity> entities, List<Mention> mentions)
    {
        List<Mention>? localities = null;
        foreach (var mention in mentions)
        {
            if (mention.Source == LocalityMentions.Source)
            {
                (localities ??= []).Add(mention);
            }
        }

        if (localities is null)
        {
            return;
        }

        var entityAt = new Dictionary<TextSpan, DocumentEntity>();
        foreach (var entity in entities)
        {
            foreach (var span in entity.Mentions)
            {
                entityAt.TryAdd(span, entity);
            }
        }

        var done = new HashSet<DocumentEntity>();
        foreach (var locality in localities)
        {
            if (!entityAt.TryGetValue(locality.Span, out var entity) || entity.Type != "LOC" || !done.Add(entity))
            {
                continue;
            }

            var written = locality.Text(text);
            var container = Container(locality, mentions, entityAt);
            if (container is null && entity.Geo is { } resolved && resolved.Kind is not (PlaceKinds.Country or PlaceKinds.Admin1 or PlaceKinds.Region or PlaceKinds.CityState))
            {
                // No place next to it: the gazetteer's place of that name in a state the document names is the best guess.
                entity.Geo = resolved with { Place = written, Kind = PlaceKinds.Locality };
                continue;
            }

            // "Fløyet til byen Toluca": a sizeable town the gazetteer knows stays where it is, whatever is written near it.
            if (entity.Geo is not null && !locality.Places.Any(p => container is not null && Inside(p.Point, container)) && locality.Places.Any(p => p.Population >= KnownTown))
            {
                continue;
            }

            container ??= MostNamedState(entities);
            entity.ExternalId = null;
            entity.Geo = null;
            if (container is null)
            {
                continue;
            }

            var known = locality.Places.FirstOrDefault(p => Inside(p.Point, container));
            if (known is not null)
            {
                entity.Geo = known.Point with { Place = written, Kind = PlaceKinds.Locality };
                entity.ExternalId = known.Point.GeonamesId > 0 ? known.Point.GeonamesId.ToString(CultureInfo.InvariantCulture) : null;
            }
            else
            {
                var municipality = container.Kind is PlaceKinds.Admin1 or PlaceKinds.CityState ? null : container.Admin2;
                entity.Geo = new GeoPoint(written, container.Admin1, municipality, container.Country, container.Lat, container.Lon, 0, PlaceKinds.Locality);
            }
        }
    }

    /// <summary>A place of the gazetteer inside the container: its state, and its municipality when the container is one.</summary>
    private static bool Inside(GeoPoint place, GeoPoint container)
        => place.Country == container.Country && place.Admin1 == container.Admin1
            && (container.Kind is PlaceKinds.Admin1 or PlaceKinds.CityState || place.Admin2 == container.Admin2);

    private static GeoPoint? Container(Mention locality, List<Mention> mentions, Dictionary<TextSpan, DocumentEntity> entityAt)
    {
        GeoPoint? after = null;
        var afterStart = int.MaxValue;
        GeoPoint? before = null;
        var beforeRank = 0;
        var beforeEnd = -1;
        foreach (var mention in mentions)
        {
            if (mention.Sentence != locality.Sentence || mention.Source == LocalityMentions.Source
                || !entityAt.TryGetValue(mention.Span, out var entity) || entity.Type != "LOC" || entity.Geo is not { } geo || Rank(geo) == 0)
            {
                continue;
            }

            if (mention.Span.Start >= locality.Span.End && mention.Span.Start - locality.Span.End <= ContainerReach && mention.Span.Start < afterStart)
            {
                (after, afterStart) = (geo, mention.Span.Start);
            }
            else if (mention.Span.End <= locality.Span.Start && (Rank(geo) > beforeRank || (Rank(geo) == beforeRank && mention.Span.End > beforeEnd)))
            {
                (before, beforeRank, beforeEnd) = (geo, Rank(geo), mention.Span.End);
            }
        }

        return after ?? before;
    }

    /// <summary>0 no container; 1 a state; 2 a municipality or town, which says more.</summary>
    private static int Rank(GeoPoint geo) => geo.Admin1 is null || string.IsNullOrEmpty(geo.Country) ? 0
        : geo.Kind switch
        {
            PlaceKinds.Admin1 or PlaceKinds.CityState => 1,
            PlaceKinds.Admin2 or PlaceKinds.City => 2,
            _ => 0,
        };

    /// <summary>The state the document names most often, when it names one.</summary>
    private static GeoPoint? MostNamedState(List<DocumentEntity> entities)
        => entities.Where(e => e.Type == "LOC" && e.Geo is { Kind: PlaceKinds.Admin1 or PlaceKinds.CityState, Admin1: not null })
            .OrderByDescending(e => e.Mentions.Count)
            .Select(e => e.Geo)
            .FirstOrDefault();
}
