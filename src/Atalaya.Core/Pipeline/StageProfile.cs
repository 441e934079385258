using System.Diagnostics;

namespace Atalaya.Core.Pipeline;

/// <summary>
/// Where the analysis of many documents goes, stage by stage: the time each stage ran (summed over
/// threads) and the bytes it allocated. Throughput on two cores is bounded by allocation as much as by
/// computation, so both are kept. Filled by an <see cref="AnalysisPipeline"/> made with
/// <see cref="AnalysisPipeline.Profiled"/>; safe to fill from many threads.
/// </summary>
public sealed class StageProfile
{
    private readonly long[] ticks;
    private readonly long[] bytes;

    public StageProfile(IReadOnlyList<string> stageNames)
    {
        StageNames = stageNames;
        ticks = new long[stageNames.Count];
        bytes = new long[stageNames.Count];
    }

    public IReadOnlyList<string> StageNames { get; }

    public IEnumerable<(string Stage, TimeSpan Time, long Allocated)> Stages =>
        StageNames.Select((name, i) => (name, Stopwatch.GetElapsedTime(0, Interlocked.Read(ref ticks[i])), Interlocked.Read(ref bytes[i])));

    internal void Add(int stage, long elapsedTicks, long allocated)
    {
        Interlocked.Add(ref ticks[stage], elapsedTicks);
        Interlocked.Add(ref bytes[stage], allocated);
    }
}
