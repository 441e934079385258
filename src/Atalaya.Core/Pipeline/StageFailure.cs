namespace Atalaya.Core.Pipeline;

/// <summary>
/// A stage that threw on one document, or (<paramref name="Skipped"/>) one that did not run because
/// an earlier stage's failure left it without its input.
/// </summary>
public sealed record StageFailure(string DocumentId, string Source, string Stage, string Reason, bool Skipped = false)
{
    public override string ToString() => $"{Source}: stage '{Stage}' failed on document '{DocumentId}': {Reason}";
}
