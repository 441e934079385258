using System.Text.Json.Serialization;

namespace Atalaya.Core.Contract;

// An analyst's review of an event, as the workbench files it and the exports carry it (an added field of the
// contract's event: "review"). The corrections name only what the analyst set; what is left out stays as read.

/// <summary>An event's current review: its status, note and corrections, when and by whom (the key's name and the reviewer's).</summary>
public sealed record EventReview(string Status, string? Note, ReviewSet Set, string At, string Key, string? Reviewer);

/// <summary>Corrections an analyst sets on an event; null fields are left as the pipeline read them (and are not written).</summary>
public sealed class ReviewSet
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Type { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Subtype { get; set; }

    /// <summary>YYYY-MM-DD (day precision), YYYY-MM or YYYY.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Date { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Place { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Admin1 { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Fatalities { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Injured { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Arrested { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Kidnapped { get; set; }

    /// <summary>
    /// The event's actors by name, replacing the pipeline's, in ACLED's order: actor1, actor2, then those associated
    /// with actor 1. A name of a corpus entity links to it; another name stands as written.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? Actors { get; set; }

    [JsonIgnore]
    public bool IsEmpty => Type is null && Subtype is null && Date is null && Place is null && Admin1 is null
        && Fatalities is null && Injured is null && Arrested is null && Kidnapped is null && Actors is null;
}
