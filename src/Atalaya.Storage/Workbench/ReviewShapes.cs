using Atalaya.Core.Contract;

namespace Atalaya.Storage.Workbench;

// An analyst's review of an event: a status, a note and corrections of its fields. Each action is kept as an
// audit record; the latest one of an event is its review. Reviews are keyed by the event's source spans, not by
// its id, so they find the same event again when ingest or consolidation rebuilds it under another id.

/// <summary>The statuses an event's review can have.</summary>
public static class ReviewStatuses
{
    public const string Unreviewed = "unreviewed";
    public const string Verified = "verified";
    public const string Rejected = "rejected";

    public static readonly IReadOnlyList<string> All = [Unreviewed, Verified, Rejected];
}

/// <summary>What a review action asks: a status (null keeps the current one), a note, corrections, and who made it.</summary>
public sealed record ReviewRequest(string? Status, string? Note, ReviewSet? Set, string? Reviewer);

/// <summary>The kinds of analysts' actions the audit trail holds.</summary>
public static class ReviewActions
{
    /// <summary>A status, a note or corrections of one event (<see cref="IWorkbenchQueries.Review"/>).</summary>
    public const string Review = "review";

    /// <summary>Two events made one: the first's fields, the sources of both.</summary>
    public const string MergeEvents = "merge_events";

    /// <summary>A merge of events undone.</summary>
    public const string SplitEvent = "split_event";

    /// <summary>Two entities made one: the first's name, the events, documents and claims of both.</summary>
    public const string MergeEntities = "merge_entities";
}

/// <summary>POST /api/events/merge: the event kept first, the one folded into it second.</summary>
public sealed record EventMergeRequest(IReadOnlyList<string>? Events, string? Note, string? Reviewer);

/// <summary>POST /api/events/{id}/split: why, and who.</summary>
public sealed record EventSplitRequest(string? Note, string? Reviewer);

/// <summary>POST /api/entities/merge: the entity kept first, the one folded into it second.</summary>
public sealed record EntityMergeRequest(IReadOnlyList<string>? Entities, string? Note, string? Reviewer);

/// <summary>
/// A merge or split as the audit trail shows it: the ids at the time (the one kept, the one folded into it), the
/// note, when and by whom; a split names the merge it undid.
/// </summary>
public sealed record MergeRecord(string Kept, string Merged, string? Note, string At, string Key, string? Reviewer, long? Undoes);

/// <summary>
/// One audit record. A review (action "review"): the action on an event (by its id then) and the event's review
/// before it. A merge or split: <see cref="Merge"/>. Ids are per kind of action; the trail's order is the order of the actions.
/// </summary>
public sealed record ReviewRecord(long Id, string Action, string? Event, string? EventKey, EventReview? After, EventReview? Before, MergeRecord? Merge = null);

/// <summary>What a merge or split did: its audit record, or why nothing was done (no such id; a refusal such as "already one event").</summary>
public sealed record MergeOutcome(ReviewRecord? Record, string? NotFound = null, string? Refused = null);
