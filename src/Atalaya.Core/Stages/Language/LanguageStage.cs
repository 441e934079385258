using Atalaya.Core.Documents;
using Atalaya.Core.Pipeline;
using Atalaya.Core.Resources;

namespace Atalaya.Core.Stages.Language;

/// <summary>
/// Fills the document language. Until the trained identifier lands this stage only trusts a
/// language the source declares (HTML lang attribute, JSON "language"); otherwise "und".
/// </summary>
public sealed class LanguageStage : IStage
{
    private const double DeclaredConfidence = 0.5;

    public string Name => "language";

    public IReadOnlyList<AnnotationKey> Requires { get; } = [Annotations.SourceText, Annotations.Boilerplate];

    public IReadOnlyList<AnnotationKey> Assigns { get; } = [Annotations.Language];

    public void Process(AnalyzedDocument document, AtalayaResources resources, CancellationToken cancellation)
    {
        var declared = Normalize(document.Source.Metadata.DeclaredLanguage);
        document.Set(Annotations.Language, declared is null ? LanguageGuess.Undetermined : new LanguageGuess(declared, DeclaredConfidence));
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
