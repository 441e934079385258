using Atalaya.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Atalaya.Web.Tests;

/// <summary>
/// One real database for all API tests: the invented articles ingested by the real command line
/// (pipeline, storage, consolidation), served in-process through the ASP.NET Core test server.
/// Write tests get their own copy of the database, so the read tests' figures never move.
/// The same fixture on PostgreSQL (<see cref="PostgresWorkbenchFixture"/>) serves the same corpus
/// from a PostgreSQL database, so the read tests check both engines give the same answers.
/// </summary>
public class WorkbenchFixture : IDisposable
{
    public const string Key = "test-key-7f3a";

    private readonly TempFolder folder = new();
    private readonly List<WebApplication> apps = [];
    private readonly string pristine;

    public WorkbenchFixture()
        : this(serveFrom: null)
    {
    }

    /// <param name="serveFrom">Given the ingested SQLite file, the location of the database the shared client serves (null: that file).</param>
    protected WorkbenchFixture(Func<string, string>? serveFrom)
    {
        var articles = Directory.CreateDirectory(folder.File("articles")).FullName;
        foreach (var (name, text) in Articles.All)
        {
            File.WriteAllText(Path.Combine(articles, name), text);
        }

        DatabasePath = folder.File("workbench.db");
        // A fixture's constructor cannot await: the one ingest of the class is waited for here.
        var ingest = AtalayaCli.RunAsync(["ingest", "--db", DatabasePath, articles], timeout: TimeSpan.FromMinutes(3)).GetAwaiter().GetResult();
        if (ingest.ExitCode != 0)
        {
            throw new InvalidOperationException($"ingest failed: {ingest}");
        }

        // Copied before any server opens it, so copies are whole files without a write-ahead log beside them.
        pristine = folder.File("pristine.db");
        File.Copy(DatabasePath, pristine);
        Location = serveFrom?.Invoke(DatabasePath) ?? DatabasePath;
        Client = Start(Location, apiKey: null);
    }

    /// <summary>The SQLite file the real command line ingested the articles into.</summary>
    public string DatabasePath { get; }

    /// <summary>The database the shared <see cref="Client"/> serves: <see cref="DatabasePath"/>, or a PostgreSQL URI.</summary>
    public string Location { get; }

    /// <summary>A client of the server over the shared database, without an API key configured.</summary>
    public HttpClient Client { get; }

    /// <summary>A server over a fresh copy of the database, with the given key (null: writes disabled).</summary>
    public HttpClient StartOnCopy(string? apiKey)
    {
        var copy = folder.File($"copy-{Guid.NewGuid():N}.db");
        File.Copy(pristine, copy);
        return Start(copy, apiKey);
    }

    public HttpClient Start(string databasePath, string? apiKey)
        => StartApp(new WorkbenchOptions { DatabasePath = databasePath, ApiKey = apiKey }).GetTestClient();

    /// <summary>A test server over a fresh copy of the database with the given options (their database path is replaced).</summary>
    public WebApplication StartOnCopy(WorkbenchOptions options, Action<IServiceCollection>? services = null)
    {
        var copy = folder.File($"copy-{Guid.NewGuid():N}.db");
        File.Copy(pristine, copy);
        return StartApp(options with { DatabasePath = copy }, services);
    }

    private WebApplication StartApp(WorkbenchOptions options, Action<IServiceCollection>? services = null)
    {
        var app = WorkbenchServer.Build(options, builder =>
        {
            builder.WebHost.UseTestServer();
            services?.Invoke(builder.Services);
        });
        app.StartAsync().GetAwaiter().GetResult();
        lock (apps)
        {
            apps.Add(app);
        }

        return app;
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        foreach (var app in apps)
        {
            app.StopAsync().GetAwaiter().GetResult();
            ((IDisposable)app).Dispose();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class WorkbenchTests : ICollectionFixture<WorkbenchFixture>
{
    public const string Name = "workbench";
}

[CollectionDefinition(Name)]
public sealed class PostgresWorkbenchTests : ICollectionFixture<PostgresWorkbenchFixture>
{
    public const string Name = "workbench on PostgreSQL";
}
