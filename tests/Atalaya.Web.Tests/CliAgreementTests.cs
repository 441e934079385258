using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace Atalaya.Web.Tests;

/// <summary>
/// The summary commands read through the workbench's queries: 'atalaya entity' finds what
/// /api/entities?q= finds for a name typed without its accents and in other capitals (and for part
/// of a word, which the workbench matches), 'atalaya
/// stories' lists the stories of /api/stories, 'atalaya conflicts' counts the claims of /api/claims.
/// </summary>
public sealed class CliAgreementTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly List<WebApplication> apps = [];

    [Theory]
    [InlineData("RODRIGO avila SEPÚLVEDA", "E5")]
    [InlineData("michoacan", "E4")]
    [InlineData("CARTEL DE JALISCO", "E6")]
    [InlineData("sepulv", "E5")]
    public async Task The_entity_command_and_the_entity_list_find_the_same_entities_whatever_the_case_and_accents(string typed, string expected)
    {
        var path = Database();
        var api = Ids(await Start(path).Json($"/api/entities?q={Uri.EscapeDataString(typed)}"));

        var cli = await AtalayaCli.RunAsync(["entity", typed, "--db", path], timeout: TimeSpan.FromMinutes(2));

        Assert.True(cli.ExitCode == 0, cli.ToString());
        Assert.Equal([expected], api);
        var printed = cli.StdOut.Split('\n').Where(l => l.Length > 0 && !char.IsWhiteSpace(l[0]) && l.StartsWith('E')).Select(l => l.Split("  ")[0]).ToList();
        Assert.Equal(api, printed);
    }

    [Fact]
    public async Task The_stories_command_lists_the_stories_of_the_workbench()
    {
        var path = Database();
        var api = await Start(path).Json("/api/stories");

        var cli = await AtalayaCli.RunAsync(["stories", "--all", "--db", path], timeout: TimeSpan.FromMinutes(2));

        Assert.True(cli.ExitCode == 0, cli.ToString());
        var listed = cli.StdOut.Split('\n').Where(l => l.StartsWith('S')).Select(l => l.Split(' ')[0]).ToList();
        Assert.Equal(Ids(api), listed);
        Assert.Contains($"{listed.Count} stories shown of {api.GetProperty("total").GetInt64()} (3 documents)", cli.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_conflicts_command_counts_the_claims_and_documents_of_the_workbench()
    {
        var path = Database();
        var claims = (await Start(path).Json("/api/claims")).GetProperty("total").GetInt64();

        var cli = await AtalayaCli.RunAsync(["conflicts", "--db", path], timeout: TimeSpan.FromMinutes(2));

        Assert.True(cli.ExitCode == 0, cli.ToString());
        Assert.Contains($"no conflicts: no two sources disagree (3 documents, {claims} claims)", cli.StdOut, StringComparison.Ordinal);
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

    /// <summary>A copy of the version-3 fixture (three invented articles; Fixtures/README.md), upgraded by whichever opens it first.</summary>
    private string Database()
    {
        var path = folder.File($"{Guid.NewGuid():N}.db");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "version3.db"), path);
        return path;
    }

    private HttpClient Start(string path)
    {
        var app = WorkbenchServer.Build(new WorkbenchOptions { DatabasePath = path }, builder => builder.WebHost.UseTestServer());
        app.StartAsync().GetAwaiter().GetResult();
        apps.Add(app);
        return app.GetTestClient();
    }

    private static List<string> Ids(System.Text.Json.JsonElement page)
        => [.. page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString() ?? "")];
}
