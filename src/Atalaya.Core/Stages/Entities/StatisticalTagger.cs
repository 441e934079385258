using Atalaya.Core.Documents;
using Atalaya.Core.Stages.Entities.Ner;

namespace Atalaya.Core.Stages.Entities;

/// <summary>The trained NER models as the entity stage's tagger.</summary>
internal sealed class StatisticalTagger(NerTagger tagger) : INamedEntityTagger
{
    public IReadOnlyList<(TextSpan Span, string Type, double Confidence)> Tag(string text, IReadOnlyList<TextSpan> tokens, string language)
        => [.. tagger.Tag(text, tokens, language).Select(s => (s.Span, s.Type, s.Confidence))];

    public bool IsMostlyLowerCase(ReadOnlySpan<char> word, string language) => tagger.Usage(word, language) is 1 or 2;

    /// <summary>The tagger when data/models holds NER models, else null.</summary>
    public static StatisticalTagger? TryLoad(string dataDirectory)
    {
        var models = Path.Combine(dataDirectory, "models");
        return Directory.Exists(models) && Directory.EnumerateFiles(models, "ner*.atn").Any()
            ? new StatisticalTagger(NerTagger.Load(dataDirectory))
            : null;
    }
}
