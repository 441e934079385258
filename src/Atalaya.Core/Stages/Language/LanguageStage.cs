using Atalaya.Core.Documents;
using Atalaya.Core.Pipeline;
using Atalaya.Core.Resources;

namespace Atalaya.Core.Stages.Language;

/// <summary>
/// Identifies the document language from its article text (title and body, boilerplate left out,
/// so a Spanish share widget does not vote on an English article). Without a model, or when the
/// text has too few letters, a language the source declares (HTML lang, JSON "language") is used
/// with half confidence; otherwise "und".
/// </summary>
public sealed class LanguageStage : IStage
{
    private const double DeclaredConfidence = 0.5;

    public string Name => "language";

    public IReadOnlyList<AnnotationKey> Requires { get; } = [Annotations.SourceText, Annotations.Boilerplate];

    public IReadOnlyList<AnnotationKey> Assigns { get; } = [Annotations.Language];

    public void Process(AnalyzedDocument document, AtalayaResources resources, CancellationToken cancellation)
    {
        var guess = resources.LanguageIdentifier is { } identifier
            ? identifier.Identify(document.Text, ArticleText(document.Text, document.Get(Annotations.Boilerplate)))
            : LanguageGuess.Undetermined;
        if (guess.IsUndetermined && Normalize(document.Source.Metadata.DeclaredLanguage) is { } declared)
        {
            guess = new LanguageGuess(declared, DeclaredConfidence);
        }

        document.Set(Annotations.Language, guess);
    }

    /// <summary>The stretches between boilerplate spans.</summary>
    private static IEnumerable<TextSpan> ArticleText(string text, BoilerplateSpans boilerplate)
    {
        var start = 0;
        foreach (var item in boilerplate.Spans)
        {
            if (item.Span.Start > start)
            {
                yield return new TextSpan(start, item.Span.Start);
            }

            start = Math.Max(start, item.Span.End);
        }

        if (start < text.Length)
        {
            yield return new TextSpan(start, text.Length);
        }
    }

    /// <summary>"es-MX" → "es", "no"/"nob" → "nb"; null for anything that is not a plausible language code.</summary>
    internal static string? Normalize(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var primary = code.Trim().Split('-', '_')[0].ToLowerInvariant();
        primary = primary switch
        {
            "no" or "nob" => "nb",
            "nno" => "nn",
            _ => primary,
        };
        return primary.Length is 2 or 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }
}
