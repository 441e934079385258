using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Atalaya.Core.Contract;
using Atalaya.Core.Documents;
using Atalaya.Core.Pipeline;
using Atalaya.Core.Resources;
using Atalaya.Core.Synthetic;
using Atalaya.Storage.Sqlite;
using Atalaya.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;

namespace Atalaya.Cli.Running;

/// <summary>
/// atalaya bench --serve N: a database of N synthetic documents (stored and consolidated through the
/// store, as 'atalaya ingest' does), the workbench served on a loopback port, and every API call and page timed over
/// several filter combinations: p50, p95 and max milliseconds per endpoint.
/// </summary>
internal static class WorkbenchBench
{
    private const int RequestsPerEndpoint = 100;

    public static int Run(int count, IEnumerable<SourceDocument> seedArticles, AtalayaResources resources, string? databasePath, TextWriter output)
    {
        var path = databasePath ?? Path.Combine(Path.GetTempPath(), $"atalaya-bench-serve-{count}-{Environment.ProcessId}.db");
        if (!File.Exists(path))
        {
            Build(path, count, seedArticles, resources, output);
        }
        else
        {
            output.WriteLine($"reusing {path}");
        }

        try
        {
            return Serve(path, resources, output);
        }
        finally
        {
            // A temporary database goes also when a request fails, after the server has let go of it.
            if (databasePath is null)
            {
                SqliteConnection.ClearAllPools();
                foreach (var file in new[] { path, path + "-wal", path + "-shm" })
                {
                    File.Delete(file);
                }
            }
        }
    }

    private static int Serve(string path, AtalayaResources resources, TextWriter output)
    {
        using var app = WorkbenchServer.Build(new WorkbenchOptions { DatabasePath = path, Urls = "http://127.0.0.1:0", DataDirectory = resources.DataDirectory });
        app.StartAsync().GetAwaiter().GetResult();
        var address = app.Urls.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        var probes = Probes.Read(path);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"workbench on {address}: {probes.Documents} documents, {probes.Events} events, {probes.Entities} entities, {probes.Stories} stories; {RequestsPerEndpoint} requests per line, one at a time"));
        output.WriteLine($"{"endpoint",-34} {"p50 ms",8} {"p95 ms",8} {"max ms",8} {"bytes",10}");
        var worst = 0.0;
        foreach (var (name, urls) in Endpoints(probes))
        {
            worst = Math.Max(worst, Time(client, name, urls, output));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"slowest p95: {worst:0.0} ms (target < 200 ms)"));
        app.StopAsync().GetAwaiter().GetResult();
        return ExitCodes.Success;
    }

    private static void Build(string path, int count, IEnumerable<SourceDocument> seedArticles, AtalayaResources resources, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        var pipeline = StandardPipeline.Create(resources);
        var seeds = seedArticles.Select(d => ContractMapper.ToContract(pipeline.Analyze(d))).ToList();
        using (var store = SqliteDocumentStore.Open(path))
        {
            using (var run = store.BeginRun($"bench --serve {count}"))
            {
                foreach (var document in new SyntheticCorpus(seeds).Generate(count))
                {
                    run.Add(document);
                }

                run.Complete();
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stored {count} synthetic documents in {clock.Elapsed.TotalSeconds:0} s"));
            clock.Restart();
            store.Consolidate();
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"consolidated into the corpus tables in {clock.Elapsed.TotalSeconds:0} s"));
    }

    /// <summary>Each API call and each page (its static file plus the API calls it makes), with their URL variations.</summary>
    private static IEnumerable<(string Name, IReadOnlyList<string[]> Requests)> Endpoints(Probes p)
    {
        var filters = p.FilterQueries;
        static string[][] One(IEnumerable<string> urls) => [.. urls.Select(u => new[] { u })];
        yield return ("GET /api/filters", One(["/api/filters"]));
        yield return ("GET /api/overview", One(filters.Select(f => "/api/overview" + f)));
        yield return ("GET /api/events", One(filters.SelectMany(f => new[] { "/api/events" + f, "/api/events" + Join(f, "sort=-fatalities&page=3") })));
        yield return ("GET /api/events/{id}", One(p.EventIds.Select(id => "/api/events/" + id)));
        yield return ("GET /api/events.csv (one state+month)", One(p.States.Take(3).Select(s => $"/api/events.csv?state={Uri.EscapeDataString(s)}&from={p.Month}-01&to={p.Month}-28")));
        yield return ("GET /api/events.geojson (one month)", One([$"/api/events.geojson?from={p.Month}-01&to={p.Month}-28"]));
        yield return ("GET /api/entities", One(["/api/entities", "/api/entities?type=ORG", "/api/entities?q=cart", "/api/entities?q=town%201&page=2", "/api/entities?type=PER&q=a"]));
        yield return ("GET /api/entities/{id}", One(p.EntityIds.Select(id => "/api/entities/" + id)));
        yield return ("GET /api/stories", One(filters.Select(f => "/api/stories" + f)));
        yield return ("GET /api/stories/{id}", One(p.StoryIds.Select(id => "/api/stories/" + id)));
        yield return ("GET /api/documents", One(filters.Select(f => "/api/documents" + f)));
        yield return ("GET /api/documents/{id}", One(p.DocumentIds.Select(id => "/api/documents/" + id)));
        yield return ("GET /api/claims", One(["/api/claims", .. p.EntityIds.Take(5).Select(id => "/api/claims?subject=" + id)]));
        yield return ("GET /api/conflicts", One(["/api/conflicts", .. p.EntityIds.Take(5).Select(id => "/api/conflicts?subject=" + id)]));
        yield return ("GET /api/search", One(p.SearchWords.Select(w => "/api/search?q=" + Uri.EscapeDataString(w))));
        yield return ("GET /openapi", One(["/openapi"]));
        yield return ("page / (overview)", [.. filters.Select(f => new[] { "/", "/api/filters", "/api/overview" + f })]);
        yield return ("page /events.html", [.. filters.Select(f => new[] { "/events.html", "/api/filters", "/api/events" + f })]);
        yield return ("page /event.html", [.. p.EventIds.Select(id => new[] { "/event.html", "/api/events/" + id })]);
        yield return ("page /entity.html", [.. p.EntityIds.Select(id => new[] { "/entity.html", "/api/entities/" + id })]);
        yield return ("page /stories.html", [.. filters.Select(f => new[] { "/stories.html", "/api/filters", "/api/stories" + f })]);
        yield return ("page /story.html", [.. p.StoryIds.Select(id => new[] { "/story.html", "/api/stories/" + id })]);
        yield return ("page /search.html", [.. p.SearchWords.Select(w => new[] { "/search.html", "/api/search?q=" + Uri.EscapeDataString(w) })]);
    }

    private static string Join(string query, string more) => query.Length == 0 ? "?" + more : query + "&" + more;

    /// <summary>Times the requests (a page's requests one after another, as a sum), cycling through the variations; returns p95.</summary>
    private static double Time(HttpClient client, string name, IReadOnlyList<string[]> requests, TextWriter output)
    {
        // One untimed round so that first-call compilation is not counted.
        foreach (var urls in requests.Take(3))
        {
            Fetch(client, urls);
        }

        var times = new List<double>(RequestsPerEndpoint);
        long bytes = 0;
        for (var i = 0; i < RequestsPerEndpoint; i++)
        {
            var clock = Stopwatch.StartNew();
            bytes = Math.Max(bytes, Fetch(client, requests[i % requests.Count]));
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        var p50 = times[(int)(times.Count * 0.50)];
        var p95 = times[(int)Math.Ceiling(times.Count * 0.95) - 1];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-34} {p50,8:0.0} {p95,8:0.0} {times[^1],8:0.0} {bytes,10}"));
        return p95;
    }

    private static long Fetch(HttpClient client, string[] urls)
    {
        long bytes = 0;
        foreach (var url in urls)
        {
            using var response = client.GetAsync(new Uri(url, UriKind.Relative)).GetAwaiter().GetResult();
            var body = response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
            if (!response.IsSuccessStatusCode && !url.EndsWith(".html", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{url}: HTTP {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(body)}");
            }

            bytes += body.Length;
        }

        return bytes;
    }

    /// <summary>Real ids and values of the database to ask for: states, a busy actor, events, entities, stories, words.</summary>
    private sealed record Probes(
        long Documents, long Events, long Entities, long Stories,
        IReadOnlyList<string> States, IReadOnlyList<string> Types, string Month, string? Actor,
        IReadOnlyList<string> EventIds, IReadOnlyList<string> EntityIds, IReadOnlyList<string> StoryIds, IReadOnlyList<string> DocumentIds, IReadOnlyList<string> SearchWords)
    {
        public IReadOnlyList<string> FilterQueries
        {
            get
            {
                var state = Uri.EscapeDataString(States.Count > 0 ? States[0] : "none");
                var type = Uri.EscapeDataString(Types.Count > 0 ? Types[0] : "none");
                return
                [
                    "",
                    $"?state={state}",
                    $"?type={type}",
                    $"?from={Month}-01&to={Month}-28",
                    $"?actor={Actor ?? "E1"}",
                    "?language=en",
                    $"?state={state}&type={type}&from={Month[..4]}-01-01&to={Month[..4]}-12-31",
                    $"?actor={Actor ?? "E1"}&language=es&from={Month[..4]}-01-01",
                ];
            }
        }

        public static Probes Read(string path)
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            List<string> Strings(string sql)
            {
                using var command = connection.CreateCommand();
                command.CommandText = sql;
                using var reader = command.ExecuteReader();
                var values = new List<string>();
                while (reader.Read())
                {
                    values.Add(reader.GetString(0));
                }

                return values;
            }

            long Count(string table) => long.Parse(Strings($"SELECT CAST(COUNT(*) AS TEXT) FROM {table}")[0], CultureInfo.InvariantCulture);
            var month = Strings("SELECT substr(MAX(date), 1, 7) FROM corpus_events WHERE length(date) = 10").FirstOrDefault() ?? "2026-01";
            return new Probes(
                Count("documents"), Count("corpus_events"), Count("corpus_entities"), Count("corpus_stories"),
                Strings("SELECT admin1 FROM corpus_events WHERE admin1 IS NOT NULL GROUP BY admin1 ORDER BY COUNT(*) DESC LIMIT 5"),
                Strings("SELECT type FROM corpus_events GROUP BY type ORDER BY COUNT(*) DESC LIMIT 3"),
                month,
                Strings("SELECT entity_id FROM corpus_event_actors GROUP BY entity_id ORDER BY COUNT(*) DESC LIMIT 1").FirstOrDefault(),
                Strings("SELECT id FROM corpus_events ORDER BY (seq * 7919) % 1009 LIMIT 40"),
                [.. Strings("SELECT entity_id FROM corpus_event_actors GROUP BY entity_id ORDER BY COUNT(*) DESC LIMIT 5"), .. Strings("SELECT id FROM corpus_entities ORDER BY (seq * 7919) % 1009 LIMIT 35")],
                Strings("SELECT id FROM corpus_stories ORDER BY documents DESC LIMIT 5").Concat(Strings("SELECT id FROM corpus_stories ORDER BY (seq * 7919) % 1009 LIMIT 35")).ToList(),
                Strings("SELECT document_id FROM corpus_documents ORDER BY (seq * 7919) % 1009 LIMIT 40"),
                ["policía", "soldiers killed", "cartel", "Sinaloa", "drones explosivos", "w12345", "Town 123", "familias", "emboscada", "Guardia Nacional"]);
        }
    }
}
