using System.Net;
using System.Text.Json;

namespace Atalaya.Web.Tests;

/// <summary>The exports over the filtered events, full-text search, article markup as data, and the OpenAPI document.</summary>
/// <remarks>Run on both engines: <see cref="ExportAndSearchTestsOnSqlite"/> and <see cref="ExportAndSearchTestsOnPostgres"/>.</remarks>
public abstract class ExportAndSearchTests(WorkbenchFixture fixture)
{
    private HttpClient Client => fixture.Client;

    [Theory]
    [InlineData("")]
    [InlineData("?state=Sinaloa")]
    [InlineData("?type=Battles&from=2026-01-01")]
    public async Task Csv_has_the_acled_columns_and_one_row_per_filtered_event(string query)
    {
        using var response = await Client.GetAsync(new Uri("/api/events.csv" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        var lines = text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("event_id_cnty,event_date,year,time_precision,disorder_type,event_type", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("fatalities,tags,timestamp", lines[0], StringComparison.Ordinal);
        var total = (await Client.Json("/api/events" + query)).GetProperty("total").GetInt32();
        Assert.Equal(total, lines.Length - 1);
        Assert.All(lines.Skip(1), line => Assert.StartsWith("MEX", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GeoJson_is_a_feature_collection_of_the_filtered_events_with_coordinates()
    {
        using var response = await Client.GetAsync(new Uri("/api/events.geojson?state=Jalisco", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("FeatureCollection", json.GetProperty("type").GetString());
        var features = json.GetProperty("features").EnumerateArray().ToList();
        Assert.NotEmpty(features);
        Assert.All(features, f => Assert.Equal("Jalisco", f.GetProperty("properties").GetProperty("admin1").GetString()));
        Assert.All(features, f => Assert.Equal("Point", f.GetProperty("geometry").GetProperty("type").GetString()));
    }

    [Fact]
    public async Task Search_finds_words_and_marks_them_in_the_snippet()
    {
        var result = await Client.Json("/api/search?q=soldiers");
        Assert.True(result.GetProperty("total").GetInt32() >= 1);
        var hit = result.GetProperty("documents")[0];
        Assert.Equal("en", hit.GetProperty("language").GetString());
        var snippet = hit.GetProperty("snippet").GetString()!;
        var highlights = hit.GetProperty("highlights").EnumerateArray().ToList();
        Assert.NotEmpty(highlights);
        foreach (var range in highlights)
        {
            var (start, end) = (range[0].GetInt32(), range[1].GetInt32());
            Assert.Equal("soldiers", snippet[start..end], ignoreCase: true);
        }
    }

    [Fact]
    public async Task Search_ignores_accents_and_finds_entities_by_name()
    {
        var result = await Client.Json("/api/search?q=Culiacan%20militares");
        Assert.Equal(1, result.GetProperty("total").GetInt32());
        Assert.Equal("es", result.GetProperty("documents")[0].GetProperty("language").GetString());
        var entities = await Client.Json("/api/search?q=Sinaloa");
        Assert.Contains(entities.GetProperty("entities").EnumerateArray(), e => e.GetProperty("name").GetString() == "Sinaloa");
        var none = await Client.Json("/api/search?q=zzzqqq");
        Assert.Equal(0, none.GetProperty("total").GetInt32());
        Assert.Empty(none.GetProperty("documents").EnumerateArray());
    }

    [Fact]
    public async Task Markup_in_an_article_is_returned_verbatim_as_json_data()
    {
        var found = await Client.Json("/api/search?q=amenazas");
        var id = found.GetProperty("documents")[0].GetProperty("id").GetString()!;
        using var response = await Client.GetAsync(new Uri($"/api/documents/{id}", UriKind.Relative));
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var raw = await response.Content.ReadAsStringAsync();

        // The JSON text itself has no raw markup a browser could sniff; the decoded string is the article's, unchanged.
        Assert.DoesNotContain("<script>", raw, StringComparison.Ordinal);
        var document = JsonDocument.Parse(raw).RootElement;
        Assert.Contains(Articles.Markup, document.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(Articles.MarkupTitle, document.GetProperty("title").GetString());

        var listed = await Client.Json("/api/documents?language=es&page_size=500");
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), d => d.GetProperty("title").GetString() == Articles.MarkupTitle);
        var snippet = await Client.Json("/api/search?q=onerror");
        Assert.Contains("<img", snippet.GetProperty("documents")[0].GetProperty("snippet").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint()
    {
        var openApi = await Client.Json("/openapi");
        Assert.StartsWith("3.", openApi.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = openApi.GetProperty("paths");
        foreach (var path in new[]
        {
            "/api/filters", "/api/overview", "/api/events", "/api/events/{id}", "/api/events.csv", "/api/events.geojson",
            "/api/entities", "/api/entities/{id}", "/api/stories", "/api/stories/{id}", "/api/documents", "/api/documents/{id}",
            "/api/claims", "/api/conflicts", "/api/search",
        })
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }

        Assert.True(paths.GetProperty("/api/documents").TryGetProperty("post", out _));
        Assert.Contains(paths.GetProperty("/api/events").GetProperty("get").GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "page_size");
    }
}

[Collection(WorkbenchTests.Name)]
public sealed class ExportAndSearchTestsOnSqlite(WorkbenchFixture fixture) : ExportAndSearchTests(fixture);

[Collection(PostgresWorkbenchTests.Name)]
public sealed class ExportAndSearchTestsOnPostgres(PostgresWorkbenchFixture fixture) : ExportAndSearchTests(fixture);
