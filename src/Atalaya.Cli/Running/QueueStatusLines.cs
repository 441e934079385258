using System.Globalization;
using Atalaya.Storage.Postgres.Queue;

namespace Atalaya.Cli.Running;

/// <summary>The work queue as 'atalaya status' prints it, below what the database holds.</summary>
internal static class QueueStatusLines
{
    public static void Print(TextWriter output, QueueStatus status)
    {
        var expired = status.ExpiredLeases == 0 ? "" : $" ({N(status.ExpiredLeases)} with an expired lease, back to the queue at the next claim)";
        output.WriteLine($"queue          {N(status.Queued)} queued, {N(status.Running)} running, {N(status.Done)} done, {N(status.Dead)} dead{expired}");
        output.WriteLine($"workers seen   {N(status.Workers.Count)}");
        var now = DateTimeOffset.UtcNow;
        foreach (var worker in status.Workers)
        {
            var ago = Math.Max(0, (now - worker.LastSeen).TotalSeconds);
            output.WriteLine(
                $"  {SafeText.Of(worker.Name, 80)}: last seen {ago.ToString("0", CultureInfo.InvariantCulture)} s ago, {N(worker.Batches)} batches, {N(worker.Done)} done, {N(worker.Failed)} failed, {N(worker.Fenced)} fenced");
        }

        foreach (var dead in status.DeadJobs)
        {
            output.WriteLine($"  dead: {SafeText.Visible(dead.Source)} (document '{SafeText.Of(dead.DocumentId, 40)}', {N(dead.Attempts)} attempts): {SafeText.Of(dead.Error, 160)}");
        }
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
