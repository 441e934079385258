namespace Atalaya.Core.Corpus.State;

/// <summary>
/// The kinds of consolidation state whose content a store may find elsewhere than in what it was
/// given, and where: a store that writes the corpus rows of each save in the same transaction as the
/// state can answer these from those rows and skip writing them (they are written and read whole).
/// </summary>
public static class StateKinds
{
    /// <summary>Numbered by the event's number (V12: 12): its contract JSON, as the corpus event row holds it.</summary>
    public const string EventValue = "event.value";

    /// <summary>Numbered by the entity's number (E12: 12): its contract JSON, as the corpus entity row holds it.</summary>
    public const string Entity = "entity";

    /// <summary>Numbered by the story's number (S12: 12): its contract JSON, as the corpus story row holds it.</summary>
    public const string Story = "story";

    /// <summary>Numbered by the claim's index among the corpus claims: its contract JSON, as the corpus claim row holds it.</summary>
    public const string Claim = "claim";

    /// <summary>Keyed by document id: the UTF-8 id of the story of the first document with that id, as its corpus document row holds it.</summary>
    public const string StoryOf = "story.of";

    /// <summary>
    /// Keyed by content hash: the copy-entry index (8 bytes) of the first document with that text. A
    /// store whose documents never share a content hash may answer none: no document repeats an earlier one.
    /// </summary>
    public const string FirstWithHash = "dup.hash";
}
