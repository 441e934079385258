using System.Text.Json;
using Atalaya.Core.Contract;

namespace Atalaya.Core.Exports;

/// <summary>One event as a GeoJSON Point feature; the properties keep the contract's names.</summary>
internal static class GeoJsonFeature
{
    public static void Write(Utf8JsonWriter writer, ContractEvent @event, (double Lon, double Lat) point, CorpusIndex index)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "Feature");
        writer.WriteString("id", @event.Id);
        writer.WriteStartObject("geometry");
        writer.WriteString("type", "Point");
        writer.WriteStartArray("coordinates");

        // RFC 7946: longitude first.
        writer.WriteNumberValue(point.Lon);
        writer.WriteNumberValue(point.Lat);
        writer.WriteEndArray();
        writer.WriteEndObject();

        var location = @event.Location;
        writer.WriteStartObject("properties");
        writer.WriteString("id", @event.Id);
        writer.WriteString("type", @event.Type);
        writer.WriteString("subtype", @event.Subtype);
        writer.WriteString("date", @event.Date);
        writer.WriteString("date_precision", @event.DatePrecision);
        writer.WriteString("place", location?.Place);
        writer.WriteString("admin1", location?.Admin1);
        writer.WriteString("admin2", location?.Admin2);
        writer.WriteString("country", location?.Country);
        Count(writer, "fatalities", @event.Fatalities);
        Count(writer, "injured", @event.Injured);
        Count(writer, "arrested", @event.Arrested);
        Count(writer, "kidnapped", @event.Kidnapped);
        Strings(writer, "tactics", @event.Tactics);
        Strings(writer, "actors", ExportedActors.Of(@event, index).Names());
        Strings(writer, "sources", @event.Sources.Select(s => s.Document).Distinct(StringComparer.Ordinal));
        writer.WriteString("evidence", @event.Sources.Select(s => s.Text).FirstOrDefault());
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>Null, as in the contract, when the articles give no number.</summary>
    private static void Count(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
