using System.Text;
using System.Text.Json;
using Atalaya.Core.Contract;
using Atalaya.Core.Exports;

namespace Atalaya.Core.Tests.Exports;

public sealed class GeoJsonExportTests
{
    private static (GeoJsonExportResult Result, byte[] Bytes) WriteBytes(ContractCorpus? corpus = null)
    {
        using var stream = new MemoryStream();
        var result = GeoJsonExport.Write(corpus ?? ExportCorpus.Create(), stream, ExportCorpus.Countries);
        return (result, stream.ToArray());
    }

    private static JsonElement Write()
    {
        using var json = JsonDocument.Parse(WriteBytes().Bytes);
        return json.RootElement.Clone();
    }

    private static JsonElement Feature(string id)
        => Write().GetProperty("features").EnumerateArray().Single(f => f.GetProperty("id").GetString() == id);

    private static List<string?> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()).ToList();

    [Fact]
    public void One_feature_per_event_with_coordinates_and_a_count_of_the_others()
    {
        var (result, _) = WriteBytes();
        var collection = Write();

        Assert.Equal(new GeoJsonExportResult(Features: 2, WithoutCoordinates: 2), result);
        Assert.Equal("FeatureCollection", collection.GetProperty("type").GetString());
        var features = collection.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(["V1", "V4"], features.Select(f => f.GetProperty("id").GetString()));
        Assert.All(features, f => Assert.Equal("Feature", f.GetProperty("type").GetString()));
    }

    [Fact]
    public void Geometry_is_a_point_longitude_first()
    {
        var geometry = Feature("V1").GetProperty("geometry");

        Assert.Equal("Point", geometry.GetProperty("type").GetString());
        Assert.Equal([-107.39421, 24.80712], geometry.GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
    }

    [Fact]
    public void Properties_carry_the_event_fields()
    {
        var properties = Feature("V1").GetProperty("properties");

        Assert.Equal("V1", properties.GetProperty("id").GetString());
        Assert.Equal("Battles", properties.GetProperty("type").GetString());
        Assert.Equal("Armed clash", properties.GetProperty("subtype").GetString());
        Assert.Equal("2025-03-14", properties.GetProperty("date").GetString());
        Assert.Equal("day", properties.GetProperty("date_precision").GetString());
        Assert.Equal("San Telmo de las Vigas", properties.GetProperty("place").GetString());
        Assert.Equal("Sinaloa", properties.GetProperty("admin1").GetString());
        Assert.Equal("Culiacán", properties.GetProperty("admin2").GetString());
        Assert.Equal("MX", properties.GetProperty("country").GetString());
        Assert.Equal(3, properties.GetProperty("fatalities").GetInt32());
        Assert.Equal(2, properties.GetProperty("injured").GetInt32());
        Assert.Equal(JsonValueKind.Null, properties.GetProperty("arrested").ValueKind);
        Assert.Equal(JsonValueKind.Null, properties.GetProperty("kidnapped").ValueKind);
        Assert.Equal(["ambush", "roadblock"], Strings(properties.GetProperty("tactics")));
        Assert.Equal([ExportCorpus.Group, "Police Forces of Mexico"], Strings(properties.GetProperty("actors")));
        Assert.Equal(["d1", "d3"], Strings(properties.GetProperty("sources")));
        Assert.Equal(ExportCorpus.Evidence, properties.GetProperty("evidence").GetString());
    }

    [Fact]
    public void Actors_list_the_actor_then_its_associates()
    {
        var properties = Feature("V4").GetProperty("properties");

        Assert.Equal(["Frente Norte Inventado", ExportCorpus.Group, "Rosa Tamez Ficticia", "Military Forces of Colombia"], Strings(properties.GetProperty("actors")));
        Assert.Equal("2024", properties.GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.Null, properties.GetProperty("admin2").ValueKind);
    }

    [Fact]
    public void Names_are_written_as_readable_utf8_without_a_byte_order_mark()
    {
        var bytes = WriteBytes().Bytes;

        Assert.Equal((byte)'{', bytes[0]);
        Assert.Contains("\"Cártel del Valle Oscuro\"", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void A_corpus_without_events_is_an_empty_collection()
    {
        var (result, bytes) = WriteBytes(new ContractCorpus());

        Assert.Equal(new GeoJsonExportResult(0, 0), result);
        Assert.Equal("{\"type\":\"FeatureCollection\",\"features\":[]}\n", Encoding.UTF8.GetString(bytes));
    }
}
