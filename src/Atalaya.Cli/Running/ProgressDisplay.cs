using Spectre.Console;

namespace Atalaya.Cli.Running;

/// <summary>Counters the work updates and the display reads.</summary>
internal sealed class ProgressCounter
{
    private long bytes;
    private long readBytes;
    private int documents;

    /// <summary>Input bytes whose analysis is done.</summary>
    public long Bytes => Interlocked.Read(ref bytes);

    /// <summary>Input bytes read so far, analyzed or not: a large document shows as read while it is analyzed.</summary>
    public long ReadBytes => Interlocked.Read(ref readBytes);

    public void Read(long count) => Interlocked.Add(ref readBytes, count);

    public int Documents => Volatile.Read(ref documents);

    public void Advance(long readBytes, int readDocuments)
    {
        Interlocked.Add(ref bytes, readBytes);
        Interlocked.Add(ref documents, readDocuments);
    }
}

/// <summary>
/// A progress bar on standard error, only when it is a terminal and the work lasts over a second;
/// otherwise nothing is drawn, so pipes and logs stay machine-friendly.
/// </summary>
internal static class ProgressDisplay
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);

    public static T Run<T>(string label, long totalBytes, ErrorLog errors, Func<ProgressCounter, T> work)
    {
        var counter = new ProgressCounter();
        if (Console.IsErrorRedirected || Environment.GetEnvironmentVariable("ATALAYA_NO_PROGRESS") is { Length: > 0 })
        {
            return work(counter);
        }

        var task = Task.Factory.StartNew(() => work(counter), TaskCreationOptions.LongRunning);
        if (task.Wait(Delay))
        {
            return task.GetAwaiter().GetResult();
        }

        errors.Hold();
        try
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            console.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                .Start(context =>
                {
                    var bar = context.AddTask(label, maxValue: Math.Max(1, totalBytes));
                    bar.IsIndeterminate = totalBytes <= 0;
                    while (!task.IsCompleted)
                    {
                        bar.Value = Math.Min(counter.Bytes, bar.MaxValue);
                        bar.Description = Describe(label, counter, totalBytes);
                        task.Wait(TimeSpan.FromMilliseconds(150));
                    }

                    bar.Value = bar.MaxValue;
                });
        }
        finally
        {
            errors.Release();
        }

        return task.GetAwaiter().GetResult();
    }

    /// <summary>"extract: 2 documents, 5.2 MB read, 1.0 of 20.0 MB analyzed": a run on one large document moves too.</summary>
    internal static string Describe(string label, ProgressCounter counter, long totalBytes)
    {
        var analyzed = totalBytes > 0 ? $"{Megabytes(counter.Bytes)} of {Megabytes(totalBytes)} MB analyzed" : $"{Megabytes(counter.Bytes)} MB analyzed";
        return $"{label}: {counter.Documents} documents, {Megabytes(counter.ReadBytes)} MB read, {analyzed}";
    }

    private static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
}
