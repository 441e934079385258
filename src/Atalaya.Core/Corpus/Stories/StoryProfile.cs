using Atalaya.Core.Documents;

namespace Atalaya.Core.Corpus.Stories;

/// <summary>
/// What one document offers as language-neutral evidence of its story: features (corpus entities,
/// numbers) with a prior weight each, the dates that place it in time, and the days of the incidents
/// it locates in each town.
/// </summary>
internal sealed class StoryProfile
{
    public required int Index { get; init; }

    /// <summary>The story the document joined.</summary>
    public Atalaya.Core.Contract.ContractStory? Story { get; set; }

    /// <summary>Feature ids, ascending, each once.</summary>
    public required int[] Features { get; init; }

    /// <summary>Prior weight of each feature in this document (its kind, discounted when mentioned in passing).</summary>
    public required float[] Priors { get; init; }

    /// <summary>Whether the feature is specific enough to count as one piece of story evidence.</summary>
    public required bool[] Specific { get; init; }

    /// <summary>GeoNames id of each feature that is a town, else 0.</summary>
    public required long[] Towns { get; init; }

    /// <summary>When the document places itself: its publication date, else the dates of the incidents it reports.</summary>
    public required PartialDate[] Anchors { get; init; }

    public required bool AnchoredByPublication { get; init; }

    /// <summary>Days (day numbers) of the day-dated incidents the document locates in each town.</summary>
    public required Dictionary<long, List<int>> IncidentDaysByTown { get; init; }
}
