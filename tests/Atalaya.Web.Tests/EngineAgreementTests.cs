using System.Text.Json;

namespace Atalaya.Web.Tests;

/// <summary>
/// The same corpus served from SQLite and from PostgreSQL gives the same answers: every read endpoint,
/// with filters, sorts and pages, compared as JSON text. The full-text search ranks by each engine's own
/// relevance, so its hits are compared as a set (the total and the entities found stay exact).
/// </summary>
[Collection(PostgresWorkbenchTests.Name)]
public sealed class EngineAgreementTests(PostgresWorkbenchFixture fixture)
{
    private readonly HttpClient sqlite = fixture.Start(fixture.DatabasePath, apiKey: null);

    public static TheoryData<string> Urls() =>
    [
        "/api/filters",
        "/api/overview",
        "/api/overview?state=Sinaloa",
        "/api/overview?type=Battles",
        "/api/overview?state=Jalisco&type=Violence%20against%20civilians",
        "/api/overview?language=es",
        "/api/overview?from=2026-01-15&to=2026-02-05",
        "/api/overview?language=pt&from=2026-01-01",
        "/api/events?page_size=500",
        "/api/events?page_size=3&page=2",
        "/api/events?sort=date&page_size=500",
        "/api/events?sort=-fatalities&page_size=500",
        "/api/events?sort=fatalities&page_size=500",
        "/api/events?sort=state&page_size=500",
        "/api/events?sort=type&page_size=500",
        "/api/events?state=Sinaloa",
        "/api/events?language=fr&from=2026-01-01&to=2026-03-01",
        "/api/stories",
        "/api/stories?page_size=2&page=2",
        "/api/stories?state=Tamaulipas",
        "/api/stories?language=en&from=2026-02-01",
        "/api/stories?min_documents=2",
        "/api/stories?min_languages=2&state=Sinaloa",
        "/api/entities?page_size=500",
        "/api/entities?type=ORG&page_size=500",
        "/api/entities?q=sinaloa",
        "/api/entities?q=zapopan",
        "/api/entities?q=ja",
        "/api/entities?q=S%C3%81NCHEZ",
        "/api/documents?page_size=500",
        "/api/documents?state=Sinaloa",
        "/api/documents?language=fr",
        "/api/documents?type=Battles&from=2026-01-01",
        "/api/claims",
        "/api/conflicts",
    ];

    /// <summary>Every entity's hub (events at it, events its documents report, documents, co-mentions) on both engines.</summary>
    [Fact]
    public async Task Both_engines_answer_every_entity_the_same()
    {
        var entities = JsonDocument.Parse(await sqlite.GetStringAsync("/api/entities?page_size=500")).RootElement.GetProperty("items");
        foreach (var entity in entities.EnumerateArray())
        {
            var url = $"/api/entities/{entity.GetProperty("id").GetString()}";
            Assert.Equal(await sqlite.GetStringAsync(url), await fixture.Client.GetStringAsync(url));
        }
    }

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task Both_engines_answer_the_same(string url)
    {
        var onSqlite = await sqlite.GetStringAsync(url);
        var onPostgres = await fixture.Client.GetStringAsync(url);

        Assert.Equal(onSqlite, onPostgres);
    }

    [Fact]
    public async Task Every_event_entity_story_and_document_reads_the_same()
    {
        var urls = new List<string>();
        foreach (var (list, detail) in new[] { ("events", "events"), ("entities", "entities"), ("stories", "stories"), ("documents", "documents") })
        {
            var items = (await sqlite.Json($"/api/{list}?page_size=500")).GetProperty("items").EnumerateArray();
            urls.AddRange(items.Select(i => $"/api/{detail}/{Uri.EscapeDataString(i.GetProperty("id").GetString()!)}"));
        }

        Assert.True(urls.Count > 20, $"only {urls.Count} records to compare");
        foreach (var url in urls)
        {
            Assert.Equal(await sqlite.GetStringAsync(url), await fixture.Client.GetStringAsync(url));
        }
    }

    [Theory]
    [InlineData("soldiers")]
    [InlineData("Culiacan militares")]
    [InlineData("amenazas")]
    [InlineData("sinaloa")]
    public async Task Search_finds_the_same_documents_and_entities(string words)
    {
        var url = "/api/search?page_size=100&q=" + Uri.EscapeDataString(words);
        var onSqlite = await sqlite.Json(url);
        var onPostgres = await fixture.Client.Json(url);

        Assert.Equal(onSqlite.GetProperty("total").GetInt32(), onPostgres.GetProperty("total").GetInt32());
        Assert.Equal(Ids(onSqlite.GetProperty("documents")).Order(StringComparer.Ordinal), Ids(onPostgres.GetProperty("documents")).Order(StringComparer.Ordinal));
        Assert.Equal(onSqlite.GetProperty("entities").GetRawText(), onPostgres.GetProperty("entities").GetRawText());
    }

    [Fact]
    public void The_shared_client_serves_the_postgresql_database()
        => Assert.StartsWith("postgresql://", fixture.Location, StringComparison.Ordinal);

    private static IEnumerable<string> Ids(JsonElement hits) => hits.EnumerateArray().Select(h => h.GetProperty("id").GetString()!);
}
