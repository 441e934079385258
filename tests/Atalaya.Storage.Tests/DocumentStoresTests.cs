using Atalaya.Storage.Postgres;
using Atalaya.Storage.Sqlite;

namespace Atalaya.Storage.Tests;

/// <summary>The one factory sends a SQLite path to the SQLite store and a PostgreSQL URI to the server's store.</summary>
[Collection(UsesPostgresServer.Name)]
public sealed class DocumentStoresTests(PostgresServer server) : IDisposable
{
    private readonly TempFolder temp = new();

    [Fact]
    public void A_postgresql_uri_opens_the_server_store_and_is_shown_without_its_password()
    {
        var database = server.CreateDatabase();

        using var store = DocumentStores.Open(server.Uri(database));

        Assert.IsType<PostgresDocumentStore>(store);
        Assert.Equal($"postgresql://{PostgresServer.User}@127.0.0.1:{server.Port}/{database}", DocumentStores.Display(store));
        Assert.Equal(DocumentStores.Display(store), DocumentStores.Display(server.Uri(database)));
    }

    [Fact]
    public void A_postgres_scheme_uri_opens_the_server_store_too()
    {
        var uri = server.Uri(server.CreateDatabase()).Replace("postgresql://", "postgres://", StringComparison.Ordinal);

        using var store = DocumentStores.Open(uri);

        Assert.IsType<PostgresDocumentStore>(store);
    }

    [Fact]
    public void A_path_opens_a_sqlite_file()
    {
        var path = temp.File("one.db");

        using (var store = DocumentStores.Open(path))
        {
            Assert.IsType<SqliteDocumentStore>(store);
        }

        Assert.True(DocumentStores.Exists(path));
        Assert.True(DocumentStores.Delete(path));
        Assert.False(DocumentStores.Exists(path));
    }

    [Fact]
    public void A_server_database_exists_once_it_holds_the_schema()
    {
        var uri = server.Uri(server.CreateDatabase());

        Assert.False(DocumentStores.Exists(uri));
        using (DocumentStores.Open(uri))
        {
        }

        Assert.True(DocumentStores.Exists(uri));
    }

    [Fact]
    public void A_database_the_server_does_not_have_does_not_exist()
    {
        Assert.False(DocumentStores.Exists(server.Uri("never_created_here")));
    }

    [Fact]
    public void Exists_on_a_server_refusing_the_login_says_why_without_any_password()
    {
        var database = server.CreateDatabase();
        const string Wrong = "Kein-Passwort-5512";
        var uri = $"postgresql://{PostgresServer.User}:{Wrong}@127.0.0.1:{server.Port}/{database}";

        var error = Assert.Throws<StoreException>(() => DocumentStores.Exists(uri));

        Assert.StartsWith($"postgresql://{PostgresServer.User}@127.0.0.1:{server.Port}/{database}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("password authentication failed", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Wrong, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Delete_leaves_a_server_database_and_what_it_holds()
    {
        var uri = server.Uri(server.CreateDatabase());
        using (DocumentStores.Open(uri))
        {
        }

        Assert.False(DocumentStores.Delete(uri));
        Assert.True(DocumentStores.Exists(uri));
    }

    [Fact]
    public void An_unreadable_uri_is_shown_by_its_scheme_only()
    {
        const string Broken = "postgresql://analyst:Secreto-901@db.example:notaport/atalaya";

        Assert.Throws<StoreException>(() => DocumentStores.Open(Broken));
        var shown = DocumentStores.Display(Broken);

        Assert.DoesNotContain("Secreto-901", shown, StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();
}
