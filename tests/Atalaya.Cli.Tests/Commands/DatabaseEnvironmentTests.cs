namespace Atalaya.Cli.Tests.Commands;

/// <summary>Every command that takes --db finds its database in ATALAYA_DB when --db is missing; --db wins when both are given.</summary>
public sealed class DatabaseEnvironmentTests : IDisposable
{
    private readonly TempFolder temp = new();

    [Fact]
    public async Task Every_database_command_uses_atalaya_db_when_no_db_option_is_given()
    {
        var database = temp.File("from-environment.db");
        var environment = new Dictionary<string, string> { ["ATALAYA_DB"] = database };
        var articles = Articles.WriteMany(temp.Folder("articles"), 3, "env");

        var ingest = await Run(["ingest", articles], environment);
        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        Assert.True(File.Exists(database), ingest.ToString());
        Assert.Equal(3L, Database.Count(database, "SELECT COUNT(*) FROM documents"));

        var status = await Run(["status"], environment);
        Assert.True(status.ExitCode == 0, status.ToString());
        Assert.Contains(database, status.StdOut, StringComparison.Ordinal);

        var export = await Run(["export", "--format", "jsonl"], environment);
        Assert.True(export.ExitCode == 0, export.ToString());
        Assert.Equal(3, export.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        foreach (var args in new[] { new[] { "stories", "--all" }, ["conflicts"] })
        {
            var result = await Run(args, environment);
            Assert.True(result.ExitCode == 0, result.ToString());
        }

        // No entity has this name: the command read the database (and said so) rather than refusing a missing one.
        var entity = await Run(["entity", "Nadie Inexistente"], environment);
        Assert.Contains("no entity named", entity.StdOut, StringComparison.Ordinal);

        // Nothing fell back on ./atalaya.db in the working folder.
        Assert.False(File.Exists(temp.File("atalaya.db")));
    }

    [Fact]
    public async Task The_db_option_wins_over_atalaya_db()
    {
        var chosen = temp.File("chosen.db");
        var ignored = temp.File("ignored.db");
        var environment = new Dictionary<string, string> { ["ATALAYA_DB"] = ignored };

        var ingest = await Run(["ingest", Articles.WriteMany(temp.Folder("articles"), 2, "opt"), "--db", chosen], environment);

        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        Assert.True(File.Exists(chosen));
        Assert.False(File.Exists(ignored));
    }

    [Fact]
    public async Task Without_db_or_atalaya_db_the_commands_use_atalaya_db_in_the_working_folder()
    {
        var ingest = await Run(["ingest", Articles.WriteMany(temp.Folder("articles"), 2, "cwd")]);
        var status = await Run(["status"]);

        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        Assert.True(File.Exists(temp.File("atalaya.db")));
        Assert.True(status.ExitCode == 0, status.ToString());
        Assert.Contains("documents      2", status.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_stores_the_sample_in_the_database_atalaya_db_names()
    {
        var database = temp.File("demo-from-environment.db");

        var demo = await Run(["demo", "--no-serve"], new Dictionary<string, string> { ["ATALAYA_DB"] = database });

        Assert.True(demo.ExitCode == 0, demo.ToString());
        Assert.Contains($"Stored in {database}", demo.StdOut, StringComparison.Ordinal);
        Assert.True(Database.Count(database, "SELECT COUNT(*) FROM documents") > 0);
    }

    public void Dispose() => temp.Dispose();

    private Task<CliResult> Run(string[] args, IReadOnlyDictionary<string, string>? environment = null)
        => AtalayaCli.RunAsync(args, timeout: TimeSpan.FromMinutes(3), workingDirectory: temp.Path, environment: environment);
}
