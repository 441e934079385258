using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Atalaya.Web.Tests;

/// <summary>
/// The analysts' corrections beyond a review's status, run alike on each engine (<see cref="MergeTests"/>,
/// <see cref="MergeOnPostgresTests"/>): actors set by name, merges and splits of events, merges of entities, the audit
/// trail of all of them, and their survival of an ingest of more documents and a rebuild of the corpus.
/// </summary>
internal static class MergeScenarios
{
    public static async Task ActorsSetByNameShowOnTheEventTheListAndTheCsv(HttpClient client)
    {
        var id = await EventAsync(client, 0);
        var cartel = await EntityAsync(client, "Sinaloa");
        var name = cartel.GetProperty("name").GetString()!;

        await PostAsync(client, $"/api/events/{id}/review", new { status = "verified", note = "Actors from the prosecutor's statement", set = new { actors = new[] { name, "Vecinos armados de El Mirador" } } });

        var detail = await client.Json($"/api/events/{id}");
        var actors = detail.GetProperty("event").GetProperty("actors").EnumerateArray().ToList();
        Assert.Equal(2, actors.Count);
        Assert.Equal("actor1", actors[0].GetProperty("role").GetString());
        Assert.Equal(cartel.GetProperty("id").GetString(), actors[0].GetProperty("entity").GetString());
        Assert.Equal(name, detail.GetProperty("entities").GetProperty(cartel.GetProperty("id").GetString()!).GetProperty("name").GetString());
        Assert.Equal("actor2", actors[1].GetProperty("role").GetString());
        Assert.Equal(JsonValueKind.Null, actors[1].GetProperty("entity").ValueKind);
        Assert.Equal("Vecinos armados de El Mirador", actors[1].GetProperty("name").GetString());
        Assert.Equal([name, "Vecinos armados de El Mirador"], detail.GetProperty("review").GetProperty("set").GetProperty("actors").Strings());

        var listed = (await client.Json("/api/events?page_size=500")).GetProperty("items").EnumerateArray().Single(e => e.GetProperty("id").GetString() == id);
        Assert.Equal(actors.Select(a => a.GetRawText()), listed.GetProperty("actors").EnumerateArray().Select(a => a.GetRawText()));

        // The ACLED CSV names both, and its notes carry the review's status and note.
        var row = CsvRow(await client.GetStringAsync("/api/events.csv"), id);
        Assert.Contains($",{Quoted(name)},", row, StringComparison.Ordinal);
        Assert.Contains(",Vecinos armados de El Mirador,", row, StringComparison.Ordinal);
        Assert.Contains("[Review: verified. Actors from the prosecutor's statement]", row, StringComparison.Ordinal);
    }

    public static async Task<(string Kept, string Merged)> TwoEventsMergedShowAsOneAndASplitUndoesIt(HttpClient client)
    {
        var (kept, merged) = (await EventAsync(client, 0), await EventAsync(client, 1));
        var before = await client.Json("/api/events?page_size=500");
        var overview = await client.Json("/api/overview");
        var keptSources = Spans((await client.Json($"/api/events/{kept}")).GetProperty("event"));
        var mergedDetail = await client.Json($"/api/events/{merged}");
        var mergedSources = Spans(mergedDetail.GetProperty("event"));
        await PostAsync(client, $"/api/events/{kept}/review", new { status = "verified" });

        var record = await PostAsync(client, "/api/events/merge", new { events = new[] { kept, merged }, note = "One incident told twice", reviewer = "Ana" });
        Assert.Equal("merge_events", record.GetProperty("action").GetString());
        Assert.Equal(kept, record.GetProperty("merge").GetProperty("kept").GetString());
        Assert.Equal(merged, record.GetProperty("merge").GetProperty("merged").GetString());
        Assert.Equal("Ana", record.GetProperty("merge").GetProperty("reviewer").GetString());

        // One event: the first's fields, the sources and documents of both; the other id leads to it.
        var after = await client.Json("/api/events?page_size=500");
        Assert.Equal(before.GetProperty("total").GetInt64() - 1, after.GetProperty("total").GetInt64());
        Assert.DoesNotContain(merged, Ids(after));
        var detail = await client.Json($"/api/events/{merged}");
        Assert.Equal(kept, detail.GetProperty("event").GetProperty("id").GetString());
        Assert.Equal([merged], detail.GetProperty("merged").Strings());
        Assert.Equal(keptSources.Concat(mergedSources).ToHashSet(), Spans(detail.GetProperty("event")).ToHashSet());
        Assert.Equal("verified", detail.GetProperty("review").GetProperty("status").GetString());
        foreach (var document in mergedDetail.GetProperty("documents").EnumerateArray())
        {
            Assert.Contains(detail.GetProperty("documents").EnumerateArray(), d => d.GetProperty("id").GetString() == document.GetProperty("id").GetString());
        }

        var counted = await client.Json("/api/overview");
        Assert.Equal(overview.GetProperty("events").GetInt64() - 1, counted.GetProperty("events").GetInt64());
        Assert.DoesNotContain(counted.GetProperty("points").EnumerateArray(), p => p.GetProperty("id").GetString() == merged);
        Assert.DoesNotContain($"\nMEX{merged[1..]},", await client.GetStringAsync("/api/events.csv"), StringComparison.Ordinal);
        foreach (var story in (await client.Json("/api/stories?page_size=500")).GetProperty("items").EnumerateArray())
        {
            var told = (await client.Json($"/api/stories/{story.GetProperty("id").GetString()}")).GetProperty("events").EnumerateArray();
            Assert.DoesNotContain(told, e => e.GetProperty("id").GetString() == merged);
        }

        // A review of the id merged away is one of the event it shows as.
        await PostAsync(client, $"/api/events/{merged}/review", new { note = "Both outlets agree" });
        Assert.Equal("Both outlets agree", (await client.Json($"/api/events/{kept}")).GetProperty("review").GetProperty("note").GetString());

        // Nothing more to do: the same two again, or an unknown id.
        await RefusedAsync(client, "/api/events/merge", new { events = new[] { kept, merged } }, HttpStatusCode.Conflict);
        await RefusedAsync(client, "/api/events/merge", new { events = new[] { kept, "V99999" } }, HttpStatusCode.NotFound);
        await RefusedAsync(client, "/api/events/merge", new { events = new[] { kept } }, HttpStatusCode.BadRequest);

        // A split undoes the merge: both events again, as before.
        var split = await PostAsync(client, $"/api/events/{kept}/split", new { note = "Two incidents after all" });
        Assert.Equal("split_event", split.GetProperty("action").GetString());
        Assert.Equal(record.GetProperty("id").GetInt64(), split.GetProperty("merge").GetProperty("undoes").GetInt64());
        Assert.Equal(Ids(before), Ids(await client.Json("/api/events?page_size=500")));
        Assert.Empty((await client.Json($"/api/events/{kept}")).GetProperty("merged").EnumerateArray());
        Assert.Equal(merged, (await client.Json($"/api/events/{merged}")).GetProperty("event").GetProperty("id").GetString());
        await RefusedAsync(client, $"/api/events/{kept}/split", new { }, HttpStatusCode.Conflict);
        await PostAsync(client, $"/api/events/{merged}/review", new { note = "Checked" });

        // The trail holds every action in the order made: reviews and merges interleaved.
        var trail = (await client.Json("/api/reviews")).GetProperty("items").EnumerateArray().Select(r => r.GetProperty("action").GetString()).ToList();
        Assert.Equal(["review", "split_event", "review", "merge_events", "review"], trail);
        return (kept, merged);
    }

    public static async Task TwoEntitiesMergedShowAsOne(HttpClient client)
    {
        var (kept, merged) = (await EntityAsync(client, "Sinaloa"), await EntityAsync(client, "Golfo"));
        var (keptId, mergedId) = (kept.GetProperty("id").GetString()!, merged.GetProperty("id").GetString()!);
        var keptPage = await client.Json($"/api/entities/{keptId}");
        var keptEvents = EventIds(keptPage);
        var mergedEvents = EventIds(await client.Json($"/api/entities/{mergedId}"));
        Assert.NotEmpty(mergedEvents);

        var record = await PostAsync(client, "/api/entities/merge", new { entities = new[] { keptId, mergedId }, note = "Same group" });
        Assert.Equal("merge_entities", record.GetProperty("action").GetString());
        Assert.Equal(JsonValueKind.Null, record.GetProperty("event").ValueKind);

        var page = await client.Json($"/api/entities/{mergedId}");
        Assert.True(page.GetProperty("document_count").GetInt64() > keptPage.GetProperty("document_count").GetInt64());
        Assert.Equal(keptId, page.GetProperty("entity").GetProperty("id").GetString());
        Assert.Equal([mergedId], page.GetProperty("merged").Strings());
        Assert.Contains(merged.GetProperty("name").GetString(), page.GetProperty("entity").GetProperty("aliases").Strings());
        Assert.Equal(keptEvents.Union(mergedEvents).Order(StringComparer.Ordinal), EventIds(page).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(page.GetProperty("events").EnumerateArray().SelectMany(e => e.GetProperty("actors").EnumerateArray()), a => a.GetProperty("entity").GetString() == mergedId);

        var list = (await client.Json("/api/entities?page_size=500")).GetProperty("items").EnumerateArray().ToList();
        Assert.DoesNotContain(list, e => e.GetProperty("id").GetString() == mergedId);
        Assert.Equal(keptEvents.Union(mergedEvents).Count(), list.Single(e => e.GetProperty("id").GetString() == keptId).GetProperty("events").GetInt64());

        // The events list of either id as actor holds the events of both, and so do the overview's figures.
        var both = keptEvents.Union(mergedEvents).Order(StringComparer.Ordinal).ToList();
        foreach (var actor in new[] { keptId, mergedId })
        {
            var selected = await client.Json($"/api/events?actor={actor}&page_size=500");
            Assert.Equal(both, selected.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
            Assert.Equal(both.Count, selected.GetProperty("total").GetInt64());
            Assert.Equal(both.Count, (await client.Json($"/api/overview?actor={actor}")).GetProperty("events").GetInt64());
            Assert.Equal(page.GetProperty("document_count").GetInt64(), (await client.Json($"/api/documents?actor={actor}&page_size=500")).GetProperty("total").GetInt64());
        }

        // An event the other acted in names the kept entity now.
        var acted = await client.Json($"/api/events/{mergedEvents[0]}");
        Assert.Contains(acted.GetProperty("event").GetProperty("actors").EnumerateArray(), a => a.GetProperty("entity").GetString() == keptId);
        Assert.DoesNotContain(acted.GetProperty("event").GetProperty("actors").EnumerateArray(), a => a.GetProperty("entity").GetString() == mergedId);
        await RefusedAsync(client, "/api/entities/merge", new { entities = new[] { mergedId, keptId } }, HttpStatusCode.Conflict);
        await RefusedAsync(client, "/api/entities/merge", new { entities = new[] { keptId, "E99999" } }, HttpStatusCode.NotFound);
    }

    /// <summary>After the merges of the two scenarios above: what a merge kept is found again by source spans and names.</summary>
    public static async Task MergesAreFoundAgain(HttpClient client, HashSet<string> keptSpans, HashSet<string> mergedSpans, string keptEntityName, string mergedEntityName)
    {
        var events = (await client.Json("/api/events?page_size=500")).GetProperty("items").EnumerateArray().ToList();
        var holding = events.Where(e => Spans(e).Overlaps(keptSpans) || Spans(e).Overlaps(mergedSpans)).ToList();
        Assert.Single(holding);
        Assert.True(mergedSpans.IsSubsetOf(Spans(holding[0])));
        Assert.True(keptSpans.IsSubsetOf(Spans(holding[0])));

        var list = (await client.Json("/api/entities?page_size=500")).GetProperty("items").EnumerateArray().ToList();
        Assert.DoesNotContain(list, e => e.GetProperty("name").GetString() == mergedEntityName);
        Assert.Contains(mergedEntityName, list.Single(e => e.GetProperty("name").GetString() == keptEntityName).GetProperty("aliases").Strings());
    }

    public static async Task<string> EventAsync(HttpClient client, int index)
        => (await client.Json("/api/events?sort=date&page_size=500")).GetProperty("items")[index].GetProperty("id").GetString()!;

    public static async Task<JsonElement> EntityAsync(HttpClient client, string name)
        => (await client.Json($"/api/entities?q={Uri.EscapeDataString(name)}&type=ORG")).GetProperty("items")[0];

    public static HashSet<string> Spans(JsonElement @event)
        => [.. @event.GetProperty("sources").EnumerateArray().Select(s => $"{s.GetProperty("document").GetString()}#{s.GetProperty("start").GetInt32()}-{s.GetProperty("end").GetInt32()}")];

    public static async Task<JsonElement> PostAsync(HttpClient client, string path, object body)
    {
        using var response = await client.SendAsync(Request(path, body, WorkbenchFixture.Key));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task RefusedAsync(HttpClient client, string path, object body, HttpStatusCode expected, string key = WorkbenchFixture.Key)
    {
        using var response = await client.SendAsync(Request(path, body, key));
        Assert.True(response.StatusCode == expected, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    public static HttpRequestMessage Request(string path, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Api-Key", key);
        return request;
    }

    public static string CsvRow(string csv, string id)
        => csv.Split("\r\n").Single(l => l.StartsWith($"MEX{id[1..]},", StringComparison.Ordinal));

    private static string Quoted(string value) => value.Contains(',', StringComparison.Ordinal) ? $"\"{value}\"" : value;

    private static List<string> Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];

    private static List<string> EventIds(JsonElement entity) => [.. entity.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];
}
