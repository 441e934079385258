using System.Text.Json;

namespace Atalaya.Web.Tests;

/// <summary>
/// An entity's page is a hub: a place lists the events placed at it, every entity its documents and the entities
/// named with it, and the events its documents report that it does not act in.
/// </summary>
/// <remarks>Run on both engines: <see cref="EntityHubTestsOnSqlite"/> and <see cref="EntityHubTestsOnPostgres"/>.</remarks>
public abstract class EntityHubTests(WorkbenchFixture fixture)
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task A_state_lists_the_events_placed_in_it_though_no_actor_names_it()
    {
        var state = await EntityNamed("Sinaloa", "LOC");
        var detail = await Client.Json($"/api/entities/{state}");
        var expected = (await Client.Json("/api/events?state=Sinaloa&page_size=500")).GetProperty("items").EnumerateArray().Select(Id).ToHashSet();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, detail.GetProperty("events_at").EnumerateArray().Select(Id).ToHashSet());
    }

    [Fact]
    public async Task A_town_lists_the_events_at_the_town_only()
    {
        var town = await EntityNamed("Culiacán", "LOC");
        var detail = await Client.Json($"/api/entities/{town}");
        var at = detail.GetProperty("events_at").EnumerateArray().ToList();

        Assert.NotEmpty(at);
        Assert.All(at, e => Assert.Equal("Culiacán", e.GetProperty("location").GetProperty("place").GetString()));
    }

    [Fact]
    public async Task Every_entity_lists_its_documents_and_the_entities_named_with_it()
    {
        var group = await EntityNamed("Sinaloa", "ORG");
        var detail = await Client.Json($"/api/entities/{group}");
        var listed = (await Client.Json($"/api/entities?q={Uri.EscapeDataString(detail.GetProperty("entity").GetProperty("name").GetString()!)}&type=ORG"))
            .GetProperty("items").EnumerateArray().Single(e => Id(e) == group);

        Assert.Equal(listed.GetProperty("documents").GetInt64(), detail.GetProperty("document_count").GetInt64());
        Assert.Equal(detail.GetProperty("document_count").GetInt64(), detail.GetProperty("documents").GetArrayLength());
        var mentions = detail.GetProperty("co_mentions").EnumerateArray().ToList();
        Assert.NotEmpty(mentions);
        Assert.DoesNotContain(mentions, m => m.GetProperty("entity").GetString() == group);
        // Most shared documents first, each at most the entity's own documents.
        var shared = mentions.Select(m => m.GetProperty("documents").GetInt64()).ToList();
        Assert.Equal(shared.OrderByDescending(s => s), shared);
        Assert.All(shared, s => Assert.InRange(s, 1, detail.GetProperty("document_count").GetInt64()));
    }

    [Fact]
    public async Task Events_its_documents_report_exclude_those_it_acts_in()
    {
        var group = await EntityNamed("Sinaloa", "ORG");
        var detail = await Client.Json($"/api/entities/{group}");
        var acted = detail.GetProperty("events").EnumerateArray().Select(Id).ToHashSet();
        var mentioning = detail.GetProperty("events_mentioning").EnumerateArray().Select(Id).ToList();

        Assert.Empty(acted.Intersect(mentioning));
        foreach (var id in mentioning)
        {
            var sources = (await Client.Json($"/api/events/{id}")).GetProperty("documents").EnumerateArray().Select(Id).ToHashSet();
            Assert.Contains(detail.GetProperty("documents").EnumerateArray(), d => sources.Contains(Id(d)));
        }
    }

    private static string Id(JsonElement element) => element.GetProperty("id").GetString()!;

    private async Task<string> EntityNamed(string name, string type)
    {
        var found = await Client.Json($"/api/entities?q={Uri.EscapeDataString(name)}&type={type}&page_size=100");
        return found.GetProperty("items").EnumerateArray()
            .Where(e => e.GetProperty("name").GetString()!.Contains(name, StringComparison.Ordinal))
            .OrderByDescending(e => e.GetProperty("documents").GetInt64())
            .Select(Id)
            .First();
    }
}

[Collection(WorkbenchTests.Name)]
public sealed class EntityHubTestsOnSqlite(WorkbenchFixture fixture) : EntityHubTests(fixture);

[Collection(PostgresWorkbenchTests.Name)]
public sealed class EntityHubTestsOnPostgres(PostgresWorkbenchFixture fixture) : EntityHubTests(fixture);
