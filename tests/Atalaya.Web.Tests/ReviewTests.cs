using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Atalaya.Storage.Sqlite;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Atalaya.Web.Tests;

/// <summary>
/// POST /api/events/{id}/review and GET /api/reviews: only with the operator's key; a review's status, note and
/// corrections show on the event, its list filter and the audit trail; a rejected event leaves the headline figures;
/// and the review outlives an ingest of more documents and a full rebuild of the corpus.
/// </summary>
[Collection(WorkbenchTests.Name)]
public sealed class ReviewTests(WorkbenchFixture fixture)
{
    [Fact]
    public async Task Without_the_key_a_review_is_refused_and_nothing_is_recorded()
    {
        var id = await FirstEventAsync(fixture.Client);
        using (var forbidden = await fixture.Client.SendAsync(Review(id, new { status = "verified" }, WorkbenchFixture.Key)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }

        var client = fixture.StartOnCopy(WorkbenchFixture.Key);
        using (var wrong = await client.SendAsync(Review(id, new { status = "verified" }, "wrong")))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        Assert.Equal(0, (await client.Json("/api/reviews")).GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Null, (await client.Json($"/api/events/{id}")).GetProperty("review").ValueKind);
    }

    [Theory]
    [InlineData("{\"status\": \"maybe\"}", "status")]
    [InlineData("{\"set\": {\"date\": \"2025-13-01\"}}", "set.date")]
    [InlineData("{\"set\": {\"fatalities\": -1}}", "set.fatalities")]
    [InlineData("{\"set\": {\"actors\": [\"Cártel de Sinaloa\", \" \"]}}", "set.actors")]
    [InlineData("{}", "body")]
    [InlineData("not json", "body")]
    public async Task A_bad_review_is_a_400_naming_the_field(string body, string field)
    {
        var client = fixture.StartOnCopy(WorkbenchFixture.Key);
        var id = await FirstEventAsync(client);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/events/{id}/review", UriKind.Relative))
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Api-Key", WorkbenchFixture.Key);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_verified_and_corrected_event_shows_its_review_its_corrections_and_an_audit_record()
    {
        var client = fixture.StartOnCopy(WorkbenchFixture.Key);
        var id = await FirstEventAsync(client);
        var before = (await client.Json($"/api/events/{id}")).GetProperty("event");

        await PostAsync(client, id, new { status = "verified", note = "Checked against the prosecutor's bulletin", reviewer = "Ana", set = new { fatalities = 7, date = "2026-01-20" } });

        var detail = await client.Json($"/api/events/{id}");
        var review = detail.GetProperty("review");
        Assert.Equal("verified", review.GetProperty("status").GetString());
        Assert.Equal("Checked against the prosecutor's bulletin", review.GetProperty("note").GetString());
        Assert.Equal("Ana", review.GetProperty("reviewer").GetString());
        Assert.Equal("operator", review.GetProperty("key").GetString());
        Assert.Equal(7, detail.GetProperty("event").GetProperty("fatalities").GetInt32());
        Assert.Equal("2026-01-20", detail.GetProperty("event").GetProperty("date").GetString());
        Assert.Equal(before.GetProperty("type").GetString(), detail.GetProperty("event").GetProperty("type").GetString());

        // A second action changes the status only; the corrections stay, and the trail keeps both with what came before.
        await PostAsync(client, id, new { status = "unreviewed" });
        var trail = (await client.Json("/api/reviews")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, trail.Count);
        Assert.Equal("unreviewed", trail[0].GetProperty("after").GetProperty("status").GetString());
        Assert.Equal("verified", trail[0].GetProperty("before").GetProperty("status").GetString());
        Assert.Equal(7, trail[0].GetProperty("after").GetProperty("set").GetProperty("fatalities").GetInt32());
        Assert.Equal(JsonValueKind.Null, trail[1].GetProperty("before").ValueKind);
        Assert.All(trail, r => Assert.Equal(id, r.GetProperty("event").GetString()));
    }

    [Fact]
    public async Task A_rejected_event_leaves_the_headline_figures_and_the_review_filter_finds_it()
    {
        var client = fixture.StartOnCopy(WorkbenchFixture.Key);
        var events = (await client.Json("/api/events?sort=-fatalities&page_size=500")).GetProperty("items").EnumerateArray().ToList();
        var deadly = events[0];
        var id = deadly.GetProperty("id").GetString()!;
        var overview = await client.Json("/api/overview");

        await PostAsync(client, id, new { status = "rejected", note = "Same incident as another report" });

        var after = await client.Json("/api/overview");
        Assert.Equal(overview.GetProperty("events").GetInt64() - 1, after.GetProperty("events").GetInt64());
        Assert.Equal(overview.GetProperty("fatalities").GetInt64() - deadly.GetProperty("fatalities").GetInt64(), after.GetProperty("fatalities").GetInt64());
        Assert.DoesNotContain(after.GetProperty("points").EnumerateArray(), p => p.GetProperty("id").GetString() == id);

        Assert.Equal([id], Ids(await client.Json("/api/events?review=rejected")));
        Assert.Empty(Ids(await client.Json("/api/events?review=verified")));
        var unreviewed = Ids(await client.Json("/api/events?review=unreviewed&page_size=500"));
        Assert.Equal(events.Count - 1, unreviewed.Count);
        Assert.DoesNotContain(id, unreviewed);
        Assert.Equal("rejected", (await client.Json("/api/events?page_size=500")).GetProperty("reviews").GetProperty(id).GetString());
        await client.BadRequest("/api/events?review=maybe", "review");

        // The exports leave it out too.
        var csv = await client.GetStringAsync("/api/events.csv");
        Assert.DoesNotContain($"\nMEX{id[1..]},", csv, StringComparison.Ordinal);
        var other = events[1].GetProperty("id").GetString()!;
        Assert.Contains($"\nMEX{other[1..]},", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_review_outlives_an_ingest_of_more_documents_and_a_rebuild_of_the_corpus()
    {
        var app = fixture.StartOnCopy(new WorkbenchOptions { DatabasePath = "", ApiKey = WorkbenchFixture.Key });
        var client = app.GetTestClient();
        var path = app.Services.GetRequiredService<WorkbenchOptions>().DatabasePath;
        var id = await FirstEventAsync(client);
        var sources = (await client.Json($"/api/events/{id}")).GetProperty("event").GetProperty("sources").EnumerateArray().Select(Span).ToHashSet();
        await PostAsync(client, id, new { status = "verified", set = new { fatalities = 9 } });

        // More documents, through the same ingest path as the command line.
        using (var more = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/documents", UriKind.Relative)) { Content = JsonContent.Create(new { text = Articles.Posted, title = "Otra nota", published = "2026-03-02" }) })
        {
            more.Headers.Add("X-Api-Key", WorkbenchFixture.Key);
            using var response = await client.SendAsync(more);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        Assert.Equal(9, await FatalitiesOfAsync(client, sources));
        await app.StopAsync();
        await app.DisposeAsync();

        // Every corpus row and id made again from the stored documents: the review finds its event by its source spans.
        using (var store = SqliteDocumentStore.Open(path))
        {
            store.Reconsolidate();
        }

        var rebuilt = fixture.Start(path, WorkbenchFixture.Key);
        Assert.Equal(9, await FatalitiesOfAsync(rebuilt, sources));
        Assert.Single(Ids(await rebuilt.Json("/api/events?review=verified")));
    }

    private static string Span(JsonElement source)
        => $"{source.GetProperty("document").GetString()}#{source.GetProperty("start").GetInt32()}-{source.GetProperty("end").GetInt32()}";

    /// <summary>The fatalities of the event that has the given source spans now, whatever its id.</summary>
    private static async Task<int> FatalitiesOfAsync(HttpClient client, HashSet<string> sources)
    {
        var events = (await client.Json("/api/events?page_size=500")).GetProperty("items").EnumerateArray();
        var found = events.Single(e => e.GetProperty("sources").EnumerateArray().Select(Span).Any(sources.Contains));
        var detail = await client.Json($"/api/events/{found.GetProperty("id").GetString()}");
        Assert.Equal("verified", detail.GetProperty("review").GetProperty("status").GetString());
        Assert.Equal(found.GetProperty("fatalities").GetInt32(), detail.GetProperty("event").GetProperty("fatalities").GetInt32());
        return detail.GetProperty("event").GetProperty("fatalities").GetInt32();
    }

    private static List<string> Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];

    private static async Task<string> FirstEventAsync(HttpClient client)
        => (await client.Json("/api/events?sort=date&page_size=1")).GetProperty("items")[0].GetProperty("id").GetString()!;

    private static async Task PostAsync(HttpClient client, string id, object body)
    {
        using var response = await client.SendAsync(Review(id, body, WorkbenchFixture.Key));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private static HttpRequestMessage Review(string id, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/events/{id}/review", UriKind.Relative)) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Api-Key", key);
        return request;
    }
}

/// <summary>The same review actions on PostgreSQL (a database of its own, so the shared one stays unreviewed) answer as on SQLite.</summary>
[Collection(PostgresWorkbenchTests.Name)]
public sealed class ReviewOnPostgresTests(PostgresWorkbenchFixture fixture)
{
    [Fact]
    public async Task Reviews_answer_alike_on_both_engines()
    {
        var uri = fixture.NewDatabaseUri();
        using (var from = SqliteDocumentStore.Open(fixture.DatabasePath))
        using (var to = Atalaya.Storage.Postgres.PostgresDocumentStore.Open(Atalaya.Storage.DatabaseTarget.Parse(uri)))
        {
            using (var run = to.BeginRun("reviews on PostgreSQL"))
            {
                foreach (var document in from.Documents())
                {
                    run.Add(document);
                }

                run.Complete();
            }

            to.Consolidate();
        }

        var postgres = fixture.Start(uri, WorkbenchFixture.Key);
        var sqlite = fixture.StartOnCopy(WorkbenchFixture.Key);
        var ids = (await sqlite.Json("/api/events?sort=date&page_size=3")).GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToList();
        foreach (var client in new[] { sqlite, postgres })
        {
            await Post(client, ids[0], new { status = "verified", note = "ok", set = new { fatalities = 3, place = "Otra" } });
            await Post(client, ids[1], new { status = "rejected" });
        }

        // The answers differ only in the time of each action.
        var times = new System.Text.RegularExpressions.Regex("\"at\":\"[^\"]*\"");
        foreach (var url in new[] { "/api/overview", "/api/events?review=verified", "/api/events?review=rejected", "/api/events?review=unreviewed&page_size=500", $"/api/events/{ids[0]}", "/api/reviews" })
        {
            Assert.Equal(times.Replace(await sqlite.GetStringAsync(url), ""), times.Replace(await postgres.GetStringAsync(url), ""));
        }
    }

    private static async Task Post(HttpClient client, string id, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/events/{id}/review", UriKind.Relative)) { Content = System.Net.Http.Json.JsonContent.Create(body) };
        request.Headers.Add("X-Api-Key", WorkbenchFixture.Key);
        using var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
