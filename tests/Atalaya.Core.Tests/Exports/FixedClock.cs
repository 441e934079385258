namespace Atalaya.Core.Tests.Exports;

/// <summary>A clock that always says the same instant, for the export timestamp.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
