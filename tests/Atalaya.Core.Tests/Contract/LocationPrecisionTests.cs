using Atalaya.Core.Contract;
using Atalaya.Core.Documents;
using Atalaya.Core.Stages.Geo;

namespace Atalaya.Core.Tests.Contract;

/// <summary>An event's location says how exact its coordinates are (invented localities).</summary>
public sealed class LocationPrecisionTests
{
    private static ContractLocation? LocationOf(GeoPoint geo)
    {
        var place = new DocumentEntity { Type = "LOC", Name = geo.Place, Geo = geo };
        var happened = new DocumentEvent { Type = "Battles", Subtype = "Armed clash", Place = place };
        return ContractEvents.Of("d1", "", new DocumentEntities([place]), new DocumentEvents([happened]))[0].Location;
    }

    [Theory]
    [InlineData(PlaceKinds.City, 901, "Cerro Alto", "place")]
    [InlineData(PlaceKinds.Admin2, 902, "Cerro Alto", "municipality")]
    [InlineData(PlaceKinds.Locality, 0, "Cerro Alto", "municipality")]
    [InlineData(PlaceKinds.Locality, 0, null, "state")]
    [InlineData(PlaceKinds.Locality, 903, "Cerro Alto", "place")]
    [InlineData(PlaceKinds.CityState, 904, null, "state")]
    [InlineData(PlaceKinds.Admin1, 905, null, "state")]
    public void The_precision_tells_whose_coordinates_the_event_has(string kind, long id, string? admin2, string precision)
        => Assert.Equal(precision, LocationOf(new GeoPoint("El Carrizalito", "Jalisco", admin2, "MX", 20, -103, id, kind))?.Precision);

    [Fact]
    public void A_locality_the_gazetteer_lacks_is_named_as_written_with_no_geonames_id()
    {
        var location = LocationOf(new GeoPoint("El Carrizalito", "Jalisco", "Cerro Alto", "MX", 20, -103, 0, PlaceKinds.Locality));

        Assert.Equal(("El Carrizalito", "Cerro Alto", (long?)null), (location?.Place, location?.Admin2, location?.Geonames));
    }
}
