using System.Globalization;
using System.Text.Json;

namespace Atalaya.Web.Tests;

/// <summary>The read endpoints over the ingested articles: shapes, filters, sorting and paging.</summary>
/// <remarks>Run on both engines: <see cref="ReadApiTestsOnSqlite"/> and <see cref="ReadApiTestsOnPostgres"/>.</remarks>
public abstract class ReadApiTests(WorkbenchFixture fixture)
{
    private static readonly string[] Precisions = ["place", "municipality", "state", "country"];

    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task Filters_list_the_values_present()
    {
        var filters = await Client.Json("/api/filters");
        Assert.Contains("Jalisco", filters.GetProperty("states").Strings());
        Assert.Contains("Sinaloa", filters.GetProperty("states").Strings());
        Assert.Contains("Battles", filters.GetProperty("types").Strings());
        Assert.Superset(new HashSet<string> { "es", "en", "pt", "fr", "de" }, filters.GetProperty("languages").Strings().ToHashSet());
        Assert.True(string.CompareOrdinal(filters.GetProperty("date_min").GetString(), filters.GetProperty("date_max").GetString()) <= 0);
    }

    [Fact]
    public async Task Overview_agrees_with_the_event_list()
    {
        var overview = await Client.Json("/api/overview");
        var events = await Client.Json("/api/events?page_size=500");
        var items = events.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(events.GetProperty("total").GetInt64(), overview.GetProperty("events").GetInt64());
        Assert.True(items.Count >= 5);
        Assert.Equal(items.Sum(e => e.GetProperty("fatalities").ValueKind == JsonValueKind.Number ? e.GetProperty("fatalities").GetInt64() : 0), overview.GetProperty("fatalities").GetInt64());
        Assert.Equal(Articles.All.Count, overview.GetProperty("documents").GetInt64());
        Assert.Contains(overview.GetProperty("by_state").EnumerateArray(), s => s.GetProperty("state").GetString() == "Jalisco" && s.GetProperty("events").GetInt64() >= 1);
        foreach (var week in overview.GetProperty("by_week").EnumerateArray())
        {
            var monday = DateOnly.ParseExact(week.GetProperty("week").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            Assert.Equal(DayOfWeek.Monday, monday.DayOfWeek);
        }

        Assert.Equal(items.Count(e => e.GetProperty("date").GetString()?.Length == 10), overview.GetProperty("by_week").EnumerateArray().Sum(w => w.GetProperty("events").GetInt64()));
        Assert.Contains(overview.GetProperty("top_actors").EnumerateArray(), a => a.GetProperty("name").GetString()!.Contains("Sinaloa", StringComparison.Ordinal));
        Assert.InRange(overview.GetProperty("latest_stories").GetArrayLength(), 1, 10);
        var points = overview.GetProperty("points").EnumerateArray().ToList();
        Assert.NotEmpty(points);
        Assert.All(points, p => Assert.InRange(p.GetProperty("lat").GetDouble(), -90, 90));

        // Each point says how precisely it is placed and in which country, as its event's location does.
        var locations = items.ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("location"));
        Assert.All(points, p =>
        {
            var location = locations[p.GetProperty("id").GetString()!];
            Assert.Equal(location.GetProperty("precision").GetString(), p.GetProperty("precision").GetString());
            Assert.Equal(location.GetProperty("country").GetString(), p.GetProperty("country").GetString());
            Assert.Contains(p.GetProperty("precision").GetString(), Precisions);
        });
    }

    [Fact]
    public async Task Overview_filters_by_state()
    {
        var overview = await Client.Json("/api/overview?state=Jalisco");
        var events = await Client.Json("/api/events?state=Jalisco");
        Assert.Equal(events.GetProperty("total").GetInt64(), overview.GetProperty("events").GetInt64());
        Assert.All(overview.GetProperty("points").EnumerateArray(), p => Assert.Equal("Jalisco", p.GetProperty("state").GetString()));
        Assert.All(overview.GetProperty("by_state").EnumerateArray(), s => Assert.Equal("Jalisco", s.GetProperty("state").GetString()));
    }

    [Theory]
    [InlineData("state=Sinaloa")]
    [InlineData("type=Battles")]
    [InlineData("from=2026-01-15&to=2026-02-05")]
    [InlineData("language=pt")]
    [InlineData("state=Jalisco&type=Violence%20against%20civilians")]
    [InlineData("state=Nowhere")]
    public async Task Events_filters_select_matching_events(string query)
    {
        var all = (await Client.Json("/api/events?page_size=500")).GetProperty("items").EnumerateArray().ToList();
        var page = await Client.Json("/api/events?page_size=500&" + query);
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(page.GetProperty("total").GetInt64(), items.Count);
        var parameters = query.Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
        var expected = all.Where(e =>
            (!parameters.TryGetValue("state", out var state) || e.GetProperty("location").ValueKind == JsonValueKind.Object && e.GetProperty("location").GetProperty("admin1").GetString() == state)
            && (!parameters.TryGetValue("type", out var type) || e.GetProperty("type").GetString() == type)
            && (!parameters.TryGetValue("from", out var from) || string.CompareOrdinal(e.GetProperty("date").GetString(), from) >= 0)
            && (!parameters.TryGetValue("to", out var to) || string.CompareOrdinal(e.GetProperty("date").GetString(), to) <= 0)
            && (!parameters.TryGetValue("language", out var language) || e.GetProperty("sources").EnumerateArray().Any(s => s.GetProperty("document").GetString()!.StartsWith(language + "-", StringComparison.Ordinal))))
            .Select(e => e.GetProperty("id").GetString()).ToHashSet();
        Assert.Equal(expected, items.Select(e => e.GetProperty("id").GetString()).ToHashSet());
        if (query != "state=Nowhere")
        {
            Assert.NotEmpty(items);
        }
    }

    [Fact]
    public async Task Events_filter_by_actor_and_name_their_entities()
    {
        var cartel = (await Client.Json("/api/entities?q=rtel%20de%20Sinaloa&type=ORG")).GetProperty("items")[0].GetProperty("id").GetString()!;
        var page = await Client.Json($"/api/events?actor={cartel}");
        Assert.True(page.GetProperty("total").GetInt64() >= 1);
        foreach (var e in page.GetProperty("items").EnumerateArray())
        {
            Assert.Contains(cartel, e.GetProperty("actors").EnumerateArray().Select(a => a.GetProperty("entity").GetString()));
        }

        var names = page.GetProperty("entities");
        Assert.Contains("Sinaloa", names.GetProperty(cartel).GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Equal("ORG", names.GetProperty(cartel).GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("-date", "date", true)]
    [InlineData("date", "date", false)]
    [InlineData("-fatalities", "fatalities", true)]
    [InlineData("fatalities", "fatalities", false)]
    [InlineData("type", "type", false)]
    public async Task Events_sort(string sort, string field, bool descending)
    {
        var items = (await Client.Json($"/api/events?page_size=500&sort={sort}")).GetProperty("items").EnumerateArray()
            .Select(e => e.GetProperty(field)).Where(v => v.ValueKind != JsonValueKind.Null).Select(v => v.ToString()).ToList();
        var ordered = field == "fatalities"
            ? items.OrderBy(v => int.Parse(v, CultureInfo.InvariantCulture)).ToList()
            : items.Order(StringComparer.Ordinal).ToList();
        if (descending)
        {
            ordered.Reverse();
        }

        Assert.Equal(ordered, items);
    }

    [Fact]
    public async Task Events_pages_do_not_overlap_and_cover_the_total()
    {
        var total = (await Client.Json("/api/events")).GetProperty("total").GetInt32();
        var seen = new List<string>();
        for (var page = 1; page <= (total + 1) / 2; page++)
        {
            var json = await Client.Json($"/api/events?page_size=2&page={page}");
            Assert.Equal(page, json.GetProperty("page").GetInt32());
            Assert.Equal(2, json.GetProperty("page_size").GetInt32());
            seen.AddRange(json.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString()!));
        }

        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Distinct().Count());
        Assert.Empty((await Client.Json($"/api/events?page_size=2&page={total + 5}")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task An_event_comes_with_its_sources_full_text_and_evidence_offsets()
    {
        var id = (await Client.Json("/api/events?state=Sinaloa")).GetProperty("items")[0].GetProperty("id").GetString()!;
        var detail = await Client.Json($"/api/events/{id}");
        var @event = detail.GetProperty("event");
        Assert.Equal(id, @event.GetProperty("id").GetString());
        var documents = detail.GetProperty("documents").EnumerateArray().ToDictionary(d => d.GetProperty("id").GetString()!, d => d.GetProperty("text").GetString()!);
        Assert.NotEmpty(documents);
        foreach (var source in @event.GetProperty("sources").EnumerateArray())
        {
            var text = documents[source.GetProperty("document").GetString()!];
            var start = source.GetProperty("start").GetInt32();
            var end = source.GetProperty("end").GetInt32();
            Assert.Equal(source.GetProperty("text").GetString(), text[start..end]);
        }

        Assert.All(detail.GetProperty("documents").EnumerateArray(), d => Assert.False(string.IsNullOrEmpty(d.GetProperty("language").GetString())));
        await Client.Json("/api/events/V9999", System.Net.HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Events_of_one_incident_in_two_languages_form_one_story()
    {
        var stories = await Client.Json("/api/stories?language=en");
        var story = stories.GetProperty("items").EnumerateArray().Single(s => s.GetProperty("languages").Strings().Contains("es"));
        Assert.Equal(2, story.GetProperty("documents").GetInt32());
        var detail = await Client.Json($"/api/stories/{story.GetProperty("id").GetString()}");
        Assert.Equal(["en", "es"], detail.GetProperty("story").GetProperty("languages").Strings().Order());
        Assert.Equal(2, detail.GetProperty("documents").GetArrayLength());
        Assert.All(detail.GetProperty("documents").EnumerateArray(), d => Assert.Contains("Culiac", d.GetProperty("text").GetString(), StringComparison.Ordinal));

        // The incident both articles report is one event of the story, with both as sources and its actors named.
        var @event = Assert.Single(detail.GetProperty("events").EnumerateArray());
        Assert.Equal(2, @event.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("document").GetString()).Distinct().Count());
        foreach (var actor in @event.GetProperty("actors").EnumerateArray().Where(a => a.GetProperty("entity").ValueKind == System.Text.Json.JsonValueKind.String))
        {
            Assert.True(detail.GetProperty("entities").TryGetProperty(actor.GetProperty("entity").GetString()!, out _));
        }

        await Client.Json("/api/stories/S9999", System.Net.HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Stories_are_latest_first_and_filter_by_date_and_state()
    {
        var items = (await Client.Json("/api/stories")).GetProperty("items").EnumerateArray().Select(s => s.GetProperty("last_published").GetString()).ToList();
        Assert.Equal(items.OrderDescending(StringComparer.Ordinal), items);
        var february = await Client.Json("/api/stories?from=2026-02-01&to=2026-02-28");
        Assert.All(february.GetProperty("items").EnumerateArray(), s => Assert.StartsWith("2026-02", s.GetProperty("last_published").GetString(), StringComparison.Ordinal));
        var tamaulipas = await Client.Json("/api/stories?state=Tamaulipas");
        Assert.Equal(1, tamaulipas.GetProperty("total").GetInt32());
        Assert.Contains("Reynosa", tamaulipas.GetProperty("items")[0].GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entities_are_found_by_name_and_typed()
    {
        var found = await Client.Json("/api/entities?q=zapopan");
        Assert.Contains(found.GetProperty("items").EnumerateArray(), e => e.GetProperty("name").GetString() == "Zapopan" && e.GetProperty("type").GetString() == "LOC");
        var organizations = await Client.Json("/api/entities?type=ORG&page_size=500");
        Assert.All(organizations.GetProperty("items").EnumerateArray(), e => Assert.Equal("ORG", e.GetProperty("type").GetString()));
        Assert.All(organizations.GetProperty("items").EnumerateArray(), e => Assert.True(e.GetProperty("documents").GetInt64() >= 1));
        Assert.Empty((await Client.Json("/api/entities?q=no-such-name-at-all")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task An_entity_has_its_events_months_and_co_actors()
    {
        var cartel = (await Client.Json("/api/entities?q=rtel%20de%20Sinaloa&type=ORG")).GetProperty("items")[0];
        var id = cartel.GetProperty("id").GetString()!;
        Assert.True(cartel.GetProperty("events").GetInt64() >= 1);
        var detail = await Client.Json($"/api/entities/{id}");
        Assert.Equal(id, detail.GetProperty("entity").GetProperty("id").GetString());
        Assert.Equal(cartel.GetProperty("events").GetInt64(), detail.GetProperty("events").GetArrayLength());
        Assert.Contains(detail.GetProperty("events_by_month").EnumerateArray(), m => m.GetProperty("month").GetString() == "2026-01");
        Assert.Equal(JsonValueKind.Array, detail.GetProperty("co_actors").ValueKind);
        Assert.Equal(JsonValueKind.Array, detail.GetProperty("claims").ValueKind);
        Assert.Equal(JsonValueKind.Array, detail.GetProperty("conflicts").ValueKind);
        await Client.Json("/api/entities/E99999", System.Net.HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Documents_list_filter_and_open()
    {
        var all = await Client.Json("/api/documents");
        Assert.Equal(Articles.All.Count, all.GetProperty("total").GetInt32());
        var published = all.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("published").GetString()).ToList();
        Assert.Equal(published.OrderDescending(StringComparer.Ordinal), published);
        Assert.All(all.GetProperty("items").EnumerateArray(), d => Assert.False(string.IsNullOrEmpty(d.GetProperty("story").GetString())));

        var french = await Client.Json("/api/documents?language=fr");
        Assert.Equal(1, french.GetProperty("total").GetInt32());
        var id = french.GetProperty("items")[0].GetProperty("id").GetString()!;
        var document = await Client.Json($"/api/documents/{id}");
        Assert.Equal("fr", document.GetProperty("language").GetString());
        Assert.Contains("journalistes", document.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(document.GetProperty("events").EnumerateArray());
        Assert.StartsWith("S", document.GetProperty("story").GetString(), StringComparison.Ordinal);

        var sinaloa = await Client.Json("/api/documents?state=Sinaloa");
        Assert.Equal(2, sinaloa.GetProperty("total").GetInt32());
        var paged = await Client.Json("/api/documents?page_size=3&page=3");
        Assert.Equal(Articles.All.Count - 6, paged.GetProperty("items").GetArrayLength());
        await Client.Json("/api/documents/no-such-document", System.Net.HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Claims_and_conflicts_are_paged_lists()
    {
        foreach (var url in new[] { "/api/claims", "/api/conflicts", "/api/claims?subject=E1&attribute=members", "/api/conflicts?subject=E1" })
        {
            var page = await Client.Json(url);
            Assert.Equal(page.GetProperty("items").GetArrayLength(), Math.Min(50, page.GetProperty("total").GetInt32()));
            Assert.Equal(1, page.GetProperty("page").GetInt32());
        }
    }

    [Fact]
    public async Task Stories_filter_by_their_number_of_documents_and_languages_and_carry_their_figures()
    {
        var all = (await Client.Json("/api/stories?page_size=500")).GetProperty("items").EnumerateArray().ToList();
        var several = (await Client.Json("/api/stories?min_documents=2&page_size=500")).GetProperty("items").EnumerateArray().ToList();
        var languages = (await Client.Json("/api/stories?min_languages=2&page_size=500")).GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(all.Where(s => s.GetProperty("documents").GetInt64() >= 2).Select(s => s.GetProperty("id").GetString()), several.Select(s => s.GetProperty("id").GetString()));
        Assert.Equal(all.Where(s => s.GetProperty("languages").GetArrayLength() >= 2).Select(s => s.GetProperty("id").GetString()), languages.Select(s => s.GetProperty("id").GetString()));
        Assert.NotEmpty(languages);
        Assert.True(several.Count < all.Count);

        // Each story's events and fatalities are those of its page.
        foreach (var story in all.Take(5))
        {
            var detail = await Client.Json($"/api/stories/{story.GetProperty("id").GetString()}");
            var events = detail.GetProperty("events").EnumerateArray().ToList();
            Assert.Equal(events.Count, story.GetProperty("events").GetInt64());
            Assert.Equal(events.Sum(e => e.GetProperty("fatalities").ValueKind == JsonValueKind.Number ? e.GetProperty("fatalities").GetInt64() : 0), story.GetProperty("fatalities").GetInt64());
            Assert.InRange(story.GetProperty("actors").GetArrayLength(), 0, 3);
        }

        await Client.BadRequest("/api/stories?min_documents=0", "min_documents");
        await Client.BadRequest("/api/stories?min_languages=many", "min_languages");
    }
}

[Collection(WorkbenchTests.Name)]
public sealed class ReadApiTestsOnSqlite(WorkbenchFixture fixture) : ReadApiTests(fixture);

[Collection(PostgresWorkbenchTests.Name)]
public sealed class ReadApiTestsOnPostgres(PostgresWorkbenchFixture fixture) : ReadApiTests(fixture);
