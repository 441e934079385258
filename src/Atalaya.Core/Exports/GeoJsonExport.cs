using System.Text.Encodings.Web;
using System.Text.Json;
using Atalaya.Core.Contract;

namespace Atalaya.Core.Exports;

/// <summary>What a GeoJSON export wrote: the features, and the events it left out for want of coordinates.</summary>
public readonly record struct GeoJsonExportResult(int Features, int WithoutCoordinates);

/// <summary>
/// Writes a corpus's events as one GeoJSON FeatureCollection (RFC 7946) for GIS tools: a Point per
/// event that has coordinates ([lon, lat], WGS84), its fields as properties. An event without
/// coordinates cannot be drawn and is left out; the result counts them so the caller can say so.
/// </summary>
public static class GeoJsonExport
{
    // Readable place and actor names ("Culiacán") instead of \u escapes; still valid, safely quoted JSON.
    private static readonly JsonWriterOptions Options = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="countries">For the labels of unnamed actors ("Police Forces of Mexico"); by default data/geo/countries.tsv.</param>
    public static GeoJsonExportResult Write(ContractCorpus corpus, Stream stream, CountryTable? countries = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(stream);
        var index = new CorpusIndex(corpus, countries ?? CountryTable.Default);
        // As in the ACLED CSV, events an analyst rejected are left out (see AcledCsvExport.IsRejected).
        var events = corpus.Events.Where(e => !AcledCsvExport.IsRejected(e)).ToList();
        var features = 0;
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "FeatureCollection");
            writer.WriteStartArray("features");
            foreach (var @event in events)
            {
                if (Point(@event.Location) is not { } point)
                {
                    continue;
                }

                GeoJsonFeature.Write(writer, @event, point, index);
                features++;
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return new GeoJsonExportResult(features, events.Count - features);
    }

    private static (double Lon, double Lat)? Point(ContractLocation? location)
        => location is { Lat: { } lat, Lon: { } lon } && double.IsFinite(lat) && double.IsFinite(lon) ? (lon, lat) : null;
}
