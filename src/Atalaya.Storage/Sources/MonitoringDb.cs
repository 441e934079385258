using System.Data.Common;
using System.Globalization;
using Atalaya.Storage.Relational;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Atalaya.Storage.Sources;

/// <summary>
/// One connection to a database's monitoring tables, on either engine. The store is opened first so
/// that its migrations (which create these tables) have run; the SQL here is written in the syntax
/// both engines read (@name parameters, ON CONFLICT, RETURNING).
/// </summary>
internal sealed class MonitoringDb : IDisposable
{
    private readonly bool owned;

    private MonitoringDb(DbConnection connection, string display, bool owned = true)
    {
        Connection = connection;
        Display = display;
        this.owned = owned;
    }

    public DbConnection Connection { get; }

    /// <summary>The location as messages show it (never with a password).</summary>
    public string Display { get; }

    /// <param name="upToDate">The caller opened the store already (a workbench server does at its start), so its migrations have run.</param>
    /// <exception cref="StoreException">The database cannot be opened (see <see cref="DocumentStores.Open"/>).</exception>
    public static MonitoringDb Open(string location, bool upToDate = false)
    {
        if (!upToDate)
        {
            using (DocumentStores.Open(location))
            {
            }
        }

        var target = DatabaseTarget.Parse(location);
        if (target.IsPostgres)
        {
            var server = new NpgsqlConnection(target.PostgresConnectionString);
            try
            {
                server.Open();
            }
            catch (NpgsqlException error)
            {
                server.Dispose();
                throw new StoreException($"{target}: cannot open as an Atalaya database: {Postgres.PostgresDocumentStore.Describe(error)}");
            }

            return new MonitoringDb(server, target.ToString());
        }

        var file = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(location), Pooling = false, Mode = SqliteOpenMode.ReadWrite }.ToString());
        file.Open();

        // An ingest of the same file may hold the write lock for a moment.
        Commands.Execute(file, "PRAGMA busy_timeout=15000;");
        return new MonitoringDb(file, location);
    }

    /// <summary>Works over a connection a store opened (and keeps: disposing this leaves it open).</summary>
    public static MonitoringDb Borrow(DbConnection connection, string display) => new(connection, display, owned: false);

    public int Execute(string sql, params (string Name, object? Value)[] values)
    {
        using var command = Command(sql, values);
        return command.ExecuteNonQuery();
    }

    public long Scalar(string sql, params (string Name, object? Value)[] values)
    {
        using var command = Command(sql, values);
        var value = command.ExecuteScalar();
        return value is null or DBNull ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }

    public List<T> Rows<T>(string sql, Func<DbDataReader, T> read, params (string Name, object? Value)[] values)
    {
        using var command = Command(sql, values);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public DbTransaction Begin() => Connection.BeginTransaction();

    public DbCommand Command(string sql, params (string Name, object? Value)[] values)
    {
        var command = Commands.Create(Connection, sql);
        foreach (var (name, value) in values)
        {
            Commands.Add(command, name, value);
        }

        return command;
    }

    public void Dispose()
    {
        if (owned)
        {
            Connection.Dispose();
        }
    }

    public static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long? Integer(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture);
}
