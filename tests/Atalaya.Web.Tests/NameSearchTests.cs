using Atalaya.Storage.Workbench;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace Atalaya.Web.Tests;

/// <summary>
/// The entity name search ignores case and accents in every script (Unicode normalization), for
/// names already folded, for names an ingest wrote after the server started, and on a database
/// of the first version of the workbench (lower-cased names only).
/// </summary>
public sealed class NameSearchTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly List<WebApplication> apps = [];

    [Theory]
    [InlineData("Sánchez", "sanchez")]
    [InlineData("ÑANDÚ", "ñandú")]
    [InlineData("México", "MEXICO")]
    [InlineData("ΣΟΦΊΑΣ", "σοφιας")]
    [InlineData("Ёлкин", "елкин")]
    [InlineData("İpekçi", "ipekci")]
    [InlineData("Ｔｏｗｎ", "town")]
    public void Names_fold_to_the_same_text(string name, string typed)
        => Assert.Equal(NameFolding.Fold(name), NameFolding.Fold(typed));

    [Theory]
    [InlineData("sanchez", "E1")]
    [InlineData("SÁNCHEZ", "E1")]
    [InlineData("ÑANDÚ", "E2")]
    [InlineData("mexico", "E3")]
    [InlineData("σοφια", "E4")]
    [InlineData("ЁЛКИ", "E5")]
    [InlineData("nch", "E1")]
    [InlineData("ñ", "E2")]
    [InlineData("pe", "E6")]
    public async Task The_entity_list_and_the_search_find_names_in_any_case_and_without_accents(string typed, string expected)
    {
        var client = Start(Corpus());
        var query = Uri.EscapeDataString(typed);
        Assert.Contains(expected, Ids(await client.Json($"/api/entities?q={query}")));
        Assert.Contains(expected, (await client.Json($"/api/search?q={query}")).GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_name_written_after_the_server_started_is_found_before_and_after_it_is_folded()
    {
        using var rows = Corpus();
        var client = Start(rows);
        rows.Entity("E7", "PER", "Zoë Überlingen");
        Assert.Equal(["E7"], Ids(await client.Json("/api/entities?q=zoe%20uber")));
        await WaitUntilFolded(rows);
        Assert.Equal(["E7"], Ids(await client.Json("/api/entities?q=zoe%20uber")));

        // Renamed and then deleted, as a later consolidation may: the old name is gone from the index.
        rows.Entity("E7", "PER", "Zoë Kästner");
        Assert.Empty(Ids(await client.Json("/api/entities?q=zoe%20uber")));
        Assert.Equal(["E7"], Ids(await client.Json("/api/entities?q=kastner")));
        await WaitUntilFolded(rows);
        Assert.Empty(Ids(await client.Json("/api/entities?q=uberlingen")));
        Assert.Equal(["E7"], Ids(await client.Json("/api/entities?q=KASTNER")));
        rows.DeleteEntity("E7");
        Assert.Empty(Ids(await client.Json("/api/entities?q=kastner")));
        Assert.Empty(rows.Strings("SELECT rowid FROM web_names_fts WHERE web_names_fts MATCH 'kastner'"));
    }

    [Fact]
    public async Task A_database_of_the_first_version_is_upgraded_when_the_server_opens_it()
    {
        using var rows = Corpus();
        rows.AsVersion3();
        // The first version's table and trigger, as a server of that version left them.
        rows.Run("""
            CREATE TABLE web_entity_names (entity_id TEXT NOT NULL, name TEXT NOT NULL);
            INSERT INTO web_entity_names SELECT id, lower(name) FROM corpus_entities;
            CREATE TRIGGER web_entity_names_after_insert AFTER INSERT ON corpus_entities BEGIN
                INSERT INTO web_entity_names(entity_id, name) VALUES (new.id, lower(new.name));
            END;
            """);
        var client = Start(rows);
        Assert.Contains("E1", Ids(await client.Json("/api/entities?q=sanchez")));
        Assert.Empty(rows.Strings("SELECT name FROM sqlite_master WHERE name LIKE 'web_entity_names%'"));
        Assert.Empty(rows.Strings("SELECT id FROM web_names WHERE folded IS NULL"));
        Assert.Equal(
            rows.Strings("SELECT id FROM corpus_entities ORDER BY id"),
            rows.Strings("SELECT DISTINCT entity_id FROM web_names ORDER BY entity_id"));
    }

    public void Dispose()
    {
        foreach (var app in apps)
        {
            app.StopAsync().GetAwaiter().GetResult();
            ((IDisposable)app).Dispose();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    /// <summary>Invented people and places, with accents and capitals in several scripts.</summary>
    private CorpusRows Corpus()
    {
        var rows = new CorpusRows(folder.File($"names-{Guid.NewGuid():N}.db"));
        rows.Entity("E1", "PER", "Rosendo Sánchez Ibarra");
        rows.Entity("E2", "LOC", "ñandú");
        rows.Entity("E3", "LOC", "Ciudad Capital", "México");
        rows.Entity("E4", "PER", "Σοφία Λαμπράκη");
        rows.Entity("E5", "PER", "Фёдор Ёлкин");
        rows.Entity("E6", "ORG", "Grupo Pérez");
        return rows;
    }

    private HttpClient Start(CorpusRows rows)
    {
        var app = WorkbenchServer.Build(new WorkbenchOptions { DatabasePath = rows.Path }, builder => builder.WebHost.UseTestServer());
        app.StartAsync().GetAwaiter().GetResult();
        apps.Add(app);
        return app.GetTestClient();
    }

    private static async Task WaitUntilFolded(CorpusRows rows)
    {
        for (var i = 0; i < 200 && rows.Strings("SELECT id FROM web_names WHERE folded IS NULL").Count > 0; i++)
        {
            await Task.Delay(25);
        }

        Assert.Empty(rows.Strings("SELECT id FROM web_names WHERE folded IS NULL"));
    }

    private static List<string?> Ids(System.Text.Json.JsonElement page)
        => [.. page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString())];
}
