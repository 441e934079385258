using System.Globalization;
using System.Text.Json.Nodes;
using Atalaya.Core.Contract;
using Npgsql;

namespace Atalaya.Cli.Tests.Queue;

/// <summary>A test's database on the test server, read directly to check what the queue and the store hold.</summary>
internal sealed class QueueDatabase(PostgresServer server, string name)
{
    public string Uri => server.Uri(name);

    public static QueueDatabase Create(PostgresServer server) => new(server, server.CreateDatabase());

    public long Count(string sql) => Convert.ToInt64(Scalar(sql), CultureInfo.InvariantCulture);

    public object? Scalar(string sql)
    {
        using var connection = Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }

    public List<string> Strings(string sql)
    {
        using var connection = Open();
        using var command = new NpgsqlCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.IsDBNull(0) ? "" : Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return rows;
    }

    /// <summary>
    /// The invariants every fault test ends with: every submitted document analyzed and stored exactly
    /// once, no result row twice, nothing lost or left leased, dead only the documents named.
    /// </summary>
    public void AssertInvariants(int submitted, params string[] deadSources)
    {
        Assert.Equal(submitted, Count("SELECT COUNT(*) FROM work_queue"));
        Assert.Equal(0, Count("SELECT COUNT(*) FROM work_queue WHERE state IN ('queued', 'running')"));
        Assert.Equal(
            deadSources.Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Strings("SELECT source FROM work_queue WHERE state = 'dead'").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var done = submitted - deadSources.Length;
        Assert.Equal(done, Count("SELECT COUNT(*) FROM work_queue WHERE state = 'done'"));

        // Each done job has its document, each document its done job, none twice.
        Assert.Equal(done, Count("SELECT COUNT(*) FROM documents"));
        Assert.Equal(done, Count("SELECT COUNT(*) FROM documents d JOIN work_queue q ON q.content_hash = d.content_hash AND q.state = 'done'"));
        Assert.Equal(0, Count("SELECT COUNT(*) FROM documents d JOIN work_queue q ON q.content_hash = d.content_hash AND q.state = 'dead'"));
        Assert.Equal(0, Count("SELECT COUNT(*) FROM (SELECT content_hash, stage FROM failed_stages GROUP BY content_hash, stage HAVING COUNT(*) > 1) twice"));

        // Consolidated once each: one corpus document and one link row per stored document.
        Assert.Equal(done, Count("SELECT COUNT(*) FROM corpus_documents"));
        Assert.Equal(done, Count("SELECT COUNT(*) FROM corpus_document_links"));
        Assert.Equal(Count("SELECT MAX(seq) FROM documents"), Count("SELECT value FROM corpus_progress WHERE name = 'consolidated_seq'"));
        Assert.Equal(deadSources.Length, Count("SELECT COUNT(*) FROM failed_sources"));
    }

    /// <summary>
    /// What one process would have built from the stored documents in their stored order, in one batch:
    /// the consolidated corpus the workers and their consolidations left must be the same.
    /// </summary>
    public JsonNode BatchCorpus()
    {
        var builder = new CorpusBuilder(includeText: true);
        using var connection = Open();
        using var command = new NpgsqlCommand("SELECT analysis, text FROM documents ORDER BY seq", connection);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var document = System.Text.Json.JsonSerializer.Deserialize(reader.GetString(0), ContractJsonContext.Default.ContractDocument)!;
            document.Text = reader.GetString(1);
            builder.Add(document);
        }

        return JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(builder.Build(), ContractJsonContext.Default.ContractCorpus))!;
    }

    private NpgsqlConnection Open()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = server.Port,
            Username = PostgresServer.User,
            Password = server.Password,
            Database = name,
            Pooling = false,
        }.ConnectionString);
        connection.Open();
        return connection;
    }
}
