using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Atalaya.Storage.Sqlite;

/// <summary>Prepared reads of the state, counted.</summary>
internal sealed class StateQueries(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);
    private SqliteTransaction? transaction;

    public long Count { get; private set; }

    public SqliteTransaction? Transaction
    {
        set
        {
            transaction = value;
            foreach (var command in commands.Values)
            {
                command.Transaction = value;
            }
        }
    }

    public byte[]? Blob(string sql, params (string Name, object Value)[] parameters)
        => Command(sql, parameters).ExecuteScalar() as byte[];

    public byte[]? Text(string sql, object key)
        => Command(sql, ("$key", key)).ExecuteScalar() is string text ? Encoding.UTF8.GetBytes(text) : null;

    public long Length(string kind, string key)
        => Convert.ToInt64(
            Command("SELECT COALESCE(MAX(position) + 1, 0) FROM corpus_state_lists WHERE kind = $kind AND key = $key", ("$kind", kind), ("$key", key)).ExecuteScalar(),
            CultureInfo.InvariantCulture);

    public List<long> Tail(string sql, int count, params (string Name, object Value)[] parameters)
    {
        var command = Command(sql, [.. parameters, ("$count", count)]);
        var items = new List<long>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                items.Add(reader.GetInt64(0));
            }
        }

        items.Reverse();
        return items;
    }

    public void Dispose()
    {
        foreach (var command in commands.Values)
        {
            command.Dispose();
        }
    }

    private SqliteCommand Command(string sql, params (string Name, object Value)[] parameters)
    {
        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = transaction;
            foreach (var (name, _) in parameters)
            {
                command.Parameters.Add(new SqliteParameter(name, null));
            }

            commands[sql] = command;
        }

        foreach (var (name, value) in parameters)
        {
            command.Parameters[name].Value = value;
        }

        Count++;
        return command;
    }
}
