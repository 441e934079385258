using Npgsql;

namespace Atalaya.Storage.Tests;

/// <summary>--db and ATALAYA_DB values: a SQLite path or a PostgreSQL URI, shown and reported without the password.</summary>
public sealed class DatabaseTargetTests
{
    [Theory]
    [InlineData("corpus.db")]
    [InlineData("/var/lib/atalaya/equipo.sqlite")]
    [InlineData("postgresql.db")]
    [InlineData("C:postgres://not-a-uri")]
    public void Anything_but_a_PostgreSQL_URI_is_a_SQLite_path_kept_as_given(string location)
    {
        var target = DatabaseTarget.Parse(location);

        Assert.False(target.IsPostgres);
        Assert.Equal(location, target.SqlitePath);
        Assert.Equal(location, target.ToString());
    }

    [Theory]
    [InlineData("postgresql://analista:s3cr3t@db.redaccion.example:6543/atalaya", "analista", "s3cr3t", "db.redaccion.example", 6543, "atalaya")]
    [InlineData("postgres://analista:s3cr3t@db.redaccion.example/atalaya", "analista", "s3cr3t", "db.redaccion.example", 5432, "atalaya")]
    [InlineData("POSTGRESQL://analista@127.0.0.1:5433/noticias", "analista", null, "127.0.0.1", 5433, "noticias")]
    [InlineData("postgresql://ana%40equipo:p%40ss%2Fw%3Ard@[::1]:5432/base%20de%20datos", "ana@equipo", "p@ss/w:rd", "::1", 5432, "base de datos")]
    [InlineData("postgresql://lector:a@b/c@servidor:5432/corpus", "lector", "a@b/c", "servidor", 5432, "corpus")]
    [InlineData("postgresql://lector@servidor", "lector", null, "servidor", 5432, "lector")]
    public void A_PostgreSQL_URI_gives_the_connection_of_its_parts_percent_decoded(string uri, string user, string? password, string host, int port, string database)
    {
        var target = DatabaseTarget.Parse(uri);

        Assert.True(target.IsPostgres);
        Assert.Null(target.SqlitePath);
        var connection = new NpgsqlConnectionStringBuilder(target.PostgresConnectionString);
        Assert.Equal((user, password, host, port, database), (connection.Username, connection.Password, connection.Host, connection.Port, connection.Database));
    }

    [Fact]
    public void Query_options_are_passed_through_in_libpq_or_Npgsql_names()
    {
        var target = DatabaseTarget.Parse("postgresql://u:pw@servidor/corpus?sslmode=require&application_name=mesa%20de%20datos&Command%20Timeout=90");

        var connection = new NpgsqlConnectionStringBuilder(target.PostgresConnectionString);
        Assert.Equal(SslMode.Require, connection.SslMode);
        Assert.Equal("mesa de datos", connection.ApplicationName);
        Assert.Equal(90, connection.CommandTimeout);
        Assert.Equal("postgresql://u@servidor/corpus?sslmode=require&application_name=mesa%20de%20datos&Command%20Timeout=90", target.ToString());
    }

    [Theory]
    [InlineData("postgresql://analista:Tr0mp3ta-9@db.example:5432/atalaya", "postgresql://analista@db.example:5432/atalaya")]
    [InlineData("postgres://analista:Tr0mp3ta-9@db.example/atalaya?sslmode=disable", "postgres://analista@db.example/atalaya?sslmode=disable")]
    [InlineData("postgresql://analista@db.example/atalaya?password=Tr0mp3ta-9&sslmode=disable", "postgresql://analista@db.example/atalaya?sslmode=disable")]
    public void The_shown_form_has_no_password(string uri, string shown)
    {
        var target = DatabaseTarget.Parse(uri);

        Assert.Equal(shown, target.ToString());
        Assert.Equal("Tr0mp3ta-9", new NpgsqlConnectionStringBuilder(target.PostgresConnectionString).Password);
    }

    [Theory]
    [InlineData("postgresql://analista:Tr0mp3ta-9@db.example:puerto/atalaya", "invalid port")]
    [InlineData("postgresql://analista:Tr0mp3ta-9@db.example:70000/atalaya", "invalid port")]
    [InlineData("postgresql://analista:Tr0mp3ta-9@[::1/atalaya", "unclosed")]
    [InlineData("postgresql://analista:Tr0mp3ta-9@db.example/atalaya?colour=blue", "unknown connection option 'colour'")]
    [InlineData("postgresql://analista:Tr0mp3ta-9@db.example/atalaya?sslmode=sometimes", "connection option 'sslmode'")]
    public void A_URI_that_cannot_be_read_is_one_line_naming_it_without_its_password(string uri, string reason)
    {
        var error = Assert.Throws<StoreException>(() => DatabaseTarget.Parse(uri));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("postgresql://analista@", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Tr0mp3ta-9", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void The_option_wins_over_the_environment_and_nothing_given_is_null()
    {
        Assert.Equal("dado.db", DatabaseTarget.FromOptionOrEnvironment("dado.db")!.ToString());
        if (Environment.GetEnvironmentVariable(DatabaseTarget.EnvironmentVariable) is null)
        {
            Assert.Null(DatabaseTarget.FromOptionOrEnvironment(null));
        }
    }
}
