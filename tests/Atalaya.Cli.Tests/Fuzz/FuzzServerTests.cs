using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Atalaya.Cli.Tests.Fuzz;

/// <summary>
/// Fuzz suite against a real 'atalaya serve': bad bodies for POST /api/documents (broken and mistyped JSON, bad
/// encodings, NUL and control characters, deep nesting, a body over the limit) mixed with good articles. Every bad
/// body gets a 4xx problem (never a 5xx), every good one is stored and found, the server logs no failure and the
/// database stays whole.
/// </summary>
public sealed partial class FuzzServerTests(ITestOutputHelper log)
{
    private const string Key = "fuzz-key-20261207";

    [Fact]
    public async Task Posted_documents()
    {
        var clock = Stopwatch.StartNew();
        using var temp = new TempFolder();
        var random = new Random(FuzzSuite.Seed + 4);
        var articles = new FuzzArticles.Maker(random, 400_000);
        var database = temp.File("server.db");
        var seed = await AtalayaCli.RunAsync(["ingest", "--db", database, temp.Write("primera.txt", articles.Next())], timeout: FuzzRunner.RunLimit);
        Assert.True(seed.ExitCode == 0, seed.ToString());
        var bodies = FuzzBodies.Make(random, articles, 480);

        var findings = new FuzzFindings();
        var serverLog = new StringBuilder();
        var environment = new Dictionary<string, string>(FuzzRunner.Environment) { ["ATALAYA_API_KEY"] = Key };
        using var server = AtalayaCli.Start(["serve", "--db", database, "--urls", "http://127.0.0.1:0"], environment: environment);
        var stderr = server.StandardError.ReadToEndAsync();
        try
        {
            var line = await server.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(2));
            // Bodies wait for the server's go-ahead as long as it takes on a busy machine (the default is one second).
            using var handler = new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromMinutes(1) };
            using var client = new HttpClient(handler) { BaseAddress = new Uri(Address().Match(line ?? "").Value), Timeout = FuzzRunner.RunLimit };
            var stored = new List<string>();
            foreach (var body in bodies)
            {
                await PostAsync(client, body, findings, stored);
            }

            var tooLarge = new FuzzBody("body-over-32-MB", JsonSerializer.SerializeToUtf8Bytes(new { text = FuzzFiles.Repeat("Texto de relleno. ", 2_000_000) }), Good: false);
            await PostAsync(client, tooLarge, findings, stored, expected: HttpStatusCode.RequestEntityTooLarge);

            foreach (var id in stored)
            {
                using var found = await client.GetAsync(new Uri($"/api/documents/{Uri.EscapeDataString(id)}", UriKind.Relative));
                if (found.StatusCode != HttpStatusCode.OK)
                {
                    findings.Add("good", $"GET /api/documents/{id}: {(int)found.StatusCode} after it was stored");
                }
            }
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }

        var logged = await stderr;
        foreach (var failure in logged.Split('\n').Where(l => l.StartsWith("fail:", StringComparison.Ordinal) || l.Contains("Unhandled exception", StringComparison.Ordinal)).Take(3))
        {
            findings.Add("server-log", failure);
        }

        if (Database.Rows(database, "PRAGMA integrity_check") is not ["ok"])
        {
            findings.Add("database", "integrity_check is not ok after the posts");
        }

        var good = bodies.Count(b => b.Good);
        Assert.True(Database.Count(database, "SELECT COUNT(*) FROM documents") == 1 + good || findings.Count > 0, "the good posts are not all stored");
        log.WriteLine($"fuzz server: {bodies.Count + 1} bodies ({good} good) in {bodies.Select(b => b.Class).Distinct().Count() + 1} classes, {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(findings.Count == 0, $"fuzz server (seed {FuzzSuite.Seed}): {findings.Count} finding(s) over {bodies.Count + 1} bodies\n{findings.Summary()}");
    }

    private static async Task PostAsync(HttpClient client, FuzzBody body, FuzzFindings findings, List<string> stored, HttpStatusCode? expected = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/documents", UriKind.Relative)) { Content = new ByteArrayContent(body.Json) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Api-Key", Key);

        // The client waits for the go-ahead, so a body the server refuses unread is not sent into a closed connection.
        request.Headers.ExpectContinue = true;
        using var response = await client.SendAsync(request);
        var status = (int)response.StatusCode;
        var answer = await response.Content.ReadAsStringAsync();
        if (body.Good)
        {
            if (response.StatusCode != HttpStatusCode.Created)
            {
                findings.Add("good", $"{status} for a good article: {FuzzFindings.Printable(answer[..Math.Min(200, answer.Length)])}");
                return;
            }

            stored.Add(JsonDocument.Parse(answer).RootElement.GetProperty("id").GetString()!);
        }
        else if (status is < 400 or >= 500 || (expected is { } wanted && response.StatusCode != wanted))
        {
            findings.Add(body.Class, $"{status} (expected {(expected is null ? "a 4xx" : ((int)expected).ToString(System.Globalization.CultureInfo.InvariantCulture))}): {FuzzFindings.Printable(answer[..Math.Min(200, answer.Length)])}");
        }
        else if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            findings.Add(body.Class, $"{status} without a problem+json body");
        }
    }

    [GeneratedRegex(@"http://[^\s,]+")]
    private static partial Regex Address();
}
