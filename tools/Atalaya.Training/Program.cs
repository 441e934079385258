using System.CommandLine;
using System.Diagnostics;
using System.Security.Cryptography;
using Atalaya.Core.Stages.Language;
using Atalaya.Training.LanguageId;

namespace Atalaya.Training;

/// <summary>
/// Builds the trained files under data/ from the public data in ../shared/data. Off the runtime path.
///   dotnet run -c Release --project tools/Atalaya.Training -- langid train
///   dotnet run -c Release --project tools/Atalaya.Training -- langid eval
/// </summary>
internal static class Program
{
    /// <summary>Groups of languages that a sentence-level model confuses most; each gets its own table.</summary>
    private static readonly HashSet<string> ExcludedFromTraining = new(StringComparer.Ordinal) { "ud:French-Sequoia", "ud:French-FQB" };

    /// <summary>
    /// Groups of languages that a sentence-level model confuses most. Each gets tables of its own,
    /// trained on the group's text alone; their logits are averaged. Galician and Catalan exist
    /// here only as software-help text, so a table trained on all text partly learns "help text
    /// means gl/ca" and reads Galician news as Portuguese; a second table trained on help text
    /// alone, where all four languages share one domain, learns the languages themselves.
    /// </summary>
    private static readonly (string[] Languages, Func<string, bool>[] Tables)[] CloseLanguageGroups =
    [
        (["nb", "nn", "da", "sv"], [_ => true]),
        (["es", "pt", "ca", "gl"], [_ => true, source => source.StartsWith("debian-help", StringComparison.Ordinal)]),
    ];

    private static LinearTable TrainTable(string[] languages, IEnumerable<(string Language, uint[] Features)> lines, List<(string Language, uint[] Features)> check, int bits, TrainingOptions options)
    {
        var index = languages.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i);
        var examples = lines.Select(e => (index[e.Language], e.Features)).ToList();
        var trainer = new SoftmaxTrainer(bits, languages);
        trainer.Train(examples, options, Console.Out);
        trainer.Average();
        var held = check.Where(c => index.ContainsKey(c.Language)).Select(c => (index[c.Language], c.Features)).ToList();
        Console.WriteLine($"unquantized accuracy on test sentences of 40+ characters ({string.Join(',', languages.Length > 6 ? ["all"] : languages)}): {trainer.Accuracy(held):0.0000}");
        return trainer.ToTable(options.UniformPrior);
    }

    public static int Main(string[] args)
    {
        var data = new Option<string>("--data") { Description = "Language-identification data", DefaultValueFactory = _ => "../shared/data/langid" };
        var model = new Option<string>("--model") { Description = "Model file", DefaultValueFactory = _ => "data/models/langid.atlm" };
        var bits = new Option<int>("--bits") { Description = "Hash buckets: 2^bits", DefaultValueFactory = _ => 17 };
        var epochs = new Option<int>("--epochs") { DefaultValueFactory = _ => 5 };
        var rate = new Option<float>("--rate") { Description = "Initial SGD learning rate", DefaultValueFactory = _ => 2.0f };
        var cap = new Option<int>("--max-per-language") { DefaultValueFactory = _ => 15000 };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 7 };
        var gold = new Option<string[]>("--gold-articles")
        {
            Description = "Gold files (score.py format) whose documents' sentences are also evaluated; their articles are read from --articles",
            AllowMultipleArgumentsPerToken = true,
        };
        var articles = new Option<string[]>("--articles") { Description = "Article files or folders for --gold-articles", AllowMultipleArgumentsPerToken = true };

        var train = new Command("train", "Train the language identifier and write the model") { data, model, bits, epochs, rate, cap, seed };
        train.SetAction(parse =>
        {
            var folder = parse.GetValue(data)!;
            var languages = LangIdCorpus.Languages(folder).ToArray();
            var watch = Stopwatch.StartNew();
            // A shipped model learns only from text whose licence allows shipping it (data/NOTICE):
            // the LGPL-LR treebanks are left out of training (they still serve as test data).
            var lines = LangIdCorpus.Read(folder, "train", languages).Where(l => !ExcludedFromTraining.Contains(l.Source)).ToList();
            var index = languages.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i);
            var examples = lines.Select(line => (index[line.Language], FeatureList.Of(line.Text, parse.GetValue(bits)))).ToList();
            var sources = lines.Select(line => line.Source).ToList();
            Console.WriteLine($"{languages.Length} languages, {examples.Count} training lines, features in {watch.Elapsed.TotalSeconds:0.0} s");
            var options = new TrainingOptions(parse.GetValue(epochs), parse.GetValue(rate), parse.GetValue(cap), parse.GetValue(seed));
            var check = LangIdCorpus.Read(folder, "test", languages).Where(t => t.Text.Length >= 40)
                .Select(t => (Language: t.Language, Features: FeatureList.Of(t.Text, parse.GetValue(bits)))).ToList();
            var main = TrainTable(languages, examples.Select(e => (languages[e.Item1], e.Item2)), check, parse.GetValue(bits), options);

            // Close languages get a table of their own, trained on their data alone and longer.
            var groups = CloseLanguageGroups.Where(g => g.Languages.All(languages.Contains)).Select(group =>
            {
                Console.WriteLine($"group {string.Join('/', group.Languages)}");
                return group.Tables.Select(source =>
                {
                    var members = examples.Where((e, i) => group.Languages.Contains(languages[e.Item1]) && source(sources[i]));
                    return TrainTable(group.Languages, members.Select(e => (languages[e.Item1], e.Item2)), check, parse.GetValue(bits), options with { Epochs = options.Epochs * 2, MaxClassWeight = 8 });
                }).ToArray();
            }).ToList();
            var path = parse.GetValue(model)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            new LanguageModel(main, groups).Save(path);
            Console.WriteLine($"wrote {path} ({new FileInfo(path).Length / 1024.0 / 1024.0:0.0} MB, sha256 {Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))[..16]}) in {watch.Elapsed.TotalSeconds:0.0} s");
            return 0;
        });

        var eval = new Command("eval", "Per-language precision/recall of the identifier on held-out data") { data, model, gold, articles };
        eval.SetAction(parse =>
        {
            var packs = Atalaya.Core.Resources.AtalayaResources.Load().Languages;
            var watch = Stopwatch.StartNew();
            var identifier = LanguageIdentifier.Load(parse.GetValue(model)!, packs.ToDictionary(p => p.Key, p => p.Value.Markers));
            Console.WriteLine($"model loaded in {watch.Elapsed.TotalMilliseconds:0} ms (second load in this process): {identifier.Languages.Count} languages");
            var goldArticles = GoldArticles.Read(parse.GetValue(gold) ?? [], parse.GetValue(articles) ?? []);
            LangIdEvaluation.Run(identifier, parse.GetValue(data)!, goldArticles, parse.GetValue(articles) ?? [], Console.Out);
            return 0;
        });

        var langid = new Command("langid", "Language identification: train, eval") { train, eval };
        var root = new RootCommand("Atalaya training tools: build data/ from ../shared/data") { langid };
        root.Subcommands.Add(Ner.NerCommands.Create());
        root.Subcommands.Add(Geo.GeoCommands.Create());
        return root.Parse(args).Invoke();
    }
}
