using System.Text.Json;
using Atalaya.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Atalaya.Web.Tests;

/// <summary>
/// A database with the store's schema whose corpus rows a test writes itself, as consolidation
/// does (INSERT OR REPLACE of a row, delete and insert of its links), with invented values: the
/// workbench's trigger-kept tables are checked against them without running the pipeline.
/// </summary>
public sealed class CorpusRows : IDisposable
{
    private readonly SqliteConnection connection;

    public CorpusRows(string path)
    {
        Path = path;
        using (SqliteDocumentStore.Open(path))
        {
        }

        connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
    }

    public string Path { get; }

    public void Entity(string id, string type, string name, params string[] aliases)
        => Run(
            "INSERT OR REPLACE INTO corpus_entities(id, seq, type, name, json) VALUES ($id, $seq, $type, $name, $json)",
            ("$id", id),
            ("$seq", long.Parse(id[1..], System.Globalization.CultureInfo.InvariantCulture)),
            ("$type", type),
            ("$name", name),
            ("$json", JsonSerializer.Serialize(new Dictionary<string, object> { ["id"] = id, ["type"] = type, ["name"] = name, ["aliases"] = aliases })));

    public void DeleteEntity(string id) => Run("DELETE FROM corpus_entities WHERE id = $id", ("$id", id));

    public int Run(string sql, params (string Name, object? Value)[] values)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command.ExecuteNonQuery();
    }

    public List<string> Strings(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            values.Add(string.Join("|", row.Select(v => v is DBNull ? "null" : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))));
        }

        return values;
    }

    public void Dispose() => connection.Dispose();
}
