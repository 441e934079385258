using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Atalaya.Storage;
using Atalaya.Storage.Postgres;
using Atalaya.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Atalaya.Web.Tests;

/// <summary>
/// Actors set by name, merges and splits of events and merges of entities on SQLite: only with the operator's key,
/// shown wherever events and entities are, audited, exported by the command line, and kept across an ingest of more
/// documents and a rebuild of the corpus.
/// </summary>
[Collection(WorkbenchTests.Name)]
public sealed class MergeTests(WorkbenchFixture fixture)
{
    public static TheoryData<string> Writes => ["/api/events/merge", "/api/events/V1/split", "/api/entities/merge"];

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task Without_the_key_a_merge_or_split_is_refused_and_nothing_is_recorded(string path)
    {
        var body = path.Contains("entities", StringComparison.Ordinal) ? (object)new { entities = new[] { "E1", "E2" } } : new { events = new[] { "V1", "V2" } };
        await MergeScenarios.RefusedAsync(fixture.Client, path, body, HttpStatusCode.Forbidden);
        var client = fixture.StartOnCopy(WorkbenchFixture.Key);
        await MergeScenarios.RefusedAsync(client, path, body, HttpStatusCode.Unauthorized, key: "wrong");
        Assert.Equal(0, (await client.Json("/api/reviews")).GetProperty("total").GetInt32());
    }

    [Fact]
    public Task Actors_set_by_name_show_on_the_event_the_list_and_the_csv()
        => MergeScenarios.ActorsSetByNameShowOnTheEventTheListAndTheCsv(fixture.StartOnCopy(WorkbenchFixture.Key));

    [Fact]
    public Task Two_events_merged_show_as_one_and_a_split_undoes_it()
        => MergeScenarios.TwoEventsMergedShowAsOneAndASplitUndoesIt(fixture.StartOnCopy(WorkbenchFixture.Key));

    [Fact]
    public Task Two_entities_merged_show_as_one()
        => MergeScenarios.TwoEntitiesMergedShowAsOne(fixture.StartOnCopy(WorkbenchFixture.Key));

    [Fact]
    public async Task Merges_outlive_an_ingest_of_more_documents_and_a_rebuild_of_the_corpus()
    {
        var app = fixture.StartOnCopy(new WorkbenchOptions { DatabasePath = "", ApiKey = WorkbenchFixture.Key });
        var path = app.Services.GetRequiredService<WorkbenchOptions>().DatabasePath;
        var merged = await MergeBeforeRebuild.RunAsync(app.GetTestClient());
        await app.StopAsync();
        await app.DisposeAsync();

        using (var store = SqliteDocumentStore.Open(path))
        {
            store.Reconsolidate();
        }

        await merged.CheckAsync(fixture.Start(path, WorkbenchFixture.Key));
    }

    [Fact]
    public async Task The_export_command_writes_each_events_review_and_the_merges()
    {
        var app = fixture.StartOnCopy(new WorkbenchOptions { DatabasePath = "", ApiKey = WorkbenchFixture.Key });
        var path = app.Services.GetRequiredService<WorkbenchOptions>().DatabasePath;
        var client = app.GetTestClient();
        var (first, second, third) = (await MergeScenarios.EventAsync(client, 0), await MergeScenarios.EventAsync(client, 1), await MergeScenarios.EventAsync(client, 2));
        await MergeScenarios.PostAsync(client, $"/api/events/{first}/review", new { status = "verified", note = "Bulletin of the prosecutor", set = new { fatalities = 5 } });
        await MergeScenarios.PostAsync(client, $"/api/events/{third}/review", new { status = "rejected", note = "No such incident" });
        await MergeScenarios.PostAsync(client, "/api/events/merge", new { events = new[] { first, second } });
        var secondSpans = MergeScenarios.Spans((await client.Json($"/api/events/{first}")).GetProperty("event"));
        await app.StopAsync();
        await app.DisposeAsync();

        var json = await AtalayaCli.RunAsync(["export", "--format", "json", "--no-text", "--db", path], timeout: TimeSpan.FromMinutes(2));
        Assert.True(json.ExitCode == 0, json.ToString());
        var events = JsonDocument.Parse(json.StdOut).RootElement.GetProperty("events").EnumerateArray().ToList();
        var kept = events.Single(e => e.GetProperty("id").GetString() == first);
        Assert.Equal("verified", kept.GetProperty("review").GetProperty("status").GetString());
        Assert.Equal("Bulletin of the prosecutor", kept.GetProperty("review").GetProperty("note").GetString());
        Assert.Equal(5, kept.GetProperty("review").GetProperty("set").GetProperty("fatalities").GetInt32());
        Assert.Equal("operator", kept.GetProperty("review").GetProperty("key").GetString());
        Assert.False(string.IsNullOrEmpty(kept.GetProperty("review").GetProperty("at").GetString()));
        Assert.Equal(5, kept.GetProperty("fatalities").GetInt32());
        Assert.Equal(secondSpans, MergeScenarios.Spans(kept));
        Assert.DoesNotContain(events, e => e.GetProperty("id").GetString() == second);
        // The JSON keeps the whole record: a rejected event stays, marked.
        Assert.Equal("rejected", events.Single(e => e.GetProperty("id").GetString() == third).GetProperty("review").GetProperty("status").GetString());
        Assert.Contains(events, e => !e.TryGetProperty("review", out _));

        var csv = await AtalayaCli.RunAsync(["export", "--format", "acled-csv", "--db", path], timeout: TimeSpan.FromMinutes(2));
        Assert.True(csv.ExitCode == 0, csv.ToString());
        Assert.Contains("[Review: verified. Bulletin of the prosecutor]", MergeScenarios.CsvRow(csv.StdOut, first), StringComparison.Ordinal);
        Assert.DoesNotContain($"\nMEX{third[1..]},", csv.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain($"\nMEX{second[1..]},", csv.StdOut, StringComparison.Ordinal);
    }
}

/// <summary>The same actions on PostgreSQL, each on a database of its own holding the fixture's corpus.</summary>
[Collection(PostgresWorkbenchTests.Name)]
public sealed class MergeOnPostgresTests(PostgresWorkbenchFixture fixture)
{
    [Fact]
    public Task Actors_set_by_name_show_on_the_event_the_list_and_the_csv()
        => MergeScenarios.ActorsSetByNameShowOnTheEventTheListAndTheCsv(fixture.Start(fixture.NewCopyUri(), WorkbenchFixture.Key));

    [Fact]
    public Task Two_events_merged_show_as_one_and_a_split_undoes_it()
        => MergeScenarios.TwoEventsMergedShowAsOneAndASplitUndoesIt(fixture.Start(fixture.NewCopyUri(), WorkbenchFixture.Key));

    [Fact]
    public Task Two_entities_merged_show_as_one()
        => MergeScenarios.TwoEntitiesMergedShowAsOne(fixture.Start(fixture.NewCopyUri(), WorkbenchFixture.Key));

    [Fact]
    public async Task Merges_outlive_an_ingest_of_more_documents_and_a_rebuild_of_the_corpus()
    {
        var uri = fixture.NewCopyUri();
        var merged = await MergeBeforeRebuild.RunAsync(fixture.Start(uri, WorkbenchFixture.Key));

        using (var store = PostgresDocumentStore.Open(DatabaseTarget.Parse(uri)))
        {
            store.Reconsolidate();
        }

        await merged.CheckAsync(fixture.Start(uri, WorkbenchFixture.Key));
    }
}

/// <summary>Two events and two entities merged, then more documents ingested through the API: what to find again after a rebuild.</summary>
internal sealed record MergeBeforeRebuild(HashSet<string> KeptSpans, HashSet<string> MergedSpans, string KeptEntity, string MergedEntity)
{
    public static async Task<MergeBeforeRebuild> RunAsync(HttpClient client)
    {
        var (kept, merged) = (await MergeScenarios.EventAsync(client, 0), await MergeScenarios.EventAsync(client, 1));
        var keptSpans = MergeScenarios.Spans((await client.Json($"/api/events/{kept}")).GetProperty("event"));
        var mergedSpans = MergeScenarios.Spans((await client.Json($"/api/events/{merged}")).GetProperty("event"));
        var (keptEntity, mergedEntity) = (await MergeScenarios.EntityAsync(client, "Sinaloa"), await MergeScenarios.EntityAsync(client, "Golfo"));
        await MergeScenarios.PostAsync(client, "/api/events/merge", new { events = new[] { kept, merged } });
        await MergeScenarios.PostAsync(client, "/api/entities/merge", new { entities = new[] { keptEntity.GetProperty("id").GetString(), mergedEntity.GetProperty("id").GetString() } });
        var done = new MergeBeforeRebuild(keptSpans, mergedSpans, keptEntity.GetProperty("name").GetString()!, mergedEntity.GetProperty("name").GetString()!);

        // More documents, through the same ingest path as the command line.
        using (var more = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/documents", UriKind.Relative)) { Content = JsonContent.Create(new { text = Articles.Posted, title = "Otra nota", published = "2026-03-02" }) })
        {
            more.Headers.Add("X-Api-Key", WorkbenchFixture.Key);
            using var response = await client.SendAsync(more);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        await done.CheckAsync(client);
        return done;
    }

    public Task CheckAsync(HttpClient client) => MergeScenarios.MergesAreFoundAgain(client, KeptSpans, MergedSpans, KeptEntity, MergedEntity);
}
