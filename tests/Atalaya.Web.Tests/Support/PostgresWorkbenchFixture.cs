using Atalaya.Storage;
using Atalaya.Storage.Postgres;
using Atalaya.Storage.Sqlite;

namespace Atalaya.Web.Tests;

/// <summary>
/// The workbench fixture's corpus in a PostgreSQL database of a server this fixture starts: the
/// documents the command line stored in SQLite are stored again through the PostgreSQL store, which
/// consolidates them itself (its triggers filling the workbench's tables), then served from there.
/// </summary>
public sealed class PostgresWorkbenchFixture : WorkbenchFixture
{
    private readonly PostgresServer server;

    public PostgresWorkbenchFixture()
        : this(new PostgresServer())
    {
    }

    private PostgresWorkbenchFixture(PostgresServer server)
        : base(sqlite => StoreAgain(server, sqlite))
    {
        this.server = server;
    }

    /// <summary>A new empty database on the fixture's server.</summary>
    public string NewDatabaseUri() => server.NewDatabaseUri();

    /// <summary>A new database on the fixture's server holding the fixture's corpus, for a test that writes.</summary>
    public string NewCopyUri() => StoreAgain(server, DatabasePath);

    private static string StoreAgain(PostgresServer server, string sqlitePath)
    {
        var uri = server.Uri(server.CreateDatabase());
        using var from = SqliteDocumentStore.Open(sqlitePath);
        using var to = PostgresDocumentStore.Open(DatabaseTarget.Parse(uri));
        using (var run = to.BeginRun("copy of the workbench fixture"))
        {
            foreach (var document in from.Documents())
            {
                run.Add(document);
            }

            run.Complete();
        }

        to.Consolidate();
        return uri;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            server.Dispose();
        }
    }
}
