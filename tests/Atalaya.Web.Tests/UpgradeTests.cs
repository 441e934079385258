using System.Net;
using System.Text;
using Atalaya.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;

namespace Atalaya.Web.Tests;

/// <summary>
/// A database written by schema version 3 (Fixtures/README.md) is upgraded in place when it is opened:
/// one schema version, the workbench's tables made by the store's migrations and filled from the corpus
/// rows, which are all kept; the workbench then answers on it and takes new documents.
/// </summary>
public sealed class UpgradeTests : IDisposable
{
    private const string Key = "upgrade-test-key";

    /// <summary>The tables whose rows the upgrade must keep as they were.</summary>
    private static readonly string[] KeptTables =
    [
        "runs", "documents", "failed_sources", "failed_stages", "corpus_documents", "corpus_entities", "corpus_entity_documents", "corpus_events",
        "corpus_event_documents", "corpus_event_actors", "corpus_stories", "corpus_claims", "corpus_conflicts", "corpus_document_links",
    ];

    private readonly TempFolder folder = new();
    private readonly List<WebApplication> apps = [];

    [Theory]
    [InlineData("version3.db")]
    [InlineData("version3-served.db")]
    public async Task A_version_3_database_is_upgraded_in_place_and_keeps_every_row(string fixture)
    {
        var path = Copy(fixture);
        Assert.Equal(["3"], Strings(path, "SELECT version FROM schema_info"));
        var before = KeptTables.ToDictionary(t => t, t => Strings(path, $"SELECT * FROM {t} ORDER BY 1, 2"));
        Assert.NotEmpty(before["documents"]);
        Assert.NotEmpty(before["corpus_events"]);

        var client = Start(path, apiKey: null);

        Assert.Equal([SqliteSchema.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)], Strings(path, "SELECT version FROM schema_info"));
        Assert.Empty(Strings(path, "SELECT name FROM sqlite_master WHERE name = 'web_info'"));
        foreach (var table in KeptTables)
        {
            Assert.Equal(before[table], Strings(path, $"SELECT * FROM {table} ORDER BY 1, 2"));
        }

        Assert.Equal(Strings(path, "SELECT id FROM corpus_events ORDER BY id"), Strings(path, "SELECT id FROM web_events ORDER BY id"));
        Assert.Equal(Strings(path, "SELECT seq FROM documents ORDER BY seq"), Strings(path, "SELECT seq FROM web_documents ORDER BY seq"));
        Assert.Empty(Strings(path, "SELECT id FROM web_names WHERE folded IS NULL"));

        Assert.Equal(3, (await client.Json("/api/documents")).GetProperty("total").GetInt64());
        Assert.Equal(2, (await client.Json("/api/search?q=Tepalcanco")).GetProperty("total").GetInt64());
        Assert.Equal(["E5"], Ids(await client.Json("/api/entities?q=avila%20SEPULVEDA")));
        Assert.Equal(2, (await client.Json("/api/events")).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task An_upgraded_database_takes_a_posted_document_into_its_workbench_tables()
    {
        var path = Copy("version3-served.db");
        var client = Start(path, Key);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents")
        {
            Content = new StringContent(
                """{"text": "Publicado el 20 de abril de 2026\nDecomisan armas en Ixtlahuapan\n\nLa Guardia Nacional aseguró doce fusiles en el poblado de Ixtlahuapan, Colima, informó la Fiscalía General del Estado.", "title": "Decomisan armas en Ixtlahuapan"}""",
                Encoding.UTF8,
                "application/json"),
        };
        request.Headers.Add("X-Api-Key", Key);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(4, (await client.Json("/api/documents")).GetProperty("total").GetInt64());
        Assert.Equal(1, (await client.Json("/api/search?q=Ixtlahuapan")).GetProperty("total").GetInt64());
        Assert.Equal(Strings(path, "SELECT seq FROM documents ORDER BY seq"), Strings(path, "SELECT seq FROM web_documents ORDER BY seq"));
        Assert.Equal(Strings(path, "SELECT id FROM corpus_events ORDER BY id"), Strings(path, "SELECT id FROM web_events ORDER BY id"));
    }

    public void Dispose()
    {
        foreach (var app in apps)
        {
            app.StopAsync().GetAwaiter().GetResult();
            ((IDisposable)app).Dispose();
        }

        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    private string Copy(string fixture)
    {
        var path = folder.File($"{Guid.NewGuid():N}-{fixture}");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture), path);
        return path;
    }

    private HttpClient Start(string path, string? apiKey)
    {
        var app = WorkbenchServer.Build(new WorkbenchOptions { DatabasePath = path, ApiKey = apiKey }, builder => builder.WebHost.UseTestServer());
        app.StartAsync().GetAwaiter().GetResult();
        apps.Add(app);
        return app.GetTestClient();
    }

    /// <summary>Each row of the query as one line of its values.</summary>
    private static List<string> Strings(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows;
    }

    private static List<string?> Ids(System.Text.Json.JsonElement page)
        => [.. page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString())];
}
