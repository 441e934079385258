using Atalaya.Core.Documents;

namespace Atalaya.Core.Stages.Entities.Ner;

/// <summary>
/// Named-entity recognizer: PER, ORG, LOC and MISC spans over the tokens of one sentence.
/// Loads every data/models/ner*.atn: "ner.atn" is the multilingual model, "ner.&lt;code&gt;.atn" a
/// model for one language. A language without a model of its own uses the multilingual model,
/// with the language features of its nearest trained language (or none). Thread-safe; a call
/// allocates only its result list.
/// </summary>
public sealed class NerTagger
{
    /// <summary>
    /// For languages without language features of their own: the language whose features fit best,
    /// followed until a trained one. Spanish and Italian have only corpora whose capitals were
    /// restored by rule (trained as shared features only); Portuguese news features read Spanish
    /// news better than those would (CoNLL-2002 Spanish development set: F1 0.64 against 0.60).
    /// Dutch has no corpus; Danish features read it better than none or German's (CoNLL-2002 Dutch
    /// development set, three models: +0.007 to +0.019 F1 over none): like Dutch, and unlike
    /// German, Danish writes common nouns in lowercase, so its capitals mark names.
    /// </summary>
    private static readonly Dictionary<string, string> Nearest = new(StringComparer.Ordinal)
    {
        ["es"] = "pt",
        ["nl"] = "da",
        ["it"] = "es",
        ["ca"] = "es",
        ["gl"] = "pt",
        ["no"] = "nb",
        ["fo"] = "nn",
        ["is"] = "nn",
    };

    [ThreadStatic]
    private static Scratch? scratch;

    private readonly NerModel? multilingual;
    private readonly Dictionary<string, NerModel> byLanguage;

    private NerTagger(NerModel? multilingual, Dictionary<string, NerModel> byLanguage)
    {
        this.multilingual = multilingual;
        this.byLanguage = byLanguage;
    }

    /// <summary>The languages some model was trained on.</summary>
    public IReadOnlyCollection<string> Languages
        => [.. byLanguage.Keys.Concat(multilingual?.Languages ?? []).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Loads the models in <paramref name="dataDirectory"/>/models (or in <paramref name="dataDirectory"/> itself).</summary>
    public static NerTagger Load(string dataDirectory)
    {
        var folder = Path.Combine(dataDirectory, "models");
        if (!Directory.Exists(folder) || Directory.GetFiles(folder, "ner*.atn").Length == 0)
        {
            folder = dataDirectory;
        }

        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "ner*.atn").Order(StringComparer.Ordinal).ToArray() : [];
        if (files.Length == 0)
        {
            throw new FileNotFoundException($"no entity model (ner*.atn) in {dataDirectory}");
        }

        NerModel? multilingual = null;
        var byLanguage = new Dictionary<string, NerModel>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            // A per-language model of an older format that is no longer trained can outlive its
            // removal in a build output folder (copies are added, never deleted): it is skipped.
            if (NerModel.IsOutdated(file))
            {
                continue;
            }

            var name = Path.GetFileNameWithoutExtension(file);
            var model = NerModel.Read(file);
            if (name == "ner")
            {
                multilingual = model;
            }
            else if (name.StartsWith("ner.", StringComparison.Ordinal))
            {
                byLanguage[name[4..]] = model;
            }
        }

        if (multilingual is null && byLanguage.Count == 0)
        {
            throw new InvalidDataException($"no usable entity model (ner.atn or ner.<code>.atn) in {folder}");
        }

        return new NerTagger(multilingual, byLanguage);
    }

    /// <summary>The entities in one sentence, given its tokens (spans over <paramref name="text"/>) and its language code.</summary>
    public IReadOnlyList<NamedSpan> Tag(string text, IReadOnlyList<TextSpan> sentenceTokens, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentenceTokens);
        var result = new List<NamedSpan>();
        var count = sentenceTokens.Count;
        if (count == 0)
        {
            return result;
        }

        var (model, code) = Choose(language);
        var work = scratch ??= new Scratch();
        work.Ensure(count);
        var tokens = work.Tokens.AsSpan(0, count);
        for (var i = 0; i < count; i++)
        {
            var span = sentenceTokens[i];
            if (span.Start < 0 || span.End > text.Length || span.End < span.Start)
            {
                throw new ArgumentOutOfRangeException(nameof(sentenceTokens), $"token {i} ({span.Start}..{span.End}) is outside the text");
            }

            tokens[i] = NerFeatures.Describe(span.AsSpan(text));
        }

        if (NerFeatures.IsShouted(tokens))
        {
            for (var i = 0; i < count; i++)
            {
                tokens[i] = NerFeatures.Describe(sentenceTokens[i].AsSpan(text), shouted: true);
            }
        }

        var labels = work.Labels.AsSpan(0, count);
        var confidence = work.Confidence.AsSpan(0, count);
        model.Decode(tokens, NerLanguageKeys.For(code, language), labels, confidence);
        Collect(sentenceTokens, tokens, labels, confidence, result);
        return result;
    }

    /// <summary>
    /// How <paramref name="word"/> is written in running text of <paramref name="language"/> (the
    /// model's word-usage lexicon): 1 almost always in lower case … 4 almost always capitalized; 0 unknown.
    /// </summary>
    public byte Usage(ReadOnlySpan<char> word, string language)
    {
        var (model, _) = Choose(language);
        return model.Lexicon.Lookup(NerFeatures.Describe(word).Word, NerFeatures.LanguageHash(language));
    }

    /// <summary>Labels of pre-tokenized words (for evaluation): IOB2 label indexes, see <see cref="NerLabels"/>.</summary>
    /// <param name="words">The words of one sentence.</param>
    /// <param name="language">The language whose model and language features are used.</param>
    /// <param name="labels">Receives one label per word.</param>
    /// <param name="textLanguage">The language of the words (its word-usage lexicon); <paramref name="language"/> when null.</param>
    internal void TagWords(IReadOnlyList<string> words, string language, Span<int> labels, string? textLanguage = null)
    {
        var (model, code) = Choose(language);
        var tokens = NerFeatures.DescribeWords(words);
        model.Decode(tokens, NerLanguageKeys.For(code, textLanguage ?? language), labels, new float[tokens.Length]);
    }

    private (NerModel Model, string? Code) Choose(string? language)
    {
        language = (language ?? string.Empty).ToLowerInvariant();
        if (byLanguage.TryGetValue(language, out var own))
        {
            return (own, language);
        }

        if (multilingual is null)
        {
            // No multilingual model: the first language model, without language features.
            return (byLanguage.OrderBy(p => p.Key, StringComparer.Ordinal).First().Value, null);
        }

        if (multilingual.Languages.Contains(language))
        {
            return (multilingual, language);
        }

        var near = language;
        for (var step = 0; step < 4 && Nearest.TryGetValue(near, out var next); step++)
        {
            if (multilingual.Languages.Contains(next))
            {
                return (multilingual, next);
            }

            near = next;
        }

        return (multilingual, null);
    }

    private static void Collect(IReadOnlyList<TextSpan> spans, ReadOnlySpan<TokenInfo> tokens, ReadOnlySpan<int> labels, ReadOnlySpan<float> confidence, List<NamedSpan> result)
    {
        var i = 0;
        while (i < labels.Length)
        {
            if (labels[i] == 0)
            {
                i++;
                continue;
            }

            var type = NerLabels.TypeOf(labels[i]);
            var start = i;
            double sum = confidence[i];
            i++;
            while (i < labels.Length && NerLabels.IsInside(labels[i]) && NerLabels.TypeOf(labels[i]) == type)
            {
                sum += confidence[i];
                i++;
            }

            // "d'Italia": the entity starts after the elided article.
            var begin = spans[start].Start + tokens[start].Elision;
            result.Add(new NamedSpan(new TextSpan(begin, spans[i - 1].End), NerLabels.Types[type], Math.Round(sum / (i - start), 4)));
        }
    }

    private sealed class Scratch
    {
        public TokenInfo[] Tokens = new TokenInfo[64];
        public int[] Labels = new int[64];
        public float[] Confidence = new float[64];

        public void Ensure(int count)
        {
            if (Tokens.Length < count)
            {
                var size = Math.Max(count, Tokens.Length * 2);
                Tokens = new TokenInfo[size];
                Labels = new int[size];
                Confidence = new float[size];
            }
        }
    }
}
