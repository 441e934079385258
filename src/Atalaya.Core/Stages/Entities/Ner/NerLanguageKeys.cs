namespace Atalaya.Core.Stages.Entities.Ner;

/// <summary>
/// The two language hashes a sentence is tagged with: <see cref="Language"/> for the
/// language-joined features (the "xx" hash when the model has no features for it), and
/// <see cref="Text"/> for the word-usage lexicon (the sentence's own language, which has raw text
/// even when it has no annotated corpus).
/// </summary>
internal readonly record struct NerLanguageKeys(uint Language, uint Text)
{
    /// <summary>The keys of a sentence in <paramref name="textLanguage"/>, tagged with the features of <paramref name="featureLanguage"/> (null: none).</summary>
    public static NerLanguageKeys For(string? featureLanguage, string? textLanguage)
        => new(NerFeatures.LanguageHash(featureLanguage), NerFeatures.LanguageHash(textLanguage));
}
