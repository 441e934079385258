using System.Globalization;
using System.Text;
using System.Data.Common;

namespace Atalaya.Storage.Relational;

/// <summary>Prepared reads of the state, counted.</summary>
internal sealed class StateQueries(DbConnection connection) : IDisposable
{
    private readonly Dictionary<string, DbCommand> commands = new(StringComparer.Ordinal);
    private DbTransaction? transaction;

    public long Count { get; private set; }

    public DbTransaction? Transaction
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
        => Command(sql, ("@key", key)).ExecuteScalar() is string text ? Encoding.UTF8.GetBytes(text) : null;

    public long Length(string kind, string key)
        => Convert.ToInt64(
            Command("SELECT COALESCE(MAX(position) + 1, 0) FROM corpus_state_lists WHERE kind = @kind AND key = @key", ("@kind", kind), ("@key", key)).ExecuteScalar(),
            CultureInfo.InvariantCulture);

    public List<long> Tail(string sql, int count, params (string Name, object Value)[] parameters)
    {
        var command = Command(sql, [.. parameters, ("@count", count)]);
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

    private DbCommand Command(string sql, params (string Name, object Value)[] parameters)
    {
        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = transaction;
            foreach (var (name, _) in parameters)
            {
                Commands.Add(command, name);
            }

            commands[sql] = command;
        }

        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters[i].Value = Commands.Value(parameters[i].Value);
        }

        Count++;
        return command;
    }
}
