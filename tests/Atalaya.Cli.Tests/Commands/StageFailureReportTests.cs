using System.Text.Json;

namespace Atalaya.Cli.Tests.Commands;

/// <summary>
/// A stage that throws on one document is never hidden: it is named on standard error, counted in
/// the summary line, kept in the contract ("errors") and in the database (failed_stages, shown by
/// status), and --strict turns it into exit code 3. The events stage is made to throw on purpose
/// (ATALAYA_FAIL_STAGE) on the documents that carry a marker word.
/// </summary>
public sealed class StageFailureReportTests
{
    private const string Marker = "XQZFALLO";

    private static readonly Dictionary<string, string> FailEvents = new() { ["ATALAYA_FAIL_STAGE"] = $"events:{Marker}" };

    [Fact]
    public async Task Extract_names_the_failure_counts_it_in_the_summary_and_keeps_it_in_the_json()
    {
        using var temp = new TempFolder();
        var folder = Write(temp);
        var output = temp.File("corpus.json");

        var result = await AtalayaCli.RunAsync(["extract", "--json", "--out", output, folder], environment: FailEvents);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("stage 'events' failed on document 'nota-rota-1'", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("3 documents, 0 inputs failed; 2 documents with a failed stage: events ×2 (claims skipped ×2)", result.StdErr, StringComparison.Ordinal);
        var documents = Json.Documents(Json.Parse(await File.ReadAllTextAsync(output)));
        var broken = documents.Single(d => Json.Text(d, "id") == "nota-rota-1");
        Assert.StartsWith("events: ", broken.GetProperty("errors")[0].GetString(), StringComparison.Ordinal);
        var sound = documents.Single(d => Json.Text(d, "id") == "sana");
        Assert.Equal(JsonValueKind.Null, sound.GetProperty("errors").ValueKind);
        Assert.NotEmpty(sound.GetProperty("events").EnumerateArray());
    }

    [Fact]
    public async Task Strict_makes_extract_exit_3_when_a_stage_failed_and_0_when_none_did()
    {
        using var temp = new TempFolder();
        var folder = Write(temp);

        var failed = await AtalayaCli.RunAsync(["extract", "--json", "--strict", "--out", temp.File("a.json"), folder], environment: FailEvents);
        var clean = await AtalayaCli.RunAsync(["extract", "--json", "--strict", "--out", temp.File("b.json"), folder]);

        Assert.True(failed.ExitCode == 3, failed.ToString());
        Assert.True(File.Exists(temp.File("a.json")), "the output is written all the same");
        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.DoesNotContain("failed stage", clean.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_stores_the_failures_status_shows_them_and_strict_exits_3()
    {
        using var temp = new TempFolder();
        var folder = Write(temp);
        var db = temp.File("atalaya.db");

        var result = await AtalayaCli.RunAsync(["ingest", "--strict", folder, "--db", db], environment: FailEvents);

        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.Contains("0 inputs failed; 2 documents with a failed stage: events ×2 (claims skipped ×2); 3 documents in", result.StdErr, StringComparison.Ordinal);
        Assert.Equal(
            ["nota-rota-1\tevents\t0", "nota-rota-1\tclaims\t1", "nota-rota-2\tevents\t0", "nota-rota-2\tclaims\t1"],
            Database.Rows(db, "SELECT document_id, stage, skipped FROM failed_stages ORDER BY document_id, id"));
        Assert.Equal(3, Database.Count(db, "SELECT COUNT(*) FROM documents"));

        var status = await AtalayaCli.RunAsync("status", "--db", db);

        Assert.True(status.ExitCode == 0, status.ToString());
        Assert.Contains("failed stages  2 documents: events ×2", status.StdOut, StringComparison.Ordinal);
        Assert.Contains("stage 'events' failed on document 'nota-rota-2'", status.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_of_a_clean_database_says_none_and_of_a_missing_one_exits_2()
    {
        using var temp = new TempFolder();
        var db = temp.File("atalaya.db");
        var ingest = await AtalayaCli.RunAsync("ingest", Write(temp), "--db", db);
        Assert.True(ingest.ExitCode == 0, ingest.ToString());

        var status = await AtalayaCli.RunAsync("status", "--db", db);
        var missing = await AtalayaCli.RunAsync("status", "--db", temp.File("none.db"));

        Assert.True(status.ExitCode == 0, status.ToString());
        Assert.Contains("documents      3", status.StdOut, StringComparison.Ordinal);
        Assert.Contains("failed stages  none", status.StdOut, StringComparison.Ordinal);
        Assert.True(missing.ExitCode == 2, missing.ToString());
        Assert.False(File.Exists(temp.File("none.db")), "status must not create a database");
    }

    /// <summary>Two articles with the marker (Spanish, Portuguese) and one without (English).</summary>
    [Fact]
    public async Task A_document_posted_to_the_server_keeps_its_failed_stage_in_the_database()
    {
        using var temp = new TempFolder();
        var db = temp.File("servidor.db");
        var ingest = await AtalayaCli.RunAsync(["ingest", "--db", db, Path.Combine(Write(temp), "sana.txt")]);
        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        var environment = new Dictionary<string, string>(FailEvents) { ["ATALAYA_API_KEY"] = "clave-de-prueba" };

        using var server = AtalayaCli.Start(["serve", "--db", db, "--urls", "http://127.0.0.1:0"], environment: environment);
        try
        {
            var line = await server.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(2));
            var url = System.Text.RegularExpressions.Regex.Match(line ?? "", @"http://127\.0\.0\.1:\d+").Value;
            Assert.False(string.IsNullOrEmpty(url), line);
            using var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(3) };
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/documents", UriKind.Relative))
            {
                Content = new StringContent(JsonSerializer.Serialize(new { text = $"Hombres armados asesinaron a dos guardias el lunes en Zamora, Michoacán. {Marker}" }), System.Text.Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("X-Api-Key", "clave-de-prueba");
            using var response = await client.SendAsync(request);

            Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }

        Assert.Equal(1, Database.Count(db, "SELECT COUNT(*) FROM failed_stages WHERE stage = 'events' AND skipped = 0"));
    }

    private static string Write(TempFolder temp)
    {
        var folder = temp.Folder("notas");
        File.WriteAllText(Path.Combine(folder, "nota-rota-1.txt"), $"Hombres armados asesinaron a tres policías el martes en Zamora, Michoacán. {Marker}\n");
        File.WriteAllText(Path.Combine(folder, "nota-rota-2.txt"), $"Criminosos mataram dois guardas na sexta-feira em Recife, Pernambuco. {Marker}\n");
        File.WriteAllText(Path.Combine(folder, "sana.txt"), "Gunmen killed four police officers on Tuesday in Culiacán, Sinaloa, the state prosecutor said.\n");
        return folder;
    }
}
