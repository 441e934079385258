using System.Net;
using System.Net.Sockets;
using Atalaya.Storage.Postgres;

namespace Atalaya.Storage.Tests;

/// <summary>Opening a PostgreSQL store that cannot be opened: one line naming the database, never its password.</summary>
[Collection(UsesPostgresServer.Name)]
public sealed class PostgresConnectionTests(PostgresServer server)
{
    [Fact]
    public void A_wrong_password_is_refused_by_the_server_and_the_message_holds_neither_password()
    {
        var database = server.CreateDatabase();
        const string wrong = "NoEsLaClave-77";
        var uri = $"postgresql://{PostgresServer.User}:{wrong}@127.0.0.1:{server.Port}/{database}";

        var error = Assert.Throws<StoreException>(() => PostgresDocumentStore.Open(DatabaseTarget.Parse(uri)));

        Assert.StartsWith($"postgresql://{PostgresServer.User}@127.0.0.1:{server.Port}/{database}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("password authentication failed", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(server.Password, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_server_that_does_not_answer_gives_one_line_without_the_password()
    {
        int closed;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            closed = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var uri = $"postgresql://{PostgresServer.User}:{server.Password}@127.0.0.1:{closed}/ninguna?connect_timeout=30";

        var error = Assert.Throws<StoreException>(() => PostgresDocumentStore.Open(DatabaseTarget.Parse(uri)));

        Assert.StartsWith($"postgresql://{PostgresServer.User}@127.0.0.1:{closed}/ninguna?connect_timeout=30: cannot open", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(server.Password, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_database_that_does_not_exist_is_named_without_the_password()
    {
        var uri = server.Uri("no_existe");

        var error = Assert.Throws<StoreException>(() => PostgresDocumentStore.Open(DatabaseTarget.Parse(uri)));

        Assert.Contains("\"no_existe\" does not exist", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(server.Password, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_fixture_names_the_package_to_install_when_the_server_binaries_are_missing()
    {
        var error = Assert.Throws<InvalidOperationException>(() => PostgresServer.FindBinaries("/nonexistent/bin", "/nonexistent/postgresql"));

        Assert.Contains("install Debian's postgresql package", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }
}
