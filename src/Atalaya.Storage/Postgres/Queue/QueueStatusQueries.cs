using Atalaya.Storage.Relational;
using Npgsql;

namespace Atalaya.Storage.Postgres.Queue;

/// <summary>What status shows of the queue: jobs by state, leases waiting to be returned, workers seen, dead documents.</summary>
internal static class QueueStatusQueries
{
    private const int ListedDead = 20;

    public static QueueStatus Status(NpgsqlConnection connection)
    {
        var states = States(connection, "SELECT state, COUNT(*) FROM work_queue GROUP BY state", null);
        var expired = Commands.Count(connection, "SELECT COUNT(*) FROM work_queue WHERE state = 'running' AND lease_expires < clock_timestamp()");
        var workers = new List<QueueWorkerSeen>();
        using (var command = Commands.Create(connection, "SELECT name, started, last_seen, batches, done, failed, fenced FROM work_queue_workers ORDER BY started, name"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                workers.Add(new QueueWorkerSeen(
                    reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetFieldValue<DateTimeOffset>(2),
                    reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6)));
            }
        }

        var dead = new List<DeadJob>();
        using (var command = Commands.Create(connection, $"SELECT source, document_id, attempts, COALESCE(error, '') FROM work_queue WHERE state = 'dead' ORDER BY finished DESC, id DESC LIMIT {ListedDead}"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                dead.Add(new DeadJob(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetString(3)));
            }
        }

        return new QueueStatus(states.GetValueOrDefault("queued"), states.GetValueOrDefault("running"), states.GetValueOrDefault("done"), states.GetValueOrDefault("dead"), expired, workers, dead);
    }

    public static RunProgress Progress(NpgsqlConnection connection, long runId)
    {
        var states = States(connection, "SELECT state, COUNT(*) FROM work_queue WHERE run_id = @run GROUP BY state", runId);
        return new RunProgress(states.GetValueOrDefault("queued"), states.GetValueOrDefault("running"), states.GetValueOrDefault("done"), states.GetValueOrDefault("dead"));
    }

    private static Dictionary<string, long> States(NpgsqlConnection connection, string sql, long? runId)
    {
        var states = new Dictionary<string, long>(StringComparer.Ordinal);
        using var command = Commands.Create(connection, sql);
        if (runId is { } run)
        {
            Commands.Add(command, "@run", run);
        }

        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            states[reader.GetString(0)] = reader.GetInt64(1);
        }

        return states;
    }
}
