using System.ServiceModel.Syndication;
using System.Text;
using System.Text.Json.Serialization;
using System.Xml;
using Atalaya.Storage.Alerts;
using Atalaya.Storage.Workbench;
using Atalaya.Web.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Atalaya.Web.Api;

/// <summary>
/// The alerts 'atalaya watch' raised: GET /api/alerts (JSON, for the alerts page) and
/// GET /api/alerts.atom?name=NAME (an Atom 1.0 feed a reader subscribes to). Webhook URLs are never
/// shown: they may carry a secret token.
/// </summary>
internal static class AlertEndpoints
{
    private const int Latest = 100;
    private const int MaxNameLength = 100;

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").ProducesProblem(StatusCodes.Status400BadRequest).WithTags(WorkbenchEndpoints.Tag);
        api.MapGet("/alerts", (HttpRequest request, WorkbenchOptions options) =>
        {
            var name = Name(request);
            using var book = AlertBook.OpenForReading(options.DatabasePath);
            if (name is not null && book.Find(name) is null)
            {
                return Problems.NotFound("alert", name);
            }

            var alerts = book.List().Select(a => new AlertSummary(a.Name, a.Conditions.Where(), a.Conditions.Query, a.Webhook is not null, a.Created, a.Raised, a.LastRaised)).ToList();
            var entries = book.Entries(name, Latest).Select(e => new AlertItem(e.Id, e.Alert, e.Kind == AlertKind.Update ? "update" : "new", e.Raised, e.Fatalities, e.PreviousFatalities, e.Title, e.Event)).ToList();
            return Results.Json(new AlertList(alerts, entries), AlertJson.Default.AlertList);
        }).Produces<AlertList>().ProducesProblem(StatusCodes.Status404NotFound).WithQuery(["name"])
            .WithName("listAlerts").WithSummary("The saved alert questions and their latest alerts (of one question with name)");

        api.MapGet("/alerts.atom", (HttpRequest request, WorkbenchOptions options) =>
        {
            var name = Name(request);
            using var book = AlertBook.OpenForReading(options.DatabasePath);
            if (name is not null && book.Find(name) is null)
            {
                return Problems.NotFound("alert", name);
            }

            var site = $"{request.Scheme}://{request.Host}";
            return Results.Bytes(Atom(name, book.Entries(name, Latest), site), "application/atom+xml; charset=utf-8");
        }).Produces(StatusCodes.Status200OK, contentType: "application/atom+xml").ProducesProblem(StatusCodes.Status404NotFound).WithQuery(["name"])
            .WithName("getAlertsAtom").WithSummary("The latest alerts of one question (name), or of all, as an Atom feed");
    }

    private static string? Name(HttpRequest request)
    {
        var name = FilterQuery.Text(request.Query, "name");
        if (name is { Length: > MaxNameLength })
        {
            throw new InvalidQueryException("name", $"longer than {MaxNameLength} characters");
        }

        return name;
    }

    /// <summary>The feed written by the same package 'atalaya watch' reads feeds with (System.ServiceModel.Syndication), so it is Atom as that package reads it.</summary>
    private static byte[] Atom(string? name, IReadOnlyList<AlertEntry> entries, string site)
    {
        var updated = entries.Count > 0 ? Moment(entries[0].Raised) : DateTimeOffset.UnixEpoch;
        var feed = new SyndicationFeed(
            name is null ? "Atalaya alerts" : $"Atalaya alerts: {name}",
            "New events that answer a saved question, and changes of their counts",
            new Uri($"{site}/alerts.html{(name is null ? "" : "?name=" + Uri.EscapeDataString(name))}"),
            $"urn:atalaya:alerts:{Uri.EscapeDataString(name ?? "*")}",
            updated);
        feed.Authors.Add(new SyndicationPerson { Name = "Atalaya" });
        feed.Items = entries.Select(entry =>
        {
            var item = new SyndicationItem
            {
                Title = new TextSyndicationContent(Clean(entry.Title)),
                Summary = new TextSyndicationContent(Summary(entry)),
                Id = $"urn:atalaya:alert:{entry.Id}",
                LastUpdatedTime = Moment(entry.Raised),
                PublishDate = Moment(entry.Raised),
            };
            item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri($"{site}/event.html?id={Uri.EscapeDataString(entry.Event.Id)}"), "text/html"));
            item.Categories.Add(new SyndicationCategory(entry.Kind == AlertKind.Update ? "update" : "new"));
            item.Categories.Add(new SyndicationCategory(entry.Alert));
            foreach (var document in entry.Event.Documents)
            {
                if (Uri.TryCreate(document.Url, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
                {
                    item.Links.Add(new SyndicationLink(url, "related", Clean(document.Title ?? document.Source), "text/html", 0));
                }
            }

            return item;
        }).ToList();

        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, CheckCharacters = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return buffer.ToArray();
    }

    /// <summary>Plain text (the feed escapes it): what, where, when, how many, and the articles.</summary>
    private static string Summary(AlertEntry entry)
    {
        var reported = entry.Event;
        var lines = new List<string>
        {
            $"{reported.Type} / {reported.Subtype}",
            $"Place: {string.Join(", ", new[] { reported.Place, reported.State, reported.Country }.Where(p => !string.IsNullOrEmpty(p)))}",
            $"Date: {reported.Date ?? "unknown"}",
            $"Fatalities: {(reported.Fatalities?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "not reported")}"
                + (entry.Kind == AlertKind.Update ? $" (was {entry.PreviousFatalities?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "not reported"})" : ""),
        };
        lines.AddRange(reported.Documents.Select(d => $"Source: {d.Source}: {d.Title ?? d.Id}{(d.Url is null ? "" : $" <{d.Url}>")}"));
        return Clean(string.Join("\n", lines));
    }

    /// <summary>XML 1.0 cannot carry most control characters (nor lone surrogates); titles and names are hostile input.</summary>
    private static string Clean(string text)
    {
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                kept.Append(c).Append(text[++i]);
            }
            else if (!char.IsSurrogate(c) && (c is '\n' or '\t' || !char.IsControl(c)) && c is not ('\uFFFE' or '\uFFFF'))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    private static DateTimeOffset Moment(string stamp)
        => DateTimeOffset.TryParse(stamp, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var moment) ? moment : DateTimeOffset.UnixEpoch;
}

internal sealed record AlertSummary(string Name, string Conditions, string? Query, bool HasWebhook, string Created, long Raised, string? LastRaised);

internal sealed record AlertItem(long Id, string Alert, string Kind, string Raised, int? Fatalities, int? PreviousFatalities, string Title, AlertEvent Event);

internal sealed record AlertList(IReadOnlyList<AlertSummary> Alerts, IReadOnlyList<AlertItem> Entries);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(AlertList))]
internal sealed partial class AlertJson : JsonSerializerContext;
