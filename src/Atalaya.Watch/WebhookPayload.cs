using System.Text.Json.Serialization;
using Atalaya.Storage.Alerts;

namespace Atalaya.Watch;

/// <summary>What a webhook receives for one alert (JSON, snake_case).</summary>
internal sealed record WebhookPayload(string Alert, string Kind, string Title, string Raised, int? Fatalities, int? PreviousFatalities, AlertEvent Event)
{
    public static WebhookPayload From(AlertEntry entry) => new(
        entry.Alert,
        entry.Kind == AlertKind.Update ? "update" : "new",
        entry.Title,
        entry.Raised,
        entry.Fatalities,
        entry.PreviousFatalities,
        entry.Event);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(WebhookPayload))]
internal sealed partial class WatchJsonContext : JsonSerializerContext;
