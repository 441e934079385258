using Atalaya.Core.Documents;

namespace Atalaya.Core.Stages.Language;

/// <summary>
/// Identifies the language of any text or span: a document, a sentence, a quote. Returns an ISO
/// 639-1 code ("nb"/"nn" for Norwegian) with the model's probability, or "und" when the text has
/// too few letters to tell (numbers, URLs, one short word). Thread-safe; after warm-up a call
/// allocates nothing. Long texts are read until the answer is certain, not to the end.
/// </summary>
public sealed class LanguageIdentifier
{
    /// <summary>Fewer letters than this give "und".</summary>
    public const int MinLetters = 8;

    /// <summary>
    /// Reading stops once this many letters have been read and the top language has
    /// <see cref="EarlyStopProbability"/>; checked again after every further stretch of as many.
    /// </summary>
    private const int EarlyStopLetters = 300;

    /// <summary>
    /// Letters read at least before stopping on a language of a group of close languages
    /// (Spanish, Portuguese, Galician; the Scandinavian ones): the main table is sure of the group
    /// long before the group's own tables, which read the same features, tell its members apart.
    /// </summary>
    private const int CloseLanguageStopLetters = 600;
    private const double EarlyStopProbability = 0.9999;
    private const int MaxLetters = 20_000;

    [ThreadStatic]
    private static ScoreBuffers? buffers;

    /// <summary>Log-odds added per marker word ("dere", "ikkje", "não") when deciding inside a group of close languages.</summary>
    internal const double MarkerBonus = 2.0;

    private readonly LanguageModel model;

    // Marker word hash → the main-table indexes of the languages it marks.
    private readonly Dictionary<uint, int[]> markers;

    private LanguageIdentifier(LanguageModel model, Dictionary<uint, int[]> markers)
    {
        this.model = model;
        this.markers = markers;
    }

    /// <summary>A copy that reads every letter (up to the cap) instead of stopping once certain.</summary>
    internal LanguageIdentifier WithoutEarlyStop() => new(model, markers) { EarlyStop = false };

    /// <summary>False reads every letter up to the cap (benchmarks of raw speed); true stops once certain.</summary>
    internal bool EarlyStop { get; init; } = true;

    /// <summary>The languages the model knows, as ISO 639-1 codes.</summary>
    public IReadOnlyList<string> Languages => model.Languages;

    /// <summary>Loads a model; <paramref name="markerWords"/> maps language codes to their marker words (data/lang/*/markers.tsv).</summary>
    public static LanguageIdentifier Load(string path, IReadOnlyDictionary<string, IReadOnlyList<string>>? markerWords = null)
        => FromModel(LanguageModel.Load(path), markerWords);

    internal static LanguageIdentifier FromModel(LanguageModel model, IReadOnlyDictionary<string, IReadOnlyList<string>>? markerWords = null)
    {
        var byHash = new Dictionary<uint, List<int>>();
        foreach (var (code, words) in markerWords ?? new Dictionary<string, IReadOnlyList<string>>())
        {
            var index = Array.IndexOf(model.Languages, code);
            if (index < 0)
            {
                continue;
            }

            foreach (var word in words)
            {
                var hash = LanguageFeatures.WordHashOf(word.ToLowerInvariant());
                if (!byHash.TryGetValue(hash, out var list))
                {
                    byHash[hash] = list = [];
                }

                if (!list.Contains(index))
                {
                    list.Add(index);
                }
            }
        }

        return new LanguageIdentifier(model, byHash.ToDictionary(p => p.Key, p => p.Value.ToArray()));
    }

    public LanguageGuess Identify(ReadOnlySpan<char> text)
    {
        var scorer = Begin();
        scorer.Add(text);
        return Finish(ref scorer);
    }

    /// <summary>The language of several stretches of one text read as one (a document without its boilerplate).</summary>
    public LanguageGuess Identify(string text, IEnumerable<TextSpan> spans)
    {
        var scorer = Begin();
        foreach (var span in spans)
        {
            if (!scorer.Add(span.AsSpan(text)))
            {
                break;
            }
        }

        return Finish(ref scorer);
    }

    /// <summary>Probabilities of every language, best first (for tools and diagnostics; allocates).</summary>
    public IReadOnlyList<LanguageGuess> Rank(ReadOnlySpan<char> text)
    {
        var scorer = Begin();
        scorer.Add(text);
        var probabilities = new double[model.Languages.Length];
        scorer.Final(probabilities);
        return [.. model.Languages.Select((code, i) => new LanguageGuess(code, probabilities[i])).OrderByDescending(g => g.Confidence)];
    }

    private Scorer Begin()
    {
        var scratch = buffers;
        if (scratch is null || scratch.Sums.Length < model.Main.Stride)
        {
            buffers = scratch = new ScoreBuffers(model.Main.Stride);
        }

        Array.Clear(scratch.Sums);
        Array.Clear(scratch.Markers);
        return new Scorer(model, markers, scratch, EarlyStop);
    }

    private LanguageGuess Finish(ref Scorer scorer)
    {
        if (scorer.Letters < MinLetters || scorer.Features == 0)
        {
            return LanguageGuess.Undetermined;
        }

        Span<double> probabilities = stackalloc double[model.Languages.Length];
        scorer.Final(probabilities);
        var best = 0;
        for (var i = 1; i < probabilities.Length; i++)
        {
            best = probabilities[i] > probabilities[best] ? i : best;
        }

        return new LanguageGuess(model.Languages[best], Math.Round(probabilities[best], 4));
    }

    /// <summary>Per-thread scratch space, reused by every call on that thread.</summary>
    private sealed class ScoreBuffers(int stride)
    {
        public int[] Sums { get; } = new int[stride];

        public int[] GroupSums { get; } = new int[stride];

        public int[] Markers { get; } = new int[stride];

        public uint[] Features { get; set; } = new uint[4096];
    }

    /// <summary>Accumulates main-table rows and remembers the features for the close-language pass.</summary>
    private struct Scorer : IFeatureSink
    {
        private readonly LanguageModel model;
        private readonly Dictionary<uint, int[]> markers;
        private readonly ScoreBuffers scratch;
        private int lettersBefore;
        private int nextCheck;
        private int flushed;

        public Scorer(LanguageModel model, Dictionary<uint, int[]> markers, ScoreBuffers scratch, bool earlyStop)
        {
            this.model = model;
            this.markers = markers;
            this.scratch = scratch;
            nextCheck = earlyStop ? EarlyStopLetters : int.MaxValue;
        }

        public int Letters { get; private set; }

        public int Features { get; private set; }

        private bool Done { get; set; }

        /// <summary>Adds a stretch of text; false once enough has been read.</summary>
        public bool Add(ReadOnlySpan<char> text)
        {
            if (Done)
            {
                return false;
            }

            lettersBefore = Letters;
            var read = LanguageFeatures.Extract(text, model.Main.BucketBits, ref this);
            Letters = lettersBefore + read;
            return !Done;
        }

        public bool Wants(int lettersSoFar)
        {
            var total = lettersBefore + lettersSoFar;
            if (total >= MaxLetters)
            {
                Done = true;
                return false;
            }

            if (total >= nextCheck)
            {
                nextCheck = total + EarlyStopLetters;
                Flush();
                Span<double> probabilities = stackalloc double[model.Languages.Length];
                model.Main.Probabilities(scratch.Sums, Features, probabilities);
                var best = IndexOfMax(probabilities);
                if (probabilities[best] >= EarlyStopProbability && (model.GroupOf[best] < 0 || total >= CloseLanguageStopLetters))
                {
                    Done = true;
                    return false;
                }
            }

            return true;
        }

        public void Add(uint bucket)
        {
            if (Features == scratch.Features.Length)
            {
                // Grows once per thread up to the longest text read; reused afterwards.
                var larger = new uint[scratch.Features.Length * 2];
                scratch.Features.CopyTo(larger, 0);
                scratch.Features = larger;
            }

            scratch.Features[Features++] = bucket;
        }

        public readonly void Word(uint wordHash)
        {
            if (markers.TryGetValue(wordHash, out var languages))
            {
                foreach (var language in languages)
                {
                    scratch.Markers[language]++;
                }
            }
        }

        /// <summary>Adds the rows of the features read since the last flush (batched: far faster than row by row).</summary>
        private void Flush()
        {
            model.Main.AddRows(scratch.Features.AsSpan(flushed, Features - flushed), scratch.Sums);
            flushed = Features;
        }

        /// <summary>
        /// Main-table probabilities; when the best language belongs to a group of close languages,
        /// the group's mass is shared among its members by the group table.
        /// </summary>
        public void Final(Span<double> probabilities)
        {
            Flush();
            model.Main.Probabilities(scratch.Sums, Features, probabilities);
            var group = model.GroupOf[IndexOfMax(probabilities)];
            if (group < 0)
            {
                return;
            }

            var tables = model.Groups[group];
            var languages = tables[0].Languages;
            Span<double> within = stackalloc double[languages.Length];
            Span<double> logits = stackalloc double[languages.Length];
            within.Clear();
            foreach (var table in tables)
            {
                Array.Clear(scratch.GroupSums);
                table.AddRows(scratch.Features.AsSpan(0, Features), scratch.GroupSums);
                table.Logits(scratch.GroupSums, Features, logits);
                for (var i = 0; i < languages.Length; i++)
                {
                    within[i] += logits[i] / tables.Length;
                }
            }

            var mass = 0.0;
            for (var i = 0; i < languages.Length; i++)
            {
                var index = Array.IndexOf(model.Languages, languages[i]);
                within[i] += MarkerBonus * scratch.Markers[index];
                mass += probabilities[index];
            }

            LinearTable.Softmax(within);
            for (var i = 0; i < languages.Length; i++)
            {
                probabilities[Array.IndexOf(model.Languages, languages[i])] = mass * within[i];
            }
        }

        private static int IndexOfMax(ReadOnlySpan<double> values)
        {
            var best = 0;
            for (var i = 1; i < values.Length; i++)
            {
                best = values[i] > values[best] ? i : best;
            }

            return best;
        }
    }
}
