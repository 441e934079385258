using System.Globalization;
using System.Text.RegularExpressions;

namespace Atalaya.Cli.Tests.Streaming;

/// <summary>
/// A corpus of many documents made from the bundled sample articles (fictional, written for the
/// project): each copy keeps its headline first, shuffles its other paragraphs and raises its small
/// numbers, so documents are new texts that still report the samples' stories, some of which a
/// later document unites.
/// </summary>
public static partial class RemixedSamples
{
    public static string Articles => Path.Combine(AppContext.BaseDirectory, "samples", "articles");

    /// <summary>Writes doc-00000.txt… into the folder and returns it.</summary>
    public static string Write(string folder, int count)
    {
        var sources = Directory.GetFiles(Articles, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        Directory.CreateDirectory(folder);
        for (var i = 0; i < count; i++)
        {
            var paragraphs = sources[i % sources.Length].Split("\n\n");
            var random = new Random(i + 1);
            var body = paragraphs.Skip(1).OrderBy(_ => random.Next()).ToArray();
            var shift = i % 9;
            var text = SmallNumber().Replace(string.Join("\n\n", [paragraphs[0], .. body]), m =>
                (int.Parse(m.Value, CultureInfo.InvariantCulture) + shift).ToString(CultureInfo.InvariantCulture));
            File.WriteAllText(Path.Combine(folder, $"doc-{i:D5}.txt"), text);
        }

        return folder;
    }

    [GeneratedRegex(@"(?<![\d.,:/-])\d{1,3}(?![\d.,:/-]?\d)")]
    private static partial Regex SmallNumber();
}
