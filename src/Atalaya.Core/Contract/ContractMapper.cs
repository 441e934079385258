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
            ContentHash = source.ContentHash,
            Text = includeText ? source.Text : null,
            Errors = result.Failures.Count == 0 ? null : [.. result.Failures.Select(f => $"{f.Stage}: {f.Reason}")],
        };
    }

    public static ContractSpan Span(string text, TextSpan span) => new() { Start = span.Start, End = span.End, Text = span.Slice(text) };
}
