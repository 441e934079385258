using System.Globalization;
using System.Text;
using System.Text.Json;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Cli.Tests.Commands;

/// <summary>
/// export --format acled-csv and --format geojson on a database the real ingest filled from a few
/// invented articles. The stored corpus may hold no events yet, so the outputs are checked for their
/// form, and their events only when there are some.
/// </summary>
public sealed class ExportEventsTests : IClassFixture<ExportEventsTests.IngestedArticles>
{
    private const string AcledHeader =
        "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,"
        + "actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,"
        + "latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp";

    private readonly IngestedArticles stored;

    public ExportEventsTests(IngestedArticles stored) => this.stored = stored;

    [Fact]
    public async Task Export_acled_csv_gives_acleds_header_and_one_well_formed_row_per_event()
    {
        var result = await AtalayaCli.RunAsync("export", "--db", stored.Path, "--format", "acled-csv");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith(AcledHeader + "\r\n", result.StdOut.TrimStart('\uFEFF'), StringComparison.Ordinal);
        var records = Rfc4180Reader.Read(result.StdOut.TrimStart('\uFEFF'));
        Assert.Equal(await EventCount(), records.Count - 1);
        foreach (var row in records.Skip(1))
        {
            Assert.Equal(31, row.Length);
            Assert.Matches("^[A-Z]{3}[0-9]+$", row[0]);
            Assert.Matches("^([0-9]{4}-[0-9]{2}-[0-9]{2})?$", row[1]);
            Assert.Matches("^[0-9]+$", row[28]);
            Assert.Matches("^[0-9]+$", row[30]);
        }
    }

    [Fact]
    public async Task Export_acled_csv_to_a_file_starts_with_a_byte_order_mark()
    {
        using var temp = new TempFolder();
        var output = temp.File("events.csv");

        var result = await AtalayaCli.RunAsync("export", "--db", stored.Path, "--format", "acled-csv", "--out", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.StdOut);
        var bytes = await File.ReadAllBytesAsync(output);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 3, bytes.Length - 3);
        Assert.Equal(AcledHeader.Split(','), Rfc4180Reader.Read(text)[0]);
    }

    [Fact]
    public async Task Export_geojson_gives_a_feature_collection_of_points_and_counts_the_events_left_out()
    {
        var result = await AtalayaCli.RunAsync("export", "--db", stored.Path, "--format", "geojson");

        Assert.True(result.ExitCode == 0, result.ToString());
        var collection = Json.Parse(result.StdOut);
        Assert.Equal("FeatureCollection", Json.Text(collection, "type"));
        var features = collection.GetProperty("features").EnumerateArray().ToList();
        foreach (var feature in features)
        {
            Assert.Equal("Feature", Json.Text(feature, "type"));
            var geometry = feature.GetProperty("geometry");
            Assert.Equal("Point", Json.Text(geometry, "type"));
            var coordinates = geometry.GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToList();
            Assert.Equal(2, coordinates.Count);
            Assert.InRange(coordinates[0], -180, 180);
            Assert.InRange(coordinates[1], -90, 90);
            Assert.Equal(JsonValueKind.String, feature.GetProperty("properties").GetProperty("type").ValueKind);
        }

        var leftOut = await EventCount() - features.Count;
        Assert.True(leftOut >= 0, result.ToString());
        if (leftOut > 0)
        {
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{leftOut} event"), result.StdErr, StringComparison.Ordinal);
            Assert.Contains("without coordinates left out", result.StdErr, StringComparison.Ordinal);
        }
        else
        {
            Assert.DoesNotContain("without coordinates", result.StdErr, StringComparison.Ordinal);
        }
    }

    /// <summary>The events of the same database in the contract export, to compare counts with.</summary>
    private async Task<int> EventCount()
    {
        var result = await AtalayaCli.RunAsync("export", "--db", stored.Path, "--format", "json", "--no-text");
        Assert.True(result.ExitCode == 0, result.ToString());
        return Json.Parse(result.StdOut).GetProperty("events").GetArrayLength();
    }

    /// <summary>A database filled once by the real ingest of three invented articles.</summary>
    public sealed class IngestedArticles : IAsyncLifetime, IDisposable
    {
        private static readonly (string Name, string Text)[] Invented =
        [
            ("balacera.txt", "Enfrentamiento en San Telmo de las Vigas\n\nHombres armados del Cártel del Valle Oscuro atacaron el 3 de marzo de 2025 a policías estatales en San Telmo de las Vigas, Sinaloa. Murieron dos agentes y tres resultaron heridos.\n"),
            ("ataque.txt", "Asesinan a comerciante en Guerrero\n\nUn comerciante fue asesinado a balazos por sujetos armados en marzo de 2025 en un municipio de Guerrero, informó la fiscalía estatal.\n"),
            ("arrest.txt", "Four detained after warehouse raid in Puerto Celeste\n\nSoldiers detained four men on Tuesday after a raid on a warehouse in Puerto Celeste, the army said. No one was hurt.\n"),
        ];

        private readonly TempFolder temp = new();

        public string Path => temp.File("events.db");

        public async Task InitializeAsync()
        {
            foreach (var (name, text) in Invented)
            {
                temp.Write(System.IO.Path.Combine("articles", name), text);
            }

            var result = await AtalayaCli.RunAsync("ingest", temp.File("articles"), "--db", Path);
            Assert.True(result.ExitCode == 0, result.ToString());
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => temp.Dispose();
    }
}
