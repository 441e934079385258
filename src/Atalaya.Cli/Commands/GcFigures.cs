using System.Globalization;

namespace Atalaya.Cli.Commands;

/// <summary>
/// What the garbage collector cost during a measurement: throughput on two cores is bounded by
/// allocation as much as by computation, so the bench reports it next to documents/second.
/// </summary>
internal readonly record struct GcFigures(TimeSpan Paused, long Allocated, int Gen0, int Gen1, int Gen2)
{
    public static GcFigures Now() => new(
        GC.GetTotalPauseDuration(),
        GC.GetTotalAllocatedBytes(precise: false),
        GC.CollectionCount(0),
        GC.CollectionCount(1),
        GC.CollectionCount(2));

    public static GcFigures operator -(GcFigures after, GcFigures before) => new(
        after.Paused - before.Paused,
        after.Allocated - before.Allocated,
        after.Gen0 - before.Gen0,
        after.Gen1 - before.Gen1,
        after.Gen2 - before.Gen2);

    public string Describe(double seconds, int documents) => string.Create(
        CultureInfo.InvariantCulture,
        $"gc:               {Paused.TotalSeconds:0.00} s paused ({100 * Paused.TotalSeconds / Math.Max(seconds, 1e-9):0}%), {Allocated / Math.Max(documents, 1) / 1024.0:0} KB allocated/document, collections gen0 {Gen0} gen1 {Gen1} gen2 {Gen2}");
}
