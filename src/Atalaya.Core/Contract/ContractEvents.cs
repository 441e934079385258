using Atalaya.Core.Documents;

namespace Atalaya.Core.Contract;

/// <summary>Turns a document's events into the contract's event objects, with actors as the document's local entity ids.</summary>
internal static class ContractEvents
{
    public static List<ContractEvent> Of(string documentId, string text, DocumentEntities? entities, DocumentEvents? events)
    {
        if (events is null || events.Events.Count == 0)
        {
            return [];
        }

        var localIds = new Dictionary<DocumentEntity, string>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < (entities?.Entities.Count ?? 0); i++)
        {
            localIds[entities!.Entities[i]] = $"L{i + 1}";
        }

        return [.. events.Events.Select((e, i) => new ContractEvent
        {
            Id = $"L{i + 1}",
            Type = e.Type,
            Subtype = e.Subtype,
            Date = e.Date?.ToString(),
            DatePrecision = e.Date?.Precision.ToString().ToLowerInvariant(),
            Location = Location(e.Place),
            Actors = [.. e.Actors.Select(a => new ContractActor { Entity = a.Entity is null ? null : localIds.GetValueOrDefault(a.Entity), Role = a.Role, Category = a.Category })],
            Fatalities = e.Fatalities,
            Injured = e.Injured,
            Arrested = e.Arrested,
            Kidnapped = e.Kidnapped,
            Tactics = [.. e.Tactics],
            Sources = [.. e.Evidence.Select(span => new ContractSource { Document = documentId, Start = span.Start, End = span.End, Text = span.Slice(text) })],
        })];
    }

    private static ContractLocation? Location(DocumentEntity? place)
    {
        if (place?.Geo is not { } geo)
        {
            return null;
        }

        var town = EventPlaceLevel(geo);
        return new ContractLocation
        {
            Place = town ? geo.Place : null,
            Admin1 = geo.Admin1,
            Admin2 = geo.Admin2,
            Country = geo.Country is "" ? null : geo.Country,
            Lat = geo.Lat,
            Lon = geo.Lon,
            Geonames = geo.GeonamesId > 0 ? geo.GeonamesId : null,
            Precision = PrecisionOf(geo),
        };
    }

    /// <summary>
    /// How exact the coordinates are: a locality the gazetteer lacks stands at its municipality or
    /// state; a city that is a state of its own, at the state's level.
    /// </summary>
    private static string PrecisionOf(GeoPoint geo) => geo.Kind switch
    {
        Stages.Geo.PlaceKinds.Country or Stages.Geo.PlaceKinds.Region => "country",
        Stages.Geo.PlaceKinds.Admin1 or Stages.Geo.PlaceKinds.CityState => "state",
        Stages.Geo.PlaceKinds.Admin2 => "municipality",
        Stages.Geo.PlaceKinds.Locality when geo.GeonamesId == 0 => geo.Admin2 is null ? "state" : "municipality",
        _ => "place",
    };

    /// <summary>Whether the place is below the state: only then is it the event's "place"; a state or country is its admin1 or country alone.</summary>
    private static bool EventPlaceLevel(GeoPoint geo) => geo.Kind is not (Stages.Geo.PlaceKinds.Country or Stages.Geo.PlaceKinds.Admin1 or Stages.Geo.PlaceKinds.Region);
}
