using System.Globalization;
using Atalaya.Core.Corpus.State;
using Microsoft.Data.Sqlite;

namespace Atalaya.Storage.Sqlite;

/// <summary>
/// The consolidation state in two tables of the database (corpus_state records, corpus_state_lists
/// append-only lists), written in the transaction of the consolidation that changes it.
/// </summary>
internal sealed class SqliteCorpusState : ICorpusStateStore, IDisposable
{
    private readonly SqliteCommand read;
    private readonly SqliteCommand write;
    private readonly SqliteCommand tail;
    private readonly SqliteCommand append;
    private readonly SqliteCommand length;
    private readonly Dictionary<(string Kind, string Key), long> lengths = [];

    public SqliteCorpusState(SqliteConnection connection)
    {
        read = Command(connection, "SELECT value FROM corpus_state WHERE kind = $kind AND key = $key", "$kind", "$key");
        write = Command(connection, "INSERT OR REPLACE INTO corpus_state(kind, key, value) VALUES ($kind, $key, $value)", "$kind", "$key", "$value");
        tail = Command(connection, "SELECT item FROM corpus_state_lists WHERE kind = $kind AND key = $key ORDER BY position DESC LIMIT $count", "$kind", "$key", "$count");
        append = Command(connection, "INSERT INTO corpus_state_lists(kind, key, position, item) VALUES ($kind, $key, $position, $item)", "$kind", "$key", "$position", "$item");
        length = Command(connection, "SELECT COALESCE(MAX(position) + 1, 0) FROM corpus_state_lists WHERE kind = $kind AND key = $key", "$kind", "$key");
    }

    /// <summary>The transaction the next reads and writes belong to.</summary>
    public SqliteTransaction? Transaction
    {
        set
        {
            foreach (var command in new[] { read, write, tail, append, length })
            {
                command.Transaction = value;
            }
        }
    }

    public byte[]? Read(string kind, string key)
    {
        Bind(read, kind, key);
        return read.ExecuteScalar() as byte[];
    }

    public void Write(string kind, string key, byte[] value)
    {
        Bind(write, kind, key);
        write.Parameters["$value"].Value = value;
        write.ExecuteNonQuery();
    }

    public IReadOnlyList<long> Tail(string kind, string key, int count)
    {
        Bind(tail, kind, key);
        tail.Parameters["$count"].Value = count;
        var items = new List<long>();
        using (var reader = tail.ExecuteReader())
        {
            while (reader.Read())
            {
                items.Add(reader.GetInt64(0));
            }
        }

        items.Reverse();
        return items;
    }

    public void Append(string kind, string key, long item)
    {
        if (!lengths.TryGetValue((kind, key), out var position))
        {
            Bind(length, kind, key);
            position = Convert.ToInt64(length.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        Bind(append, kind, key);
        append.Parameters["$position"].Value = position;
        append.Parameters["$item"].Value = item;
        append.ExecuteNonQuery();
        lengths[(kind, key)] = position + 1;
    }

    public void Dispose()
    {
        foreach (var command in new[] { read, write, tail, append, length })
        {
            command.Dispose();
        }
    }

    private static void Bind(SqliteCommand command, string kind, string key)
    {
        command.Parameters["$kind"].Value = kind;
        command.Parameters["$key"].Value = key;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        return command;
    }
}
