namespace Atalaya.Core.Documents;

/// <summary>An ISO 639-1 code ("und" when unknown) and a confidence in [0, 1]. A value type: identifying a span allocates nothing.</summary>
public readonly record struct LanguageGuess(string Code, double Confidence)
{
    public static readonly LanguageGuess Undetermined = new("und", 0);

    public bool IsUndetermined => Code == Undetermined.Code;
}
