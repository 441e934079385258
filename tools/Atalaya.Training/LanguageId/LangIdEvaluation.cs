using System.Globalization;
using Atalaya.Core.Pipeline;
using Atalaya.Core.Resources;
using Atalaya.Core.Stages.Ingest;
using Atalaya.Core.Stages.Language;

namespace Atalaya.Training.LanguageId;

/// <summary>
/// Measures the identifier: per-language precision and recall on the held-out test split (single
/// sentences of 40+ characters, and texts of 200+ characters made of consecutive test sentences),
/// on sentences of gold-labelled articles, and accuracy inside groups of close languages.
/// </summary>
internal static class LangIdEvaluation
{
    public static readonly string[] FocusLanguages = ["es", "pt", "ca", "gl", "it", "fr", "en", "de", "nl", "af", "nb", "nn", "da", "sv"];

    private static readonly string[][] CloseGroups = [["nb", "da", "sv"], ["nb", "nn"], ["es", "pt", "ca", "gl"]];

    public static void Run(LanguageIdentifier identifier, string dataFolder, IReadOnlyList<(string Id, string Gold)> goldArticles, IReadOnlyList<string> inputs, TextWriter output)
    {
        var languages = identifier.Languages.ToArray();
        var test = LangIdCorpus.Read(dataFolder, "test", languages);
        var sentences = test.Where(t => t.Text.Length >= 40).Select(t => (t.Language, t.Text)).ToList();
        Report(output, "Test split: single sentences of 40+ characters", identifier, sentences);
        Report(output, "Test split: texts of 200+ characters (consecutive test sentences)", identifier, Concatenate(test, 200));
        if (goldArticles.Count > 0)
        {
            var (articleSentences, documents) = ArticleSentences(goldArticles, inputs);
            Report(output, "Gold articles: sentences of 40+ characters", identifier, articleSentences);
            Report(output, "Gold articles: whole documents (language stage input)", identifier, documents);
        }
    }

    private static void Report(TextWriter output, string title, LanguageIdentifier identifier, List<(string Gold, string Text)> items)
    {
        var predicted = items.Select(i => identifier.Identify(i.Text).Code).ToList();
        output.WriteLine();
        output.WriteLine($"## {title}: {items.Count} items, accuracy {Ratio(items.Where((t, i) => predicted[i] == t.Gold).Count(), items.Count)}");
        output.WriteLine();
        output.WriteLine("| lang | n | precision | recall | F1 |");
        output.WriteLine("|---|---:|---:|---:|---:|");
        var golds = items.Select(i => i.Gold).Distinct().OrderBy(g => Array.IndexOf(FocusLanguages, g) is var k && k < 0 ? 100 : k).ThenBy(g => g, StringComparer.Ordinal);
        foreach (var language in golds)
        {
            var tp = items.Where((t, i) => t.Gold == language && predicted[i] == language).Count();
            var gold = items.Count(t => t.Gold == language);
            var system = predicted.Count(p => p == language);
            var p = system == 0 ? 0 : (double)tp / system;
            var r = gold == 0 ? 0 : (double)tp / gold;
            var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            var focus = FocusLanguages.Contains(language) ? "**" : "";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {focus}{language}{focus} | {gold} | {p:0.0000} | {r:0.0000} | {f:0.0000} |"));
        }

        foreach (var group in CloseGroups)
        {
            var inGroup = items.Select((t, i) => (t.Gold, Predicted: predicted[i])).Where(x => group.Contains(x.Gold)).ToList();
            if (inGroup.Count == 0)
            {
                continue;
            }

            var perLanguage = group.Select(l => (l, inGroup.Where(x => x.Gold == l).ToList()))
                .Where(x => x.Item2.Count > 0)
                .Select(x => $"{x.l} {Ratio(x.Item2.Count(y => y.Predicted == x.l), x.Item2.Count)}");
            output.WriteLine();
            output.WriteLine($"Close group {string.Join('/', group)}: {string.Join(", ", perLanguage)}; confusions: {string.Join(", ", inGroup.Where(x => x.Gold != x.Predicted).GroupBy(x => $"{x.Gold}→{x.Predicted}").OrderByDescending(g => g.Count()).Take(6).Select(g => $"{g.Key} {g.Count()}"))}");
        }
    }

    private static List<(string, string)> Concatenate(List<LabelledText> test, int minLength)
    {
        var result = new List<(string, string)>();
        foreach (var group in test.GroupBy(t => t.Language))
        {
            var current = "";
            foreach (var line in group)
            {
                current = current.Length == 0 ? line.Text : current + " " + line.Text;
                if (current.Length >= minLength)
                {
                    result.Add((group.Key, current));
                    current = "";
                }
            }
        }

        return result;
    }

    /// <summary>Sentences (cleaned and segmented by the real pipeline) and whole documents of gold-labelled articles.</summary>
    private static (List<(string, string)> Sentences, List<(string, string)> Documents) ArticleSentences(IReadOnlyList<(string Id, string Gold)> articles, IReadOnlyList<string> inputs)
    {
        var resources = AtalayaResources.Load();
        var pipeline = new PipelineBuilder()
            .Add(new Atalaya.Core.Stages.Cleaning.CleaningStage())
            .Add(new Atalaya.Core.Stages.Segmentation.SegmentationStage())
            .Build(resources);
        var sentences = new List<(string, string)>();
        var documents = new List<(string, string)>();
        var golds = articles.ToDictionary(a => a.Id, a => a.Gold);
        foreach (var item in new DocumentReader().Read(inputs))
        {
            if (item.Document is not { } document)
            {
                continue;
            }

            if (!golds.TryGetValue(document.Id, out var gold))
            {
                continue;
            }

            var analyzed = pipeline.Analyze(document).Document;
            var text = document.Text;
            var body = analyzed.Get(Annotations.Sentences).Spans;
            documents.Add((gold, string.Join('\n', body.Select(s => s.Slice(text)))));
            sentences.AddRange(body.Where(s => s.Length >= 40).Select(s => (gold, s.Slice(text))));
        }

        return (sentences, documents);
    }

    private static string Ratio(int good, int total) => total == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{(double)good / total:0.0000}");
}
