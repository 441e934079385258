using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Atalaya.Core.Stages.Entities.Ner;

namespace Atalaya.Training.Ner;

/// <summary>
/// The entity tagger:
///   dotnet run -c Release --project tools/Atalaya.Training -- ner train   (writes data/models/ner.atn)
///   dotnet run -c Release --project tools/Atalaya.Training -- ner eval    (entity F1 per test set)
/// </summary>
internal static class NerCommands
{
    /// <summary>
    /// Languages whose own model beat the multilingual one on their development set (nb +0.03 F1,
    /// en +0.01); nn, pt, da and sv did as well or better in the multilingual model, de was mixed.
    /// </summary>
    private static readonly string[] DefaultPerLanguage = ["nb", "en"];

    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "NER corpora (shared/data/ner)", DefaultValueFactory = _ => "../shared/data/ner" };
        var models = new Option<string>("--models") { Description = "Folder of the ner*.atn models", DefaultValueFactory = _ => "data/models" };
        var bits = new Option<int>("--bits") { Description = "Hash buckets: 2^bits", DefaultValueFactory = _ => 20 };
        var epochs = new Option<int>("--epochs") { DefaultValueFactory = _ => 8 };
        var dropout = new Option<double>("--language-dropout") { Description = "Share of sentences trained without their language", DefaultValueFactory = _ => 0.25 };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 7 };
        var only = new Option<string[]>("--languages") { Description = "Train only on these languages' corpora", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--name") { Description = "Model file name in --models", DefaultValueFactory = _ => "ner.atn" };

        var perLanguage = new Option<string[]>("--per-language")
        {
            Description = "Languages that also get a model of their own (ner.<code>.atn), trained on their corpora alone",
            AllowMultipleArgumentsPerToken = true,
            DefaultValueFactory = _ => DefaultPerLanguage,
        };
        var languageBits = new Option<int>("--language-bits") { Description = "Hash buckets of the per-language models: 2^bits", DefaultValueFactory = _ => 19 };
        var withoutDev = new Option<bool>("--no-dev") { Description = "Leave the development splits out of training and score them" };
        var train = new Command("train", "Train the entity tagger on the licensed corpora and write the models") { data, models, bits, epochs, dropout, seed, only, output, perLanguage, languageBits, withoutDev };
        train.SetAction(parse =>
        {
            var watch = Stopwatch.StartNew();
            var root = parse.GetValue(data)!;
            var folder = parse.GetValue(models)!;
            Directory.CreateDirectory(folder);
            var languages = parse.GetValue(only);
            var options = (Bits: parse.GetValue(bits), Epochs: parse.GetValue(epochs), Dropout: parse.GetValue(dropout), Seed: parse.GetValue(seed));
            var noDev = parse.GetValue(withoutDev);
            var sets = NerCorpus.Training.Where(s => (languages is not { Length: > 0 } || languages.Contains(s.Language)) && !(noDev && NerCorpus.Development.Contains(s))).ToArray();
            TrainOne(root, sets, Path.Combine(folder, parse.GetValue(output)!), options);
            foreach (var language in parse.GetValue(perLanguage) ?? [])
            {
                TrainOne(root, [.. sets.Where(s => s.Language == language)], Path.Combine(folder, $"ner.{language}.atn"), options with { Bits = parse.GetValue(languageBits) });
            }

            Console.WriteLine($"done in {watch.Elapsed.TotalSeconds:0.0} s");
            return 0;
        });

        var alias = new Option<string[]>("--as") { Description = "Tag a language as another, e.g. nl=de (nl=xx: no language features)", AllowMultipleArgumentsPerToken = true };
        var eval = new Command("eval", "Entity-level precision/recall/F1 (exact span and type) on every test set") { data, models, alias };
        eval.SetAction(parse =>
        {
            var watch = Stopwatch.StartNew();
            var tagger = NerTagger.Load(Path.GetDirectoryName(Path.GetFullPath(Path.Combine(parse.GetValue(models)!, "x")))!);
            Console.WriteLine($"models loaded in {watch.Elapsed.TotalMilliseconds:0} ms; trained languages: {string.Join(' ', tagger.Languages)}");
            var aliases = (parse.GetValue(alias) ?? []).Select(a => a.Split('=')).ToDictionary(a => a[0], a => a[1], StringComparer.Ordinal);
            Console.WriteLine($"{"test set",-28} {"sentences",9} {"entities",8}  P     R     F1    | F1 PER ORG LOC MISC");
            foreach (var set in NerCorpus.Test)
            {
                var path = Path.Combine(parse.GetValue(data)!, set.Language, set.Corpus, set.File);
                if (!File.Exists(path))
                {
                    continue;
                }

                var sentences = NerCorpus.Read(parse.GetValue(data)!, set, training: false);
                var language = aliases.GetValueOrDefault(set.Language, set.Language);
                var (all, byType) = NerEvaluation.Run(sentences, set.HasMisc, (s, labels) => tagger.TagWords(s.Words, language, labels));
                var types = string.Join(' ', byType.Select(t => t.Gold == 0 ? "  -  " : t.F1.ToString("0.000", CultureInfo.InvariantCulture)));
                var name = set.Corpus == "wikigold" ? "en/wikigold/heldout-10%" : set.Name;
                Console.WriteLine($"{name,-28} {sentences.Count,9} {all.Gold,8}  {NerEvaluation.Format(all)} | {types}{(language != set.Language ? $"  (as {language})" : "")}");
            }

            return 0;
        });

        return new Command("ner", "Named-entity tagger: train, eval") { train, eval };
    }

    private static void TrainOne(string root, NerSet[] sets, string path, (int Bits, int Epochs, double Dropout, int Seed) options)
    {
        var watch = Stopwatch.StartNew();
        var sentences = sets.SelectMany(set => NerCorpus.Read(root, set, training: true)
            .Select(s => (Tokens: s.Words.Select(w => NerFeatures.Describe(w)).ToArray(), s.Labels, s.Language, set.HasMisc))).ToList();
        Console.WriteLine($"{Path.GetFileName(path)}: {string.Join(", ", sets.Select(s => $"{s.Language}/{s.Corpus}/{s.File}"))}");
        Console.WriteLine($"  {sentences.Count} sentences, {sentences.Sum(s => s.Tokens.Length)} tokens");
        var trainer = new PerceptronTrainer(options.Bits);
        var random = new Random(options.Seed);
        var languages = sets.Select(s => s.Language).Distinct().Order(StringComparer.Ordinal).ToArray();
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            // A single-language model has no other language to stand in for: no language dropout.
            trainer.Epoch(sentences, random, languages.Length > 1 ? options.Dropout : 0, out var accuracy);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  epoch {epoch + 1}: training token accuracy {accuracy:0.0000} ({watch.Elapsed.TotalSeconds:0.0} s)"));
        }

        var (scale, rows) = trainer.Quantize();
        NerModel.Write(path, options.Bits, languages, scale, rows);
        Console.WriteLine($"  wrote {path} ({new FileInfo(path).Length / 1024.0 / 1024.0:0.00} MB, sha256 {Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))[..16]}) in {watch.Elapsed.TotalSeconds:0.0} s");
        var model = NerModel.Read(path);
        foreach (var set in NerCorpus.Development.Where(s => languages.Contains(s.Language) && !sets.Contains(s)))
        {
            var (all, _) = NerEvaluation.Run(NerCorpus.Read(root, set, training: false), set.HasMisc, (s, labels) => Tag(model, s.Words, s.Language, labels));
            Console.WriteLine($"  dev {set.Name,-28} P R F1 {NerEvaluation.Format(all)}");
        }
    }

    private static void Tag(NerModel model, string[] words, string language, int[] labels)
    {
        var tokens = words.Select(w => NerFeatures.Describe(w)).ToArray();
        model.Decode(tokens, NerFeatures.LanguageHash(language), labels, new float[tokens.Length]);
    }
}
