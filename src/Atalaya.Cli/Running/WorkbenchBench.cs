using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Atalaya.Core.Contract;
using Atalaya.Core.Documents;
using Atalaya.Core.Pipeline;
using Atalaya.Core.Resources;
using Atalaya.Core.Synthetic;
using Atalaya.Storage;
using Atalaya.Storage.Workbench;
using Atalaya.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

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
        if (!DocumentStores.Exists(path))
        {
            Build(path, count, seedArticles, resources, output);
        }
        else
        {
            output.WriteLine($"reusing {DocumentStores.Display(path)}");
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
                DocumentStores.Delete(path);
            }
        }
    }

    private static int Serve(string path, AtalayaResources resources, TextWriter output)
    {
        using var app = WorkbenchServer.Build(new WorkbenchOptions { DatabasePath = path, Urls = "http://127.0.0.1:0", DataDirectory = resources.DataDirectory });
        app.StartAsync().GetAwaiter().GetResult();
        var address = app.Urls.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        var probes = new Probes(app.Services.GetRequiredService<IWorkbenchQueries>().Sample());
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"workbench on {address}: {probes.Sample.Documents} documents, {probes.Sample.Events} events, {probes.Sample.Entities} entities, {probes.Sample.Stories} stories; {RequestsPerEndpoint} requests per line, one at a time"));
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
        using (var store = DocumentStores.Open(path))
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

    /// <summary>Real ids and values of the database to ask for (states, a busy actor, events, entities, stories), and words to search.</summary>
    private sealed record Probes(WorkbenchSample Sample)
    {
        public IReadOnlyList<string> States => Sample.States;

        public string Month => Sample.Month;

        public IReadOnlyList<string> EventIds => Sample.EventIds;

        public IReadOnlyList<string> EntityIds => Sample.EntityIds;

        public IReadOnlyList<string> StoryIds => Sample.StoryIds;

        public IReadOnlyList<string> DocumentIds => Sample.DocumentIds;

        public IReadOnlyList<string> SearchWords { get; } =
            ["policía", "soldiers killed", "cartel", "Sinaloa", "drones explosivos", "w12345", "Town 123", "familias", "emboscada", "Guardia Nacional"];

        public IReadOnlyList<string> FilterQueries
        {
            get
            {
                var state = Uri.EscapeDataString(Sample.States.Count > 0 ? Sample.States[0] : "none");
                var type = Uri.EscapeDataString(Sample.Types.Count > 0 ? Sample.Types[0] : "none");
                var actor = Sample.Actor ?? "E1";
                return
                [
                    "",
                    $"?state={state}",
                    $"?type={type}",
                    $"?from={Month}-01&to={Month}-28",
                    $"?actor={actor}",
                    "?language=en",
                    $"?state={state}&type={type}&from={Month[..4]}-01-01&to={Month[..4]}-12-31",
                    $"?actor={actor}&language=es&from={Month[..4]}-01-01",
                ];
            }
        }
    }
}
