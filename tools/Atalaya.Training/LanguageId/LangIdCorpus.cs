using System.IO.Compression;

namespace Atalaya.Training.LanguageId;

/// <summary>One labelled line of the language-identification data.</summary>
internal sealed record LabelledText(string Language, string Source, string Text);

/// <summary>Reads ../shared/data/langid: &lt;lang&gt;.train.tsv.gz and &lt;lang&gt;.test.tsv.gz, "source TAB text" per line.</summary>
internal static class LangIdCorpus
{
    public static IReadOnlyList<string> Languages(string folder)
        => [.. Directory.GetFiles(folder, "*.train.tsv.gz").Select(f => Path.GetFileName(f).Split('.')[0]).Order(StringComparer.Ordinal)];

    public static List<LabelledText> Read(string folder, string split, IEnumerable<string> languages)
    {
        var lines = new List<LabelledText>();
        foreach (var language in languages)
        {
            var path = Path.Combine(folder, $"{language}.{split}.tsv.gz");
            using var file = File.OpenRead(path);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var reader = new StreamReader(gzip);
            while (reader.ReadLine() is { } line)
            {
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                if (tab > 0 && tab < line.Length - 1)
                {
                    lines.Add(new LabelledText(language, line[..tab], line[(tab + 1)..]));
                }
            }
        }

        return lines;
    }
}
