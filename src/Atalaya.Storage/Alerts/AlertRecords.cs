using System.Text.Json.Serialization;

namespace Atalaya.Storage.Alerts;

/// <summary>A saved question and how many alerts it raised.</summary>
public sealed record Alert(long Id, string Name, AlertConditions Conditions, string? Webhook, string Created, long Raised, string? LastRaised);

/// <summary>
/// One alert: a new event that matched (<see cref="AlertKind.New"/>) or a change of the fatalities of
/// one that had matched (<see cref="AlertKind.Update"/>), with what the event was when it was raised.
/// </summary>
public sealed record AlertEntry(
    long Id,
    string Alert,
    AlertKind Kind,
    string Raised,
    int? Fatalities,
    int? PreviousFatalities,
    string Title,
    AlertEvent Event,
    string? Webhook,
    string? Delivered,
    string? DeliveryError);

public enum AlertKind
{
    New,
    Update,
}

/// <summary>The event as an alert shows it (and a webhook receives it): what, where, when, how many, and its articles.</summary>
public sealed record AlertEvent(
    string Id,
    string Type,
    string Subtype,
    string? Date,
    string? Country,
    string? State,
    string? Place,
    int? Fatalities,
    IReadOnlyList<AlertDocument> Documents);

public sealed record AlertDocument(string Id, string? Title, string? Url, string Source, string Language, string? Published);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(AlertEvent))]
internal sealed partial class AlertJsonContext : JsonSerializerContext;
