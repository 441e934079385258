using System.Text.Json;

namespace Atalaya.Training.Geo;

/// <summary>
/// A representative point for each Mexican state from the Natural Earth polygons
/// (boundaries/mx_states_naturalearth.geojson): the area-weighted centroid, or, when that falls
/// outside the state (a crescent like Veracruz), the municipality centroid of the state nearest to it.
/// </summary>
internal static class StateShapes
{
    /// <summary>INEGI state code → polygons (each a list of rings of (lon, lat)).</summary>
    public static Dictionary<string, List<List<(double Lon, double Lat)[]>>> Read(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var shapes = new Dictionary<string, List<List<(double, double)[]>>>(StringComparer.Ordinal);
        foreach (var feature in json.RootElement.GetProperty("features").EnumerateArray())
        {
            var properties = feature.GetProperty("properties");
            if (!properties.TryGetProperty("inegi_cve_ent", out var code) || code.ValueKind != JsonValueKind.String)
            {
                continue;
            }

            var geometry = feature.GetProperty("geometry");
            var coordinates = geometry.GetProperty("coordinates");
            var polygons = geometry.GetProperty("type").GetString() == "Polygon"
                ? [Polygon(coordinates)]
                : coordinates.EnumerateArray().Select(Polygon).ToList();
            shapes[code.GetString()!] = polygons;
        }

        return shapes;
    }

    public static (double Lat, double Lon) Point(List<List<(double Lon, double Lat)[]>> polygons, IEnumerable<(double Lat, double Lon)> fallbacks)
    {
        double area = 0, x = 0, y = 0;
        foreach (var polygon in polygons)
        {
            // The outer ring adds its area and moments, holes take theirs away.
            for (var r = 0; r < polygon.Count; r++)
            {
                var (a, mx, my) = RingMoments(polygon[r]);
                var sign = r == 0 ? 1 : -1;
                area += sign * a;
                x += sign * mx;
                y += sign * my;
            }
        }

        var lon = x / area;
        var lat = y / area;
        if (polygons.Any(p => Inside(p, lon, lat)))
        {
            return (lat, lon);
        }

        var nearest = fallbacks.MinBy(f => ((f.Lat - lat) * (f.Lat - lat)) + ((f.Lon - lon) * (f.Lon - lon)));
        return nearest == default ? (lat, lon) : nearest;
    }

    private static List<(double Lon, double Lat)[]> Polygon(JsonElement rings)
        => rings.EnumerateArray().Select(ring => ring.EnumerateArray().Select(p => (p[0].GetDouble(), p[1].GetDouble())).ToArray()).ToList();

    /// <summary>The ring's area and its centroid times its area, whatever the ring's orientation.</summary>
    private static (double Area, double X, double Y) RingMoments((double Lon, double Lat)[] ring)
    {
        double a = 0, x = 0, y = 0;
        for (var i = 0; i < ring.Length; i++)
        {
            var (x0, y0) = ring[i];
            var (x1, y1) = ring[(i + 1) % ring.Length];
            var cross = (x0 * y1) - (x1 * y0);
            a += cross;
            x += (x0 + x1) * cross;
            y += (y0 + y1) * cross;
        }

        if (a == 0)
        {
            return (0, 0, 0);
        }

        // Signed area a/2, centroid (x/3a, y/3a): area × centroid = (x/6, y/6) × sign(a).
        var sign = a > 0 ? 1 : -1;
        return (Math.Abs(a) / 2, sign * x / 6, sign * y / 6);
    }

    private static bool Inside(List<(double Lon, double Lat)[]> polygon, double lon, double lat)
    {
        var inside = false;
        foreach (var ring in polygon)
        {
            for (int i = 0, j = ring.Length - 1; i < ring.Length; j = i++)
            {
                var (xi, yi) = ring[i];
                var (xj, yj) = ring[j];
                if ((yi > lat) != (yj > lat) && lon < ((xj - xi) * (lat - yi) / (yj - yi)) + xi)
                {
                    inside = !inside;
                }
            }
        }

        return inside;
    }
}
