using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Atalaya.Core.Resources;

namespace Atalaya.Cli.Running;

/// <summary>
/// Where the wall time of a run goes (--timings): start-up of the process, loading the language
/// packs and models, reading inputs, analysis, consolidation, writing and the end of the output.
/// Reading runs beside the analysis (documents are read while others are analyzed), so its time
/// is part of the analysis wall, shown on its own to tell slow disks from slow analysis.
/// </summary>
internal sealed class PhaseTimings
{
    private readonly Stopwatch consumer = new();
    private long readTicks;

    /// <summary>From the start of the process to the command starting its work.</summary>
    public TimeSpan StartUp { get; } = DateTime.Now - Process.GetCurrentProcess().StartTime;

    public TimeSpan Load { get; set; }

    /// <summary>Each resource's load time, those loaded on first use (during the analysis) included.</summary>
    public ResourceLoadTimes? Resources { get; set; }

    /// <summary>The whole loop over documents (read, analyze, consolidate, write).</summary>
    public TimeSpan Loop { get; set; }

    public TimeSpan Consolidate { get; private set; }

    public TimeSpan Write { get; private set; }

    public TimeSpan Finish { get; set; }

    public TimeSpan Read => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref readTicks));

    /// <summary>Counts the time the reader took to give the next input (called on the reading thread).</summary>
    public void AddRead(long startTimestamp) => Interlocked.Add(ref readTicks, Stopwatch.GetTimestamp() - startTimestamp);

    public T Consolidating<T>(Func<T> work) => Timed(work, t => Consolidate += t);

    public void Writing(Action work) => Timed(() =>
    {
        work();
        return 0;
    }, t => Write += t);

    /// <summary>One line for standard error, in seconds.</summary>
    public string Describe(int documents, long bytes)
    {
        var analysis = Loop - Consolidate - Write;
        var total = StartUp + Load + Loop + Finish;
        return string.Create(CultureInfo.InvariantCulture, $"timings: start-up {StartUp.TotalSeconds:0.000} s, load {Load.TotalSeconds:0.000} s, "
            + $"analyze {analysis.TotalSeconds:0.000} s (reading inputs {Read.TotalSeconds:0.000} s of it), consolidate {Consolidate.TotalSeconds:0.000} s, "
            + $"write {Write.TotalSeconds:0.000} s, finish {Finish.TotalSeconds:0.000} s; total {total.TotalSeconds:0.000} s, "
            + $"{documents / Math.Max(1e-9, total.TotalSeconds):0} documents/s, {bytes / 1048576.0 / Math.Max(1e-9, total.TotalSeconds):0.00} MB/s, "
            + $"peak memory {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB; "
            + $"JIT {JitInfo.GetCompiledMethodCount():0} methods in {JitInfo.GetCompilationTime().TotalSeconds:0.000} s{DescribeResources()}");
    }

    /// <summary>"; resources: language packs 0.052 s, gazetteer 0.210 s, ..." in the order they were loaded.</summary>
    private string DescribeResources()
        => Resources is { Entries: { Count: > 0 } entries }
            ? "; resources: " + string.Join(", ", entries.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Name} {e.Elapsed.TotalSeconds:0.000} s")))
            : "";

    private static T Timed<T>(Func<T> work, Action<TimeSpan> add)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return work();
        }
        finally
        {
            add(Stopwatch.GetElapsedTime(start));
        }
    }
}
