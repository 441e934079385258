namespace Atalaya.Cli.Running;

/// <summary>
/// Faults of a worker on purpose, for the end-to-end tests of the work queue (a real failure cannot be
/// summoned on demand): <c>ATALAYA_FAIL_DOCUMENT=WORD</c> makes the processing of every document whose
/// text contains WORD throw, on every attempt (a poison document); <c>ATALAYA_SLOW_DOCUMENT=MS</c>
/// makes each document take MS milliseconds more, so that a test can stop or kill a worker while it
/// holds a batch. Unset, they do nothing.
/// </summary>
internal sealed class InjectedDocumentFault
{
    public const string FailVariable = "ATALAYA_FAIL_DOCUMENT";
    public const string SlowVariable = "ATALAYA_SLOW_DOCUMENT";

    private readonly string? marker;
    private readonly int delayMilliseconds;

    private InjectedDocumentFault(string? marker, int delayMilliseconds)
    {
        this.marker = marker;
        this.delayMilliseconds = delayMilliseconds;
    }

    public static InjectedDocumentFault FromEnvironment()
    {
        var marker = Environment.GetEnvironmentVariable(FailVariable);
        var delay = int.TryParse(Environment.GetEnvironmentVariable(SlowVariable), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ms) ? ms : 0;
        return new InjectedDocumentFault(string.IsNullOrEmpty(marker) ? null : marker, delay);
    }

    public void Apply(string text)
    {
        if (delayMilliseconds > 0)
        {
            Thread.Sleep(delayMilliseconds);
        }

        if (marker is not null && text.Contains(marker, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"fault injected by {FailVariable}");
        }
    }
}
