using System.Diagnostics.Tracing;
using System.Globalization;

namespace Atalaya.Cli.Commands;

/// <summary>
/// Which types a run allocates most, from the runtime's own allocation samples (one event about every
/// 100 KB allocated, naming the type of the object that crossed the mark). A sample, not a count: types
/// allocated often show in proportion to their bytes. Used by <c>bench --allocations</c> to find what to
/// stop allocating; it costs little while listening, so the timed figures stay comparable.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const string RuntimeSource = "Microsoft-Windows-DotNETRuntime";
    private const long GcKeyword = 0x1;

    private readonly Dictionary<string, long> bytesByType = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private volatile bool listening;

    public void Start() => listening = true;

    public void Stop() => listening = false;

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == RuntimeSource)
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!listening || eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is null)
        {
            return;
        }

        var type = eventData.PayloadNames?.IndexOf("TypeName") is int t and >= 0 ? eventData.Payload[t] as string ?? "?" : "?";
        var amount = eventData.PayloadNames?.IndexOf("AllocationAmount64") is int a and >= 0 ? Convert.ToInt64(eventData.Payload[a], CultureInfo.InvariantCulture) : 100_000;
        lock (gate)
        {
            bytesByType[type] = bytesByType.GetValueOrDefault(type) + amount;
        }
    }

    /// <summary>The types with the most sampled bytes, with their share and bytes per document.</summary>
    public IEnumerable<string> Describe(int documents, int top)
    {
        List<KeyValuePair<string, long>> sorted;
        lock (gate)
        {
            sorted = [.. bytesByType.OrderByDescending(p => p.Value)];
        }

        var total = Math.Max(sorted.Sum(p => p.Value), 1);
        yield return "type (sampled allocations)                                        share  KB/document";
        foreach (var (type, bytes) in sorted.Take(top))
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{Shorten(type),-64}  {100.0 * bytes / total,4:0.0}%  {bytes / 1024.0 / Math.Max(documents, 1),10:0.0}");
        }
    }

    private static string Shorten(string type) => type.Length <= 64 ? type : "…" + type[^63..];
}
