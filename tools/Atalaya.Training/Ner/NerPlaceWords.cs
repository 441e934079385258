using System.IO.Compression;
using Atalaya.Core.Documents;
using Atalaya.Core.Stages.Entities.Ner;
using Atalaya.Core.Stages.Segmentation;

namespace Atalaya.Training.Ner;

/// <summary>
/// The capitalized words of place names for <see cref="NerLexicon.Places"/>, from GeoNames (CC BY
/// 4.0) in shared/data/geo: world cities of 15,000+ people and Mexican places of 500+ with their
/// alternate names in Latin script, first-level divisions and countries, less the words that are
/// common lowercase words in some language.
/// </summary>
internal static class NerPlaceWords
{
    /// <param name="geoFolder">shared/data/geo.</param>
    /// <param name="common">Words (<see cref="TokenInfo.Word"/>) left out: those some language mostly writes in lowercase.</param>
    public static Dictionary<uint, byte> Read(string geoFolder, HashSet<uint> common)
    {
        var words = new Dictionary<uint, byte>();
        if (string.IsNullOrEmpty(geoFolder) || !Directory.Exists(geoFolder))
        {
            return words;
        }

        foreach (var file in new[] { "geonames/world_cities15000.tsv.gz", "geonames/mx_places_cities500.tsv.gz" })
        {
            foreach (var columns in Rows(Path.Combine(geoFolder, file)).Skip(1))
            {
                Add(words, common, columns[1]);
                Add(words, common, columns[2]);
                foreach (var alternate in columns[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    Add(words, common, alternate);
                }
            }
        }

        foreach (var columns in Rows(Path.Combine(geoFolder, "geonames/admin1CodesASCII.txt")))
        {
            Add(words, common, columns[1]);
            Add(words, common, columns[2]);
        }

        foreach (var columns in Rows(Path.Combine(geoFolder, "geonames/countryInfo.txt")).Where(c => !c[0].StartsWith('#') && c.Length > 5))
        {
            Add(words, common, columns[4]);
        }

        return words;
    }

    private static IEnumerable<string[]> Rows(string path)
    {
        if (!File.Exists(path))
        {
            yield break;
        }

        using var file = File.OpenRead(path);
        using Stream input = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(input);
        while (reader.ReadLine() is { } line)
        {
            var columns = line.Split('\t');
            if (columns.Length >= 4)
            {
                yield return columns;
            }
        }
    }

    /// <summary>Each capitalized Latin-script word of a name: 1 when it is the whole name, 2 when part of a longer one.</summary>
    private static void Add(Dictionary<uint, byte> words, HashSet<uint> common, string name)
    {
        if (name.Length < 2 || name.Any(c => char.IsLetter(c) && c > 'ɏ'))
        {
            return;
        }

        var tokens = new List<Token>();
        Tokenizer.Tokenize(name, new TextSpan(0, name.Length), 0, tokens);
        var wordCount = tokens.Count(t => t.Kind == TokenKind.Word);
        foreach (var token in tokens.Where(t => t.Kind == TokenKind.Word))
        {
            var info = NerFeatures.Describe(token.Span.AsSpan(name));
            if (info.Case is not (2 or 3 or 5) || info.Length < 2 || common.Contains(info.Word))
            {
                continue;
            }

            var key = NerLexicon.Key(info.Word, NerLexicon.Places);
            words[key] = (byte)(words.GetValueOrDefault(key) | (wordCount == 1 ? 1 : 2));
        }
    }
}
