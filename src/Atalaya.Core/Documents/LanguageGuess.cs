namespace Atalaya.Core.Documents;

/// <summary>An ISO 639-1 code ("und" when unknown) and a confidence in [0, 1].</summary>
public sealed record LanguageGuess(string Code, double Confidence)
{
    public static readonly LanguageGuess Undetermined = new("und", 0);
}
