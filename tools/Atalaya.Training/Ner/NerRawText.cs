using System.IO.Compression;
using Atalaya.Core.Documents;
using Atalaya.Core.Stages.Segmentation;

namespace Atalaya.Training.Ner;

/// <summary>One tokenized sentence of raw text and its language.</summary>
internal sealed record NerTextSentence(string Language, string[] Words);

/// <summary>
/// The raw text the tagger's statistics may be learned from (the word-usage lexicon and the word
/// clusters): the language-identification sentences of shared/data/langid, minus the sources left
/// out below, tokenized as Atalaya tokenizes articles.
/// </summary>
internal static class NerRawText
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

    /// <summary>Every usable sentence of <paramref name="textFolder"/>, language by language, in file order.</summary>
    public static List<NerTextSentence> Read(string textFolder)
    {
        var sentences = new List<NerTextSentence>();
        foreach (var language in Languages)
        {
            foreach (var split in new[] { "train", "test" })
            {
                foreach (var text in ReadLines(Path.Combine(textFolder, $"{language}.{split}.tsv.gz")))
                {
                    sentences.Add(new NerTextSentence(language, Words(text)));
                }
            }
        }

        return sentences;
    }

    private static IEnumerable<string> ReadLines(string path)
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
}
