using Atalaya.Core.Documents;
using Atalaya.Core.Pipeline;

namespace Atalaya.Core.Contract;

/// <summary>Turns one analysis result into the contract's document object.</summary>
public static class ContractMapper
{
    public static ContractDocument ToContract(AnalysisResult result, bool includeText = true)
    {
        var document = result.Document;
        var source = document.Source;
        var header = document.GetOrDefault(Annotations.Header) ?? DocumentHeader.Empty;
        var language = document.Has(Annotations.Language) ? document.Get(Annotations.Language) : LanguageGuess.Undetermined;
        var boilerplate = document.GetOrDefault(Annotations.Boilerplate) ?? BoilerplateSpans.None;
        return new ContractDocument
        {
            Id = source.Id,
            Source = source.Source,
            Url = source.Metadata.Url,
            Language = language.Code,
            LanguageConfidence = Math.Round(language.Confidence, 4),
            Title = header.Title,
            Published = header.Published?.ToString(),
            Byline = header.Byline,
            Boilerplate = [.. boilerplate.Spans.Select(b => Span(source.Text, b.Span))],
            Entities = Entities(source.Text, document.GetOrDefault(Annotations.Entities)),
            DocumentEvents = ContractEvents.Of(source.Id, source.Text, document.GetOrDefault(Annotations.Entities), document.GetOrDefault(Annotations.Events)),
            DocumentClaims = ContractClaims.Of(source.Id, source.Text, document.GetOrDefault(Annotations.Entities), document.GetOrDefault(Annotations.Claims)),
            Quotes = ContractClaims.QuotesOf(source.Text, document.GetOrDefault(Annotations.Entities), document.GetOrDefault(Annotations.Quotes)),
            ContentHash = source.ContentHash,
            Text = includeText ? source.Text : null,
            Errors = result.Failures.Count == 0 ? null : [.. result.Failures.Select(f => $"{f.Stage}: {f.Reason}")],
        };
    }

    private static List<ContractEntityMentions> Entities(string text, DocumentEntities? entities)
        => entities is null
            ? []
            : [.. entities.Entities.Select((e, i) => new ContractEntityMentions
            {
                Entity = $"L{i + 1}",
                Mentions = [.. e.Mentions.Select(m => Span(text, m))],
                Type = e.Type,
                Name = e.Name,
                Kb = e.ExternalId,
                KbId = e.KbId,
                Kind = e.Kind,
                Geo = e.Geo is { } g ? new ContractGeo { Lat = g.Lat ?? 0, Lon = g.Lon ?? 0, Place = g.Place, Admin1 = g.Admin1, Admin2 = g.Admin2, Country = g.Country is "" ? null : g.Country, Geonames = g.GeonamesId > 0 ? g.GeonamesId : null } : null,
            })];

    public static ContractSpan Span(string text, TextSpan span) => new() { Start = span.Start, End = span.End, Text = span.Slice(text) };
}
