using System.Collections.Concurrent;
using System.Diagnostics;

namespace Atalaya.Core.Resources;

/// <summary>
/// How long each resource took to load (language packs, models, gazetteer, knowledge base, lexicons),
/// in the order they finished. Resources that load on first use are timed when that use comes, on
/// whichever thread needs them first, so a run's report (--timings) names what it really paid for.
/// </summary>
public sealed class ResourceLoadTimes
{
    private readonly ConcurrentQueue<(string Name, TimeSpan Elapsed)> entries = new();

    public IReadOnlyList<(string Name, TimeSpan Elapsed)> Entries => [.. entries];

    /// <summary>Runs <paramref name="load"/> and records its wall time under <paramref name="name"/>.</summary>
    public T Time<T>(string name, Func<T> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        var start = Stopwatch.GetTimestamp();
        var result = load();
        entries.Enqueue((name, Stopwatch.GetElapsedTime(start)));
        return result;
    }
}
