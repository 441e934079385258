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

/// <summary>Corrections an analyst sets on an event; null fields are left as the pipeline read them.</summary>
public sealed class ReviewSet
{
    public string? Type { get; set; }

    public string? Subtype { get; set; }

    /// <summary>YYYY-MM-DD (day precision), YYYY-MM or YYYY.</summary>
    public string? Date { get; set; }

    public string? Place { get; set; }

    public string? Admin1 { get; set; }

    public int? Fatalities { get; set; }

    public int? Injured { get; set; }

    public int? Arrested { get; set; }

    public int? Kidnapped { get; set; }

    public bool IsEmpty => Type is null && Subtype is null && Date is null && Place is null && Admin1 is null
        && Fatalities is null && Injured is null && Arrested is null && Kidnapped is null;
}

/// <summary>What a review action asks: a status (null keeps the current one), a note, corrections, and who made it.</summary>
public sealed record ReviewRequest(string? Status, string? Note, ReviewSet? Set, string? Reviewer);

/// <summary>An event's current review: its status, note and corrections, when and by whom (the key's name and the reviewer's).</summary>
public sealed record EventReview(string Status, string? Note, ReviewSet Set, string At, string Key, string? Reviewer);

/// <summary>One audit record: the action on an event (by its id then), and the event's review before it.</summary>
public sealed record ReviewRecord(long Id, string Event, string EventKey, EventReview After, EventReview? Before);
