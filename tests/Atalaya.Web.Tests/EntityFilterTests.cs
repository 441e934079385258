using System.Text.Json;

namespace Atalaya.Web.Tests;

/// <summary>
/// GET /api/entities/{id} under the shared filters: the entity's events, months and co-actors follow them; the
/// facts about the entity (name, aliases, claims) do not.
/// </summary>
public sealed class EntityFilterTests(EntityCorpus corpus) : IClassFixture<EntityCorpus>
{
    private HttpClient Client => corpus.Client;

    [Fact]
    public async Task Unfiltered_the_entity_has_all_its_events_months_and_co_actors()
    {
        var detail = await Client.Json($"/api/entities/{EntityCorpus.Group}");
        Assert.Equal(["V4", "V3", "V2", "V1", "V5"], EventIds(detail));
        Assert.Equal(new Dictionary<string, long> { ["2024-02"] = 1, ["2024-05"] = 1, ["2025-01"] = 1, ["2025-03"] = 1 }, Months(detail));
        Assert.Equal(new Dictionary<string, long> { [EntityCorpus.Rivals] = 3, [EntityCorpus.Police] = 2 }, CoActors(detail));
    }

    [Theory]
    [InlineData("state=Costa%20Sur", "V4,V3,V5", "2025-01:1,2025-03:1", "E2:2,E3:1")]
    [InlineData("from=2024-01-01&to=2024-12-31", "V2,V1", "2024-02:1,2024-05:1", "E2:1,E3:1")]
    [InlineData("from=2025-02-01", "V4", "2025-03:1", "E2:1,E3:1")]
    [InlineData("type=Battles", "V4,V3,V1", "2024-02:1,2025-01:1,2025-03:1", "E2:3,E3:1")]
    [InlineData("language=en", "V4,V3", "2025-01:1,2025-03:1", "E2:2,E3:1")]
    [InlineData("actor=E3", "V4,V2", "2024-05:1,2025-03:1", "E3:2,E2:1")]
    [InlineData("state=Altiplano%20Norte&type=Violence%20against%20civilians", "V2", "2024-05:1", "E3:1")]
    public async Task Filters_select_the_events_months_and_co_actors(string query, string events, string months, string coActors)
    {
        var detail = await Client.Json($"/api/entities/{EntityCorpus.Group}?{query}");
        Assert.Equal(events.Split(','), EventIds(detail));
        Assert.Equal(Counts(months), Months(detail));
        Assert.Equal(Counts(coActors), CoActors(detail));
        // The co-actors keep their order: most shared events first.
        Assert.Equal(coActors.Split(',').Select(c => c.Split(':')[0]), detail.GetProperty("co_actors").EnumerateArray().Select(a => a.GetProperty("entity").GetString()!));
    }

    [Fact]
    public async Task A_filter_that_selects_nothing_empties_the_figures_but_not_the_facts()
    {
        var all = await Client.Json($"/api/entities/{EntityCorpus.Group}");
        var none = await Client.Json($"/api/entities/{EntityCorpus.Group}?state=Nowhere&from=2020-01-01");
        Assert.Empty(none.GetProperty("events").EnumerateArray());
        Assert.Empty(none.GetProperty("events_by_month").EnumerateArray());
        Assert.Empty(none.GetProperty("co_actors").EnumerateArray());

        // Name, aliases, claims and conflicts are facts about the entity, the same under any filter.
        Assert.Equal(all.GetProperty("entity").GetRawText(), none.GetProperty("entity").GetRawText());
        Assert.Equal("Hermandad del Cerro Gris", none.GetProperty("entity").GetProperty("name").GetString());
        Assert.Single(none.GetProperty("claims").EnumerateArray());
        Assert.Equal(all.GetProperty("claims").GetRawText(), none.GetProperty("claims").GetRawText());
        Assert.Equal(all.GetProperty("conflicts").GetRawText(), none.GetProperty("conflicts").GetRawText());
    }

    [Fact]
    public async Task Co_actor_counts_come_only_from_the_entitys_own_filtered_events()
    {
        // V6 (rivals and police, without the group) is in the north in 2024: it must never be counted.
        var detail = await Client.Json($"/api/entities/{EntityCorpus.Group}?state=Altiplano%20Norte");
        Assert.Equal(new Dictionary<string, long> { [EntityCorpus.Rivals] = 1, [EntityCorpus.Police] = 1 }, CoActors(detail));
        var rivals = await Client.Json($"/api/entities/{EntityCorpus.Rivals}?state=Altiplano%20Norte");
        Assert.Equal(["V6", "V1"], EventIds(rivals));
        Assert.Equal(new Dictionary<string, long> { [EntityCorpus.Group] = 1, [EntityCorpus.Police] = 1 }, CoActors(rivals));
    }

    [Theory]
    [InlineData("from=2024-13-01", "from")]
    [InlineData("to=yesterday", "to")]
    [InlineData("from=2025-01-01&to=2024-01-01", "from")]
    [InlineData("language=Spanish", "language")]
    [InlineData("state=A&state=B", "state")]
    [InlineData("type=Battles&type=Riots", "type")]
    public async Task A_bad_filter_is_a_400_naming_the_parameter(string query, string parameter)
    {
        await Client.BadRequest($"/api/entities/{EntityCorpus.Group}?{query}", parameter);
    }

    [Fact]
    public async Task An_unknown_entity_is_still_a_404_under_filters()
    {
        await Client.Json("/api/entities/E404?state=Costa%20Sur", System.Net.HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_filters_and_says_what_they_leave_alone()
    {
        var document = await Client.Json("/openapi");
        var operation = document.GetProperty("paths").GetProperty("/api/entities/{id}").GetProperty("get");
        var parameters = operation.GetProperty("parameters").EnumerateArray()
            .Where(p => p.GetProperty("in").GetString() == "query")
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p);
        Assert.Equal(["from", "to", "type", "state", "actor", "language"], parameters.Keys);
        foreach (var parameter in parameters.Values)
        {
            var description = parameter.GetProperty("description").GetString() ?? "";
            Assert.Contains("claims", description, StringComparison.Ordinal);
            Assert.Contains("not filtered", description, StringComparison.Ordinal);
        }
    }

    private static List<string> EventIds(JsonElement detail)
        => [.. detail.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];

    private static Dictionary<string, long> Months(JsonElement detail)
        => detail.GetProperty("events_by_month").EnumerateArray().ToDictionary(m => m.GetProperty("month").GetString()!, m => m.GetProperty("events").GetInt64());

    private static Dictionary<string, long> CoActors(JsonElement detail)
        => detail.GetProperty("co_actors").EnumerateArray().ToDictionary(a => a.GetProperty("entity").GetString()!, a => a.GetProperty("events").GetInt64());

    private static Dictionary<string, long> Counts(string pairs)
        => pairs.Split(',').Select(p => p.Split(':')).ToDictionary(p => p[0], p => long.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));
}
