using System.IO.Compression;
using Atalaya.Core.Documents;
using Atalaya.Core.Stages.Entities.Ner;
using Atalaya.Core.Stages.Segmentation;

namespace Atalaya.Training.Ner;

/// <summary>
/// Builds the <see cref="NerLexicon"/> (how each word is usually written, and the words of place
/// names from <see cref="NerPlaceWords"/>) from raw text: the
/// language-identification sentences of shared/data/langid and the cased NER training sentences
/// (their words only, never their labels). A word counts only away from a sentence start and
/// after no opening punctuation, and only when seen at least <c>minimum</c> times.
/// </summary>
internal static class NerLexiconBuilder
{
    /// <summary>The languages whose text is read.</summary>
    public static readonly string[] Languages = ["ca", "da", "de", "en", "es", "fr", "gl", "it", "nb", "nl", "nn", "pt", "sv"];

    /// <summary>
    /// Source tags (prefixes) left out: text that also appears in an NER test set (EWT, PUD,
    /// Bosque, DDT, Talbanken, the UD Norwegian dev/test sentences that NorNE annotates, GermEval
    /// test, KIND Wikinews), so the statistics never saw test sentences; and the LGPL-LR French
    /// treebanks, whose licence does not allow shipping derived data.
    /// </summary>
    private static readonly string[] LeftOut =
    [
        "ud:English-EWT", "ud:English-PUD", "ud:German-PUD", "germeval2014-test", "ud:Portuguese-Bosque", "ud:Portuguese-PUD",
        "ud:Norwegian-", "uner:Danish-DDT", "ud:Danish-DDT", "uner:Swedish-Talbanken", "ud:Swedish-Talbanken", "kind-wn",
        "ud:French-Sequoia", "ud:French-FQB",
    ];

    public static NerLexicon Build(string textFolder, IEnumerable<NerSentence> sentences, int minimum, string placesFolder)
    {
        if (minimum <= 0)
        {
            return NerLexicon.Empty;
        }

        var counts = new Dictionary<(uint Word, uint Language), (int Seen, int Capitalized)>();
        var lines = 0;
        foreach (var language in Languages)
        {
            var hash = NerFeatures.LanguageHash(language);
            foreach (var split in new[] { "train", "test" })
            {
                foreach (var text in ReadText(Path.Combine(textFolder, $"{language}.{split}.tsv.gz")))
                {
                    Count(counts, Words(text), hash);
                    lines++;
                }
            }
        }

        foreach (var sentence in sentences)
        {
            Count(counts, sentence.Words, NerFeatures.LanguageHash(sentence.Language));
        }

        var usual = counts.Where(c => c.Value.Seen >= minimum)
            .Select(c => (c.Key.Word, Key: NerLexicon.Key(c.Key.Word, c.Key.Language), Value: NerLexicon.Classify(c.Value.Seen, c.Value.Capitalized))).ToList();
        var kept = usual.Select(u => (u.Key, u.Value)).ToList();

        // A place word that some language mostly writes in lowercase is a common word first
        // ("Mayor" of "Plaza Mayor", "Governor" of "Governor's Island"): it is not marked.
        var places = NerPlaceWords.Read(placesFolder, [.. usual.Where(u => u.Value <= 2).Select(u => u.Word)]);
        Console.WriteLine($"  word usage: {lines} text lines, {kept.Count} words seen {minimum}+ times; {places.Count} words of place names");
        kept.AddRange(places.Select(p => (p.Key, p.Value)));
        kept.Sort((a, b) => a.Key.CompareTo(b.Key));
        return new NerLexicon([.. kept.Select(c => c.Key)], [.. kept.Select(c => c.Value)]);
    }

    private static IEnumerable<string> ReadText(string path)
    {
        if (!File.Exists(path))
        {
            yield break;
        }

        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0 && !LeftOut.Any(prefix => line.AsSpan(0, tab).StartsWith(prefix, StringComparison.Ordinal)))
            {
                yield return line[(tab + 1)..];
            }
        }
    }

    private static string[] Words(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, new TextSpan(0, text.Length), 0, tokens);
        return [.. tokens.Select(t => t.Span.Slice(text))];
    }

    private static void Count(Dictionary<(uint Word, uint Language), (int Seen, int Capitalized)> counts, string[] words, uint language)
    {
        var tokens = words.Select(w => NerFeatures.Describe(w)).ToArray();
        if (NerFeatures.IsShouted(tokens))
        {
            return;
        }

        for (var i = 1; i < tokens.Length; i++)
        {
            if (tokens[i].Case == 0 || OpensSentence(words[i - 1]))
            {
                continue;
            }

            var key = (tokens[i].Word, language);
            var (seen, capitalized) = counts.GetValueOrDefault(key);
            counts[key] = (seen + 1, capitalized + (tokens[i].Case == 1 ? 0 : 1));
        }
    }

    /// <summary>Punctuation after which a capital is expected whatever the word.</summary>
    private static bool OpensSentence(string previous)
        => previous is "." or "!" or "?" or ":" or "\"" or "«" or "“" or "„" or "¿" or "¡" or "-" or "–" or "—" or "•" or "*" or "…";
}
