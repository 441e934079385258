using System.Net;
using Atalaya.Core.Contract;
using Atalaya.Core.Documents;
using Atalaya.Storage;
using Atalaya.Storage.Postgres.Queue;

namespace Atalaya.Web.Tests;

/// <summary>GET /api/queue over a PostgreSQL database whose queue a worker went through: the same counts as 'atalaya status'.</summary>
[Collection(PostgresWorkbenchTests.Name)]
public sealed class QueueEndpointTests(PostgresWorkbenchFixture fixture)
{
    [Fact]
    public async Task The_queue_endpoint_counts_documents_by_state_and_names_the_workers_and_the_dead()
    {
        var uri = fixture.NewDatabaseUri();
        using (var queue = WorkQueueStore.Open(uri))
        {
            using (var submission = queue.BeginSubmission("test"))
            {
                submission.Add(new SourceDocument { Id = "uno", Source = "uno.txt", Text = "Publicado el 3 de mayo de 2025. Texto inventado número uno." });
                submission.Add(new SourceDocument { Id = "dos", Source = "dos.txt", Text = "Publicado el 4 de mayo de 2025. Texto inventado número dos." });
                submission.Add(new SourceDocument { Id = "tres", Source = "tres.txt", Text = "Publicado el 5 de mayo de 2025. Texto inventado número tres." });
                submission.Complete();
            }

            queue.RegisterWorker("w1");
            // One attempt each: every job is on its last attempt, so each is claimed alone.
            var lease = queue.Claim("w1", 2, TimeSpan.FromMinutes(1), maxAttempts: 1)!;
            var first = Assert.Single(lease.Jobs);
            var analyzed = new ContractDocument { Id = first.Document.Id, Source = first.Document.Source, Text = first.Document.Text, ContentHash = first.Document.ContentHash, Language = "es" };
            Assert.True(queue.Complete("w1", lease, [JobOutcome.Analyzed(first.Id, analyzed, [])], maxAttempts: 1).Accepted);
            var second = queue.Claim("w1", 2, TimeSpan.FromMinutes(1), maxAttempts: 1)!;
            Assert.Equal(1, queue.Complete("w1", second, [JobOutcome.Failed(Assert.Single(second.Jobs).Id, "invented failure")], maxAttempts: 1).Dead);
        }

        var client = fixture.Start(uri, apiKey: null);
        var status = await client.Json("/api/queue");

        Assert.Equal(1, status.GetProperty("queued").GetInt64());
        Assert.Equal(0, status.GetProperty("running").GetInt64());
        Assert.Equal(1, status.GetProperty("done").GetInt64());
        Assert.Equal(1, status.GetProperty("dead").GetInt64());
        var worker = Assert.Single(status.GetProperty("workers").EnumerateArray());
        Assert.Equal("w1", worker.GetProperty("name").GetString());
        Assert.Equal(1, worker.GetProperty("done").GetInt64());
        var dead = Assert.Single(status.GetProperty("dead_jobs").EnumerateArray());
        Assert.Equal("dos.txt", dead.GetProperty("source").GetString());
        Assert.Contains("invented failure", dead.GetProperty("error").GetString(), StringComparison.Ordinal);
    }
}

/// <summary>A SQLite file has no work queue: GET /api/queue is a 404 saying so.</summary>
[Collection(WorkbenchTests.Name)]
public sealed class QueueEndpointOnSqliteTests(WorkbenchFixture fixture)
{
    [Fact]
    public async Task A_sqlite_database_has_no_queue()
        => await fixture.Client.Json("/api/queue", HttpStatusCode.NotFound);
}
