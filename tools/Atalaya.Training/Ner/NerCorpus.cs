using System.Globalization;
using System.IO.Compression;
using Atalaya.Core.Stages.Entities.Ner;

namespace Atalaya.Training.Ner;

/// <summary>One sentence of a NER corpus: its words, IOB2 label indexes (<see cref="NerLabels"/>) and language.</summary>
internal sealed record NerSentence(string[] Words, int[] Labels, string Language);

/// <summary>A corpus file: where it is and how it may be used.</summary>
internal sealed record NerSet(string Language, string Corpus, string File, bool HasMisc, bool Lowercase = false)
{
    public string Name => $"{Language}/{Corpus}/{Path.GetFileNameWithoutExtension(Path.GetFileNameWithoutExtension(File))}";
}

/// <summary>
/// Reads shared/data/ner (token TAB tag, blank line between sentences, gzip) and maps every tag set
/// to PER/ORG/LOC/MISC: NorNE GPE_LOC→LOC, GPE_ORG→ORG, PROD/EVT→MISC, DRV→O; GermEval OTH→MISC,
/// *deriv/*part→O. IOB2 violations (I-X not after X) become B-X.
/// </summary>
internal static class NerCorpus
{
    /// <summary>Development sets of the licensed corpora (epoch choice, never shipped data beyond training).</summary>
    public static readonly NerSet[] Development =
    [
        new("nb", "norne", "dev.tsv.gz", HasMisc: true),
        new("nn", "norne", "dev.tsv.gz", HasMisc: true),
        new("en", "uner-ewt", "dev.tsv.gz", HasMisc: false),
        new("pt", "uner-bosque", "dev.tsv.gz", HasMisc: false),
        new("da", "uner-ddt", "dev.tsv.gz", HasMisc: false),
        new("sv", "uner-talbanken", "dev.tsv.gz", HasMisc: false),
    ];

    /// <summary>
    /// The only corpora a shipped model is trained on: CC0 / CC BY / CC BY-SA (data/NOTICE).
    /// CoNLL-2002 (research only), KIND (non-commercial), Europarl (no named licence) and WikiANN
    /// (no explicit licence) are never listed here.
    /// </summary>
    public static readonly NerSet[] Training =
    [
        new("nb", "norne", "train.tsv.gz", HasMisc: true),
        new("nn", "norne", "train.tsv.gz", HasMisc: true),
        new("en", "uner-ewt", "train.tsv.gz", HasMisc: false),
        new("en", "wikigold", "all.tsv.gz", HasMisc: true),
        new("de", "germeval2014", "dev.tsv.gz", HasMisc: true),
        new("pt", "uner-bosque", "train.tsv.gz", HasMisc: false),
        new("da", "uner-ddt", "train.tsv.gz", HasMisc: false),
        new("sv", "uner-talbanken", "train.tsv.gz", HasMisc: false),
        new("es", "multiconer", "train.tsv.gz", HasMisc: true, Lowercase: true),
        new("es", "multiconer", "dev.tsv.gz", HasMisc: true, Lowercase: true),
        new("es", "multiconer2", "dev.tsv.gz", HasMisc: true, Lowercase: true),
        new("it", "multiconer2", "dev.tsv.gz", HasMisc: true, Lowercase: true),


        // The development splits of the same licensed corpora: used to choose the settings, then
        // added to the shipped model's training data (ner train --no-dev leaves them out).
        .. Development,
    ];


    /// <summary>Test sets: the published test splits, plus the research-only / unlicensed corpora used only here.</summary>
    public static readonly NerSet[] Test =
    [
        new("es", "conll2002", "test.tsv.gz", HasMisc: true),
        new("es", "europarl", "test.tsv.gz", HasMisc: true),
        new("nl", "conll2002", "test.tsv.gz", HasMisc: true),
        new("nb", "norne", "test.tsv.gz", HasMisc: true),
        new("nn", "norne", "test.tsv.gz", HasMisc: true),
        new("en", "uner-ewt", "test.tsv.gz", HasMisc: false),
        new("en", "uner-pud", "test.tsv.gz", HasMisc: false),
        new("en", "wikigold", "all.tsv.gz", HasMisc: true),
        new("pt", "uner-bosque", "test.tsv.gz", HasMisc: false),
        new("pt", "uner-pud", "test.tsv.gz", HasMisc: false),
        new("da", "uner-ddt", "test.tsv.gz", HasMisc: false),
        new("sv", "uner-talbanken", "test.tsv.gz", HasMisc: false),
        new("de", "germeval2014", "test.tsv.gz", HasMisc: true),
        new("de", "uner-pud", "test.tsv.gz", HasMisc: false),
        new("it", "europarl", "test.tsv.gz", HasMisc: true),
        new("it", "kind", "wn_test.tsv.gz", HasMisc: false),
        new("en", "wikiann", "test.tsv.gz", HasMisc: false),
        new("de", "wikiann", "test.tsv.gz", HasMisc: false),
        new("nl", "wikiann", "test.tsv.gz", HasMisc: false),
        new("pt", "wikiann", "test.tsv.gz", HasMisc: false),
        new("fr", "wikiann", "test.tsv.gz", HasMisc: false),
    ];

    /// <summary>Wikigold is one file: every tenth sentence (index % 10 == 9) is held out for testing, the rest trains.</summary>
    public static bool IsWikigoldTest(int index) => index % 10 == 9;

    private static readonly HashSet<string> LowercaseInsideNames = new(StringComparer.Ordinal)
    {
        "de", "del", "la", "las", "los", "el", "y", "e", "en", "di", "della", "delle", "dei", "degli", "del", "il", "lo", "le",
        "da", "do", "dos", "das", "of", "the", "and", "van", "von", "für", "a", "al", "por", "per", "für", "und", "der", "des",
    };

    public static List<NerSentence> Read(string root, NerSet set, bool training)
    {
        var path = Path.Combine(root, set.Language, set.Corpus, set.File);
        var sentences = new List<NerSentence>();
        var words = new List<string>();
        var labels = new List<int>();
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        while (true)
        {
            var line = reader.ReadLine();
            if (string.IsNullOrWhiteSpace(line))
            {
                if (words.Count > 0)
                {
                    sentences.Add(new NerSentence([.. words], Repair([.. labels]), set.Language));
                    words.Clear();
                    labels.Clear();
                }

                if (line is null)
                {
                    break;
                }

                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var word = tab < 0 ? line : line[..tab];
            var tag = tab < 0 ? "O" : line[(tab + 1)..].Trim();
            words.Add(word);
            labels.Add(Map(tag));
        }

        if (set.Corpus == "wikigold")
        {
            sentences = [.. sentences.Where((_, i) => IsWikigoldTest(i) != training)];
        }

        if (set.Lowercase && training)
        {
            sentences = [.. sentences.Select(RestoreCase)];
        }

        return sentences;
    }

    /// <summary>The PER/ORG/LOC/MISC label of a corpus tag.</summary>
    public static int Map(string tag)
    {
        if (tag.Length < 3 || tag[1] != '-' || tag[0] is not ('B' or 'I'))
        {
            return 0;
        }

        var type = tag[2..];
        if (type.EndsWith("deriv", StringComparison.Ordinal) || type.EndsWith("part", StringComparison.Ordinal))
        {
            return 0;
        }

        var coarse = type switch
        {
            "PER" or "PERSON" => 0,
            "ORG" or "GPE_ORG" => 1,
            "LOC" or "GPE_LOC" or "GPE" => 2,
            "MISC" or "PROD" or "EVT" or "OTH" => 3,
            _ => -1,
        };
        return coarse < 0 ? 0 : 1 + (2 * coarse) + (tag[0] == 'I' ? 1 : 0);
    }

    private static int[] Repair(int[] labels)
    {
        for (var i = 0; i < labels.Length; i++)
        {
            if (NerLabels.IsInside(labels[i]) && !NerLabels.Allowed(i > 0 ? labels[i - 1] : 0, labels[i]))
            {
                labels[i]--;
            }
        }

        return labels;
    }

    /// <summary>
    /// MultiCoNER is all lowercase. A news-like casing is restored: the first word of the sentence
    /// and every word of a name get a capital, except short function words inside a name
    /// ("universidad de chile" → "Universidad de Chile").
    /// </summary>
    private static NerSentence RestoreCase(NerSentence sentence)
    {
        var words = (string[])sentence.Words.Clone();
        for (var i = 0; i < words.Length; i++)
        {
            var label = sentence.Labels[i];
            var capitalize = i == 0 || NerLabels.IsBegin(label) || (NerLabels.IsInside(label) && !LowercaseInsideNames.Contains(words[i]));
            if (capitalize && words[i].Length > 0 && char.IsLower(words[i][0]))
            {
                words[i] = char.ToUpper(words[i][0], CultureInfo.InvariantCulture) + words[i][1..];
            }
        }

        return sentence with { Words = words };
    }
}
