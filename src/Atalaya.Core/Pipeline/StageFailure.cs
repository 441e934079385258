namespace Atalaya.Core.Pipeline;

/// <summary>A stage that threw on one document (or was skipped because an earlier one did).</summary>
public sealed record StageFailure(string DocumentId, string Source, string Stage, string Reason)
{
    public override string ToString() => $"{Source}: stage '{Stage}' failed on document '{DocumentId}': {Reason}";
}
