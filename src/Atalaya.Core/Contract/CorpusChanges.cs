namespace Atalaya.Core.Contract;

/// <summary>
/// What one save of a <see cref="CorpusBuilder"/> over a state store changed: the rows to write.
/// Events carry the story of their first report; claims their index among all corpus claims;
/// conflicts the index of their subject and attribute's first claim (null: no conflict there).
/// </summary>
public sealed record CorpusChanges(
    IReadOnlyList<ContractDocument> Documents,
    IReadOnlyList<ContractEntity> Entities,
    IReadOnlyList<(ContractEvent Event, string? Story)> Events,
    IReadOnlyList<ContractStory> Stories,
    IReadOnlyList<(int Index, ContractClaim Claim)> Claims,
    IReadOnlyList<(int FirstClaim, ContractConflict? Conflict)> Conflicts)
{
    /// <summary>
    /// Stories merged into another, in order: rows written before this save that name the absorbed
    /// story (documents, events, the story itself) must name the story that holds it now.
    /// </summary>
    public IReadOnlyList<(string Absorbed, string Into)> StoryMerges { get; init; } = [];
}
