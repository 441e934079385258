using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Atalaya.Cli.Tests.Postgres;

/// <summary>
/// Every command that takes --db, run as the real program on a real PostgreSQL server the tests start
/// (one new database per test): what it stores and shows, what it says when the server is wrong, and
/// that the same articles give the same export as a SQLite file.
/// </summary>
[Collection(UsesPostgresServer.Name)]
public sealed class PostgresCommandsTests(PostgresServer server) : IDisposable
{
    private readonly TempFolder temp = new();

    // Ingest loads the models and connects to the server: generous on a busy machine.
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task Ingest_stores_the_articles_on_the_server_and_status_counts_them_by_language()
    {
        var (uri, shown) = NewDatabase();

        var ingest = await Run(["ingest", PostgresArticles.Write(temp), "--db", uri]);
        var status = await Run(["status", "--db", uri]);

        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        Assert.Contains($"{PostgresArticles.Count} stored, 0 already stored", ingest.StdErr, StringComparison.Ordinal);
        Assert.Contains($"{PostgresArticles.Count} documents in {shown}", ingest.StdErr, StringComparison.Ordinal);
        Assert.True(status.ExitCode == 0, status.ToString());
        Assert.Contains($"database       {shown}", status.StdOut, StringComparison.Ordinal);
        Assert.Contains($"documents      {PostgresArticles.Count} (", status.StdOut, StringComparison.Ordinal);
        Assert.Contains("es 1", status.StdOut, StringComparison.Ordinal);
        Assert.Contains("de 1", status.StdOut, StringComparison.Ordinal);
        Assert.Contains("runs           1", status.StdOut, StringComparison.Ordinal);
        AssertNoPassword(ingest, status);
    }

    [Fact]
    public async Task A_second_ingest_of_the_same_articles_stores_nothing_again()
    {
        var (uri, _) = NewDatabase();
        var articles = PostgresArticles.Write(temp);

        var first = await Run(["ingest", articles, "--db", uri]);
        var second = await Run(["ingest", articles, "--db", uri]);
        var status = await Run(["status", "--db", uri]);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains($"0 stored, {PostgresArticles.Count} already stored", second.StdErr, StringComparison.Ordinal);
        Assert.Contains($"documents      {PostgresArticles.Count} (", status.StdOut, StringComparison.Ordinal);
        Assert.Contains("runs           2", status.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ingest_that_reads_nothing_keeps_the_server_database_and_says_it_holds_nothing()
    {
        var (uri, shown) = NewDatabase();
        var folder = temp.Folder("only-pdf");
        await File.WriteAllBytesAsync(Path.Combine(folder, "informe.pdf"), "%PDF-1.7\n"u8.ToArray());

        var ingest = await Run(["ingest", folder, "--db", uri]);
        var status = await Run(["status", "--db", uri]);

        Assert.True(ingest.ExitCode == 2, ingest.ToString());
        Assert.Contains($"0 documents in {shown}", ingest.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("no database created", ingest.StdErr, StringComparison.Ordinal);
        Assert.True(status.ExitCode == 0, status.ToString());
        Assert.Contains("documents      0", status.StdOut, StringComparison.Ordinal);
        AssertNoPassword(ingest, status);
    }

    [Fact]
    public async Task Atalaya_db_names_the_server_when_no_db_option_is_given()
    {
        var (uri, shown) = NewDatabase();
        var environment = new Dictionary<string, string> { ["ATALAYA_DB"] = uri };

        var ingest = await Run(["ingest", PostgresArticles.Write(temp)], environment);
        var status = await Run(["status"], environment);

        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        Assert.Contains($"documents in {shown}", ingest.StdErr, StringComparison.Ordinal);
        Assert.True(status.ExitCode == 0, status.ToString());
        Assert.Contains($"database       {shown}", status.StdOut, StringComparison.Ordinal);

        // Nothing fell back on a file in the working folder.
        Assert.False(File.Exists(temp.File("atalaya.db")));
        AssertNoPassword(ingest, status);
    }

    [Fact]
    public async Task Export_json_writes_every_stored_document_with_its_text()
    {
        var (uri, _) = NewDatabase();
        await Ingest(PostgresArticles.Write(temp), uri);
        var output = temp.File("export.json");

        var export = await Run(["export", "--format", "json", "--db", uri, "--out", output]);

        Assert.True(export.ExitCode == 0, export.ToString());
        var json = await File.ReadAllTextAsync(output);
        Assert.Contains("Tacámbaro", json, StringComparison.Ordinal);
        Assert.Contains("Vila Aurora", json, StringComparison.Ordinal);
        Assert.Contains("Lagerhallen", json, StringComparison.Ordinal);
        using var corpus = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal(PostgresArticles.Count, corpus.RootElement.GetProperty("documents").GetArrayLength());
    }

    [Fact]
    public async Task The_same_articles_give_a_byte_identical_json_export_from_sqlite_and_from_postgresql()
    {
        var articles = PostgresArticles.Write(temp);
        var (uri, _) = NewDatabase();
        var file = temp.File("same.db");
        await Ingest(articles, uri);
        await Ingest(articles, file);

        var fromServer = temp.File("postgres.json");
        var fromFile = temp.File("sqlite.json");
        var serverExport = await Run(["export", "--format", "json", "--db", uri, "--out", fromServer]);
        var fileExport = await Run(["export", "--format", "json", "--db", file, "--out", fromFile]);

        Assert.True(serverExport.ExitCode == 0, serverExport.ToString());
        Assert.True(fileExport.ExitCode == 0, fileExport.ToString());
        var expected = await File.ReadAllBytesAsync(fromFile);
        var actual = await File.ReadAllBytesAsync(fromServer);
        Assert.True(expected.Length > 1000, "the SQLite export holds the articles");
        Assert.True(expected.AsSpan().SequenceEqual(actual), FirstDifference(expected, actual));
    }

    [Fact]
    public async Task A_wrong_password_gives_one_line_naming_the_uri_without_any_password()
    {
        var database = server.CreateDatabase();
        const string Wrong = "not-the-password-7731";
        var uri = string.Create(CultureInfo.InvariantCulture, $"postgresql://{PostgresServer.User}:{Wrong}@127.0.0.1:{server.Port}/{database}");
        var shown = string.Create(CultureInfo.InvariantCulture, $"postgresql://{PostgresServer.User}@127.0.0.1:{server.Port}/{database}");
        var articles = PostgresArticles.Write(temp);

        foreach (var args in new[] { ["ingest", articles], new[] { "status" }, ["export", "--format", "json"] })
        {
            var result = await Run([.. args, "--db", uri]);

            Assert.True(result.ExitCode == 2, result.ToString());
            var line = Assert.Single(result.ErrorLines);
            Assert.Contains(shown, line, StringComparison.Ordinal);
            Assert.Contains("password authentication failed", line, StringComparison.Ordinal);
            Assert.DoesNotContain(Wrong, result.StdErr + result.StdOut, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_unreachable_server_gives_one_line_naming_the_uri_without_its_password()
    {
        var port = UnusedPort();
        const string Secret = "secret-never-shown-4410";
        var uri = string.Create(CultureInfo.InvariantCulture, $"postgresql://analyst:{Secret}@127.0.0.1:{port}/atalaya");
        var shown = string.Create(CultureInfo.InvariantCulture, $"postgresql://analyst@127.0.0.1:{port}/atalaya");
        var articles = PostgresArticles.Write(temp);

        foreach (var args in new[] { ["ingest", articles], new[] { "status" }, ["export", "--format", "json"], ["stories"] })
        {
            var result = await Run([.. args, "--db", uri]);

            Assert.True(result.ExitCode == 2, result.ToString());
            var line = Assert.Single(result.ErrorLines);
            Assert.Contains(shown, line, StringComparison.Ordinal);
            Assert.DoesNotContain(Secret, result.StdErr + result.StdOut, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Reading_commands_refuse_a_database_nobody_filled_and_leave_it_empty()
    {
        var (uri, shown) = NewDatabase();

        foreach (var args in new[] { new[] { "status" }, ["export", "--format", "json"], ["stories"], ["entity", "x"], ["conflicts"] })
        {
            var result = await Run([.. args, "--db", uri]);

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains($"{shown}: no such database", result.StdErr, StringComparison.Ordinal);
            AssertNoPassword(result);
        }

        // Still no schema: a later ingest is the first to write, and counts one run.
        var ingest = await Ingest(PostgresArticles.Write(temp), uri);
        var status = await Run(["status", "--db", uri]);
        Assert.Contains("runs           1", status.StdOut, StringComparison.Ordinal);
        AssertNoPassword(ingest);
    }

    // stories, entity and conflicts read through the workbench's queries, as the workbench does.

    [Fact]
    public async Task Stories_lists_the_translated_pair_as_one_story_in_two_languages()
    {
        var (uri, _) = NewDatabase();
        await Ingest(PostgresArticles.Write(temp), uri);

        var result = await Run(["stories", "--db", uri]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("languages en, es", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("emboscada-es", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("ambush-en", result.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("armas-pt", result.StdOut, StringComparison.Ordinal);
        AssertNoPassword(result);
    }

    [Fact]
    public async Task Entity_finds_a_place_by_its_name_without_accents()
    {
        var (uri, _) = NewDatabase();
        await Ingest(PostgresArticles.Write(temp), uri);

        var found = await Run(["entity", "TACAMBARO", "--db", uri]);
        var missing = await Run(["entity", "Nadie Inexistente", "--db", uri]);

        Assert.True(found.ExitCode == 0, found.ToString());
        Assert.Contains("LOC", found.StdOut, StringComparison.Ordinal);
        Assert.Contains("emboscada-es", found.StdOut, StringComparison.Ordinal);
        Assert.Contains("ambush-en", found.StdOut, StringComparison.Ordinal);
        Assert.True(missing.ExitCode == 2, missing.ToString());
        Assert.Contains("no entity named", missing.StdOut, StringComparison.Ordinal);
        AssertNoPassword(found, missing);
    }

    [Fact]
    public async Task Summary_commands_print_the_same_lines_from_sqlite_and_from_postgresql()
    {
        var articles = PostgresArticles.Write(temp);
        var (uri, _) = NewDatabase();
        var file = temp.File("same.db");
        await Ingest(articles, uri);
        await Ingest(articles, file);

        foreach (var args in new[] { new[] { "stories", "--all" }, ["entity", "Evaristo Lucio Anaya"], ["conflicts"] })
        {
            var fromServer = await Run([.. args, "--db", uri]);
            var fromFile = await Run([.. args, "--db", file]);

            Assert.True(fromFile.ExitCode == 0, fromFile.ToString());
            Assert.True(fromServer.ExitCode == 0, fromServer.ToString());
            Assert.Equal(fromFile.StdOut, fromServer.StdOut);
            AssertNoPassword(fromServer);
        }
    }

    [Fact]
    public async Task Serve_answers_over_the_server_database_atalaya_db_names_and_never_shows_the_password()
    {
        var (uri, shown) = NewDatabase();
        await Ingest(PostgresArticles.Write(temp), uri);

        using var serve = AtalayaCli.Start(["serve", "--urls", "http://127.0.0.1:0"], temp.Path, new Dictionary<string, string> { ["ATALAYA_DB"] = uri });
        var errors = serve.StandardError.ReadToEndAsync();
        string? first;
        string stories;
        try
        {
            first = await serve.StandardOutput.ReadLineAsync().WaitAsync(Generous);
            var url = System.Text.RegularExpressions.Regex.Match(first ?? "", @"http://127\.0\.0\.1:\d+").Value;
            if (url.Length == 0)
            {
                // No address: the server stopped; what it said explains why.
                await serve.WaitForExitAsync().WaitAsync(Generous);
                Assert.Fail($"serve printed no address: {first}\n{await errors}");
            }

            using var client = new HttpClient { BaseAddress = new Uri(url), Timeout = Generous };
            stories = await client.GetStringAsync(new Uri("/api/stories", UriKind.Relative));
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            await serve.WaitForExitAsync();
        }

        Assert.Contains($"(database {shown})", first, StringComparison.Ordinal);
        Assert.Contains("Tacambaro", stories, StringComparison.Ordinal);
        Assert.DoesNotContain(server.Password, first + await errors, StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();

    /// <summary>A new empty database: its URI (with the password) and the form messages show.</summary>
    private (string Uri, string Shown) NewDatabase()
    {
        var database = server.CreateDatabase();
        return (server.Uri(database), string.Create(CultureInfo.InvariantCulture, $"postgresql://{PostgresServer.User}@127.0.0.1:{server.Port}/{database}"));
    }

    private async Task<CliResult> Ingest(string articles, string location)
    {
        var result = await Run(["ingest", articles, "--db", location]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    /// <summary>Runs in the test's own folder, so that a fallback on ./atalaya.db would show there.</summary>
    private Task<CliResult> Run(string[] args, IReadOnlyDictionary<string, string>? environment = null)
        => AtalayaCli.RunAsync(args, timeout: Generous, workingDirectory: temp.Path, environment: environment);

    private void AssertNoPassword(params CliResult[] results)
    {
        foreach (var result in results)
        {
            Assert.DoesNotContain(server.Password, result.StdOut + result.StdErr, StringComparison.Ordinal);
        }
    }

    /// <summary>A port of 127.0.0.1 nothing listens on (taken and given back at once).</summary>
    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FirstDifference(byte[] expected, byte[] actual)
    {
        var length = Math.Min(expected.Length, actual.Length);
        var at = 0;
        while (at < length && expected[at] == actual[at])
        {
            at++;
        }

        string Around(byte[] bytes) => System.Text.Encoding.UTF8.GetString(bytes, Math.Max(0, at - 120), Math.Min(bytes.Length, at + 120) - Math.Max(0, at - 120));
        return $"exports differ at byte {at} (SQLite {expected.Length} bytes, PostgreSQL {actual.Length}):\nSQLite: {Around(expected)}\nPostgreSQL: {Around(actual)}";
    }
}
