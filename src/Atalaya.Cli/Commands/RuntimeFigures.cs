using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace Atalaya.Cli.Commands;

/// <summary>
/// What the runtime spent during a measurement besides the analysis itself: the garbage collector
/// (throughput on two cores is bounded by allocation as much as by computation), the JIT (methods
/// still being compiled mean the run is not yet in its steady state), and the processor time of the
/// whole process, which other load on the machine disturbs much less than wall-clock time.
/// </summary>
internal readonly record struct RuntimeFigures(TimeSpan Paused, long Allocated, int Gen0, int Gen1, int Gen2, TimeSpan Processor, TimeSpan Jit, long JitMethods)
{
    public static RuntimeFigures Now()
    {
        using var process = Process.GetCurrentProcess();
        return new(
            GC.GetTotalPauseDuration(),
            GC.GetTotalAllocatedBytes(precise: false),
            GC.CollectionCount(0),
            GC.CollectionCount(1),
            GC.CollectionCount(2),
            process.TotalProcessorTime,
            JitInfo.GetCompilationTime(),
            JitInfo.GetCompiledMethodCount());
    }

    public static RuntimeFigures operator -(RuntimeFigures after, RuntimeFigures before) => new(
        after.Paused - before.Paused,
        after.Allocated - before.Allocated,
        after.Gen0 - before.Gen0,
        after.Gen1 - before.Gen1,
        after.Gen2 - before.Gen2,
        after.Processor - before.Processor,
        after.Jit - before.Jit,
        after.JitMethods - before.JitMethods);

    public IEnumerable<string> Describe(double seconds, int documents)
    {
        var perDocument = Math.Max(documents, 1);
        yield return string.Create(
            CultureInfo.InvariantCulture,
            $"processor time:   {Processor.TotalSeconds:0.00} s, {Processor.TotalMilliseconds * 1000 / perDocument:0} µs/document (all threads)");
        yield return string.Create(
            CultureInfo.InvariantCulture,
            $"gc:               {Paused.TotalSeconds:0.00} s paused ({100 * Paused.TotalSeconds / Math.Max(seconds, 1e-9):0}%), {Allocated / perDocument / 1024.0:0} KB allocated/document, collections gen0 {Gen0} gen1 {Gen1} gen2 {Gen2}");
        yield return string.Create(
            CultureInfo.InvariantCulture,
            $"jit:              {Jit.TotalSeconds:0.00} s compiling {JitMethods} methods during the run");
    }
}
