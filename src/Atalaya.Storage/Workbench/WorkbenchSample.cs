namespace Atalaya.Storage.Workbench;

/// <summary>
/// Real ids and values of a database to ask the workbench for (the benchmark's requests): its sizes,
/// the busiest states and types, the latest month with dated events, the busiest actor, and spread
/// samples of event, entity, story and document ids.
/// </summary>
public sealed record WorkbenchSample(
    long Documents,
    long Events,
    long Entities,
    long Stories,
    IReadOnlyList<string> States,
    IReadOnlyList<string> Types,
    string Month,
    string? Actor,
    IReadOnlyList<string> EventIds,
    IReadOnlyList<string> EntityIds,
    IReadOnlyList<string> StoryIds,
    IReadOnlyList<string> DocumentIds);
