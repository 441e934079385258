using System.Globalization;
using System.Text;
using Atalaya.Core.Documents;
using Atalaya.Core.Resources;

namespace Atalaya.Core.Synthetic;

/// <summary>
/// Generates any number of realistic article variants from a few seed articles, for throughput
/// benchmarks: paragraphs of same-language seeds are recombined and reordered, numbers changed,
/// and page furniture from the language packs (date stamps, share widgets, "Comments", captions)
/// sprinkled in as scrapers leave it. Deterministic for a given seed.
/// </summary>
public sealed class SyntheticArticles
{
    private readonly Dictionary<string, List<string[]>> paragraphsByGroup;
    private readonly List<string> groups;
    private readonly string[] noise;

    public SyntheticArticles(IEnumerable<SourceDocument> seeds, AtalayaResources resources)
    {
        paragraphsByGroup = [];
        foreach (var seed in seeds)
        {
            var group = GroupOf(seed);
            var paragraphs = seed.Text.Split(["\r\n\r\n", "\n\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (paragraphs.Length == 0)
            {
                continue;
            }

            if (!paragraphsByGroup.TryGetValue(group, out var list))
            {
                paragraphsByGroup[group] = list = [];
            }

            list.Add(paragraphs);
        }

        groups = [.. paragraphsByGroup.Keys.Order(StringComparer.Ordinal)];
        if (groups.Count == 0)
        {
            throw new ArgumentException("no seed article with text", nameof(seeds));
        }

        noise = [.. resources.Boilerplate is { Count: > 0 }
            ? resources.Languages.Values.SelectMany(pack => pack.Boilerplate).Where(p => p.Match == PhraseMatch.Line).Select(p => p.Phrase)
            : ["Comments", "Share"]];
        if (noise.Length == 0)
        {
            noise = ["Comments"];
        }
    }

    public IEnumerable<SourceDocument> Generate(int count, int seed = 20260222)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var group = groups[random.Next(groups.Count)];
            var articles = paragraphsByGroup[group];
            var main = articles[random.Next(articles.Count)];
            var other = articles[random.Next(articles.Count)];
            yield return new SourceDocument
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"synthetic-{i + 1:D7}"),
                Source = "synthetic",
                Text = Compose(main, other, random),
                Metadata = new SourceMetadata { Url = string.Create(CultureInfo.InvariantCulture, $"https://news.example/{2018 + random.Next(8)}/{1 + random.Next(12):D2}/{1 + random.Next(28):D2}/article-{i}") },
            };
        }
    }

    private string Compose(string[] main, string[] other, Random random)
    {
        var text = new StringBuilder(4096);
        if (random.Next(3) == 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" date {2018 + random.Next(8)}-{1 + random.Next(12):D2} {Noise(random)}\n\n");
        }

        // Title first, then body paragraphs: some from the main seed in order, some borrowed and shuffled in.
        text.Append(main[0]).Append("\n\n");
        var body = main.Skip(1).ToList();
        foreach (var borrowed in other.Skip(1).Where(_ => random.Next(3) == 0))
        {
            body.Insert(random.Next(body.Count + 1), borrowed);
        }

        foreach (var paragraph in body)
        {
            if (random.Next(6) == 0)
            {
                text.Append(Noise(random)).Append("\n\n");
            }

            AppendWithNewNumbers(text, paragraph, random);
            text.Append("\n\n");
        }

        if (random.Next(2) == 0)
        {
            text.Append(Noise(random)).Append('\n');
        }

        return text.ToString();
    }

    private string Noise(Random random) => noise[random.Next(noise.Length)];

    private static void AppendWithNewNumbers(StringBuilder text, string paragraph, Random random)
    {
        foreach (var c in paragraph)
        {
            // Change small counts but keep years (4 digits in a row would need lookahead; changing single digits keeps them plausible).
            text.Append(char.IsAsciiDigit(c) && random.Next(4) == 0 ? (char)('0' + random.Next(10)) : c);
        }
    }

    private static string GroupOf(SourceDocument seed)
    {
        var name = Path.GetFileName(seed.Source);
        var dash = name.IndexOf('-', StringComparison.Ordinal);
        return dash is > 0 and <= 3 ? name[..dash] : seed.Metadata.DeclaredLanguage ?? "any";
    }
}
