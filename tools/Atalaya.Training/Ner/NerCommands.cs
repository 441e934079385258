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
    /// Languages that get a model of their own by default: none. With Viterbi decoding, the
    /// word-usage lexicon and the language-group features, the multilingual model beat the
    /// single-language ones on their development sets (nb 0.832 against 0.802, en 0.686 against 0.674).
    /// </summary>
    private static readonly string[] DefaultPerLanguage = [];

    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "NER corpora (shared/data/ner)", DefaultValueFactory = _ => "../shared/data/ner" };
        var models = new Option<string>("--models") { Description = "Folder of the ner*.atn models", DefaultValueFactory = _ => "data/models" };
        var bits = new Option<int>("--bits") { Description = "Hash buckets: 2^bits (19: a 9 MB table; 20 was no better on the development sets and 30 % slower to tag, its table twice the cache misses)", DefaultValueFactory = _ => 19 };
        var epochs = new Option<int>("--epochs") { DefaultValueFactory = _ => 8 };
        var dropout = new Option<double>("--language-dropout") { Description = "Share of sentences trained without their language", DefaultValueFactory = _ => 0.25 };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 7 };
        var text = new Option<string>("--text") { Description = "Raw text for the word-usage lexicon (shared/data/langid)", DefaultValueFactory = _ => "../shared/data/langid" };
        var usageMinimum = new Option<int>("--usage-minimum") { Description = "Occurrences a word needs to enter the word-usage lexicon (0: no lexicon)", DefaultValueFactory = _ => 2 };
        var places = new Option<string>("--places") { Description = "GeoNames files (shared/data/geo) for the place-name words; empty: none", DefaultValueFactory = _ => "../shared/data/geo" };
        var minimumPerLanguage = new Option<int>("--min-per-language") { Description = "Sentences each language is repeated up to (small corpora count more)", DefaultValueFactory = _ => 8000 };
        var shout = new Option<double>("--shout") { Description = "Share of sentences also trained in capitals (headlines)", DefaultValueFactory = _ => 0.03 };
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
        var train = new Command("train", "Train the entity tagger on the licensed corpora and write the models") { data, models, text, places, usageMinimum, minimumPerLanguage, bits, epochs, dropout, seed, shout, only, output, perLanguage, languageBits, withoutDev };
        train.SetAction(parse =>
        {
            var watch = Stopwatch.StartNew();
            var root = parse.GetValue(data)!;
            var folder = parse.GetValue(models)!;
            Directory.CreateDirectory(folder);
            var languages = parse.GetValue(only);
            var options = new NerTrainingOptions(parse.GetValue(bits), parse.GetValue(epochs), parse.GetValue(dropout), parse.GetValue(seed), parse.GetValue(shout), parse.GetValue(text)!, parse.GetValue(usageMinimum), parse.GetValue(minimumPerLanguage), parse.GetValue(places)!);
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

        var alias = new Option<string[]>("--as") { Description = "Tag a language with another's model and language features, e.g. nl=de (nl=xx: none); its word-usage lexicon stays its own", AllowMultipleArgumentsPerToken = true };
        var development = new Option<bool>("--dev") { Description = "Score the development split of each test corpus that has one (for choosing settings without looking at test data)" };
        var dump = new Option<string?>("--dump") { Description = "Folder to write, per test set, each word with its gold and predicted label (error analysis)" };
        var stage = new Option<bool>("--stage") { Description = "Score the whole entity stage (knowledge base, gazetteer, tagger, name rules) instead of the tagger alone" };
        var eval = new Command("eval", "Entity-level precision/recall/F1 (exact span and type) on every test set") { data, models, alias, development, dump, stage };
        eval.SetAction(parse =>
        {
            var watch = Stopwatch.StartNew();
            var tagger = NerTagger.Load(Path.GetDirectoryName(Path.GetFullPath(Path.Combine(parse.GetValue(models)!, "x")))!);
            Console.WriteLine($"models loaded in {watch.Elapsed.TotalMilliseconds:0} ms; trained languages: {string.Join(' ', tagger.Languages)}");
            var stageTagging = parse.GetValue(stage) ? new StageTagging(Atalaya.Core.Resources.AtalayaResources.Load()) : null;
            var aliases = (parse.GetValue(alias) ?? []).Select(a => a.Split('=')).ToDictionary(a => a[0], a => a[1], StringComparer.Ordinal);
            Console.WriteLine($"{"test set",-28} {"sentences",9} {"entities",8}  P     R     F1    | F1 PER ORG LOC MISC");
            var sets = parse.GetValue(development) ? NerCorpus.Test.Select(s => s with { File = "dev.tsv.gz" }).Where(s => s.Corpus != "wikigold") : NerCorpus.Test;
            foreach (var set in sets)
            {
                var path = Path.Combine(parse.GetValue(data)!, set.Language, set.Corpus, set.File);
                if (!File.Exists(path))
                {
                    continue;
                }

                var sentences = NerCorpus.Read(parse.GetValue(data)!, set, training: false);
                var language = aliases.GetValueOrDefault(set.Language, set.Language);
                var dumpFolder = parse.GetValue(dump);
                using var dumpWriter = dumpFolder is null ? null : new StreamWriter(Path.Combine(Directory.CreateDirectory(dumpFolder).FullName, set.Name.Replace('/', '_') + ".tsv"));
                var (all, byType) = NerEvaluation.Run(sentences, set.HasMisc, (s, labels) =>
                {
                    if (stageTagging is not null)
                    {
                        stageTagging.Tag(s.Words, set.Language, labels);
                    }
                    else
                    {
                        tagger.TagWords(s.Words, language, labels, set.Language);
                    }

                    if (dumpWriter is not null)
                    {
                        for (var i = 0; i < s.Words.Length; i++)
                        {
                            dumpWriter.WriteLine($"{s.Words[i]}\t{NerLabels.Names[s.Labels[i]]}\t{NerLabels.Names[labels[i]]}");
                        }

                        dumpWriter.WriteLine();
                    }
                });
                var types = string.Join(' ', byType.Select(t => t.Gold == 0 ? "  -  " : t.F1.ToString("0.000", CultureInfo.InvariantCulture)));
                var name = set.Corpus == "wikigold" ? "en/wikigold/heldout-10%" : set.Name;
                Console.WriteLine($"{name,-28} {sentences.Count,9} {all.Gold,8}  {NerEvaluation.Format(all)} | {types}{(language != set.Language ? $"  (as {language})" : "")}");
            }

            return 0;
        });

        var rounds = new Option<int>("--rounds") { DefaultValueFactory = _ => 5 };
        var speed = new Command("speed", "Tagging speed on one thread (tokens per second) over some test sets") { data, models, rounds };
        speed.SetAction(parse =>
        {
            var tagger = NerTagger.Load(Path.GetDirectoryName(Path.GetFullPath(Path.Combine(parse.GetValue(models)!, "x")))!);
            NerSpeed.Run(tagger, parse.GetValue(data)!, parse.GetValue(rounds));
            return 0;
        });

        return new Command("ner", "Named-entity tagger: train, eval, speed") { train, eval, speed };
    }

    private static void TrainOne(string root, NerSet[] sets, string path, NerTrainingOptions options)
    {
        var watch = Stopwatch.StartNew();
        var shouting = new Random(options.Seed + 1);
        var corpora = sets.Select(set => (Set: set, Sentences: NerCorpus.Read(root, set, training: true))).ToArray();
        var lexicon = NerLexiconBuilder.Build(options.TextFolder, corpora.Where(c => !c.Set.Lowercase).SelectMany(c => c.Sentences), options.UsageMinimum, options.PlacesFolder);
        var sentences = corpora.SelectMany(corpus => corpus.Sentences
            .SelectMany(s => shouting.NextDouble() < options.Shout ? [s, s with { Words = [.. s.Words.Select(w => w.ToUpperInvariant())] }] : new[] { s })
            .Select(s => (Tokens: Describe(lexicon, s.Words, s.Language), s.Labels, s.Language, corpus.Set.HasMisc, SharedOnly: corpus.Set.Lowercase))).ToList();

        // A language with a small corpus is repeated up to the minimum, so its language features
        // get as many updates as a big language's and the big languages do not drown it.
        foreach (var small in sentences.GroupBy(s => s.Language).Where(g => g.Count() < options.MinimumPerLanguage).ToArray())
        {
            var own = small.ToArray();
            sentences.AddRange(Enumerable.Range(0, options.MinimumPerLanguage - own.Length).Select(i => own[i % own.Length]));
        }
        Console.WriteLine($"{Path.GetFileName(path)}: {string.Join(", ", sets.Select(s => $"{s.Language}/{s.Corpus}/{s.File}"))}");
        Console.WriteLine($"  {sentences.Count} sentences, {sentences.Sum(s => s.Tokens.Length)} tokens");
        var trainer = new PerceptronTrainer(options.Bits);
        var random = new Random(options.Seed);
        // A corpus whose capitals were restored by rule trains only the shared features (see PerceptronTrainer).
        var languages = sets.Where(s => !s.Lowercase).Select(s => s.Language).Distinct().Order(StringComparer.Ordinal).ToArray();
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            // A single-language model has no other language to stand in for: no language dropout.
            trainer.Epoch(sentences, random, languages.Length > 1 ? options.Dropout : 0, out var accuracy);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  epoch {epoch + 1}: training token accuracy {accuracy:0.0000} ({watch.Elapsed.TotalSeconds:0.0} s)"));
        }

        var (scale, rows, transitions) = trainer.Quantize();
        NerModel.Write(path, options.Bits, languages, scale, rows, transitions, lexicon);
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
        var tokens = NerFeatures.DescribeWords(words);
        model.Decode(tokens, NerLanguageKeys.For(language, language), labels, new float[tokens.Length]);
    }

    private static TokenInfo[] Describe(NerLexicon lexicon, string[] words, string language)
    {
        var tokens = NerFeatures.DescribeWords(words);
        lexicon.Annotate(tokens, NerFeatures.LanguageHash(language));
        return tokens;
    }
}
