using Atalaya.Core.Stages.Entities.Ner;

namespace Atalaya.Training.Ner;

/// <summary>
/// Structured averaged perceptron (Collins 2002) for the Viterbi tagger of <see cref="NerModel"/>:
/// each sentence is decoded whole with the same features and search as at run time, and the
/// weights move towards the gold sequence's features and away from the predicted one's.
/// Single-threaded with a fixed seed, so the same data always gives the same model. With
/// probability <c>dropout</c> a sentence is seen without its language ("xx"), so the shared
/// features learn to work alone for languages that have no corpus; a corpus whose capitals were
/// restored by rule (MultiCoNER) is always seen so: its invented casing should not become what its
/// language's features expect of real text. On corpora without MISC the
/// target is the best sequence that agrees with the gold labels while letting a gold O be MISC:
/// such a corpus cannot say that a MISC guess is wrong. The running sums for averaging are doubles:
/// step × weight outgrows a float's 24-bit mantissa within an epoch.
/// </summary>
internal sealed class PerceptronTrainer
{
    private const int L = NerLabels.Count;
    private const int F = NerFeatures.Count;
    private const ushort Misc = (1 << 7) | (1 << 8);
    private readonly int bits;
    private readonly float[] weights;
    private readonly double[] accumulated;
    private readonly float[] transitions = new float[NerModel.TransitionCount];
    private readonly double[] transitionsAccumulated = new double[NerModel.TransitionCount];
    private long step = 1;

    public PerceptronTrainer(int bits)
    {
        this.bits = bits;
        weights = new float[(1 << bits) * L];
        accumulated = new double[weights.Length];
    }

    public void Epoch(IReadOnlyList<(TokenInfo[] Tokens, int[] Labels, string Language, bool HasMisc, bool SharedOnly)> sentences, Random random, double dropout, out double tokenAccuracy)
    {
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        random.Shuffle(order);
        var shift = 32 - bits;
        long correct = 0, total = 0;
        var noLanguage = NerFeatures.LanguageHash(null);
        var longest = sentences.Max(s => s.Tokens.Length);
        var features = new uint[longest * F];
        var emissions = new float[longest * L];
        var classes = new byte[longest];
        var allowed = new ushort[longest];
        var predicted = new int[longest];
        var target = new int[longest];
        foreach (var index in order)
        {
            var (tokens, gold, language, hasMisc, sharedOnly) = sentences[index];
            var n = tokens.Length;
            var languageHash = random.NextDouble() < dropout || sharedOnly ? noLanguage : NerFeatures.LanguageHash(language);
            for (var i = 0; i < n; i++)
            {
                var own = features.AsSpan(i * F, F);
                NerFeatures.Extract(tokens, i, languageHash, own);
                var scores = emissions.AsSpan(i * L, L);
                scores.Clear();
                foreach (var feature in own)
                {
                    var row = weights.AsSpan((int)(feature >> shift) * L, L);
                    for (var l = 0; l < L; l++)
                    {
                        scores[l] += row[l];
                    }
                }

                classes[i] = NerFeatures.TransitionClass(tokens, i);
            }

            NerViterbi.Decode(emissions.AsSpan(0, n * L), transitions, classes.AsSpan(0, n), default, predicted.AsSpan(0, n));
            if (hasMisc)
            {
                gold.CopyTo(target, 0);
            }
            else
            {
                for (var i = 0; i < n; i++)
                {
                    allowed[i] = (ushort)((1 << gold[i]) | (gold[i] == 0 ? Misc : 0));
                }

                NerViterbi.Decode(emissions.AsSpan(0, n * L), transitions, classes.AsSpan(0, n), allowed.AsSpan(0, n), target.AsSpan(0, n));
            }

            for (var i = 0; i < n; i++)
            {
                var (want, got) = (target[i], predicted[i]);
                if (want == got)
                {
                    correct++;
                }
                else
                {
                    foreach (var feature in features.AsSpan(i * F, F))
                    {
                        var row = (int)(feature >> shift) * L;
                        Add(weights, accumulated, row + want, 1);
                        Add(weights, accumulated, row + got, -1);
                    }
                }

                var (wantBefore, gotBefore) = i > 0 ? (target[i - 1], predicted[i - 1]) : (0, 0);
                if (want != got || wantBefore != gotBefore)
                {
                    var table = classes[i] * L * L;
                    Add(transitions, transitionsAccumulated, table + (wantBefore * L) + want, 1);
                    Add(transitions, transitionsAccumulated, table + (gotBefore * L) + got, -1);
                }

                total++;
            }

            step++;
        }

        tokenAccuracy = (double)correct / Math.Max(1, total);
    }

    private void Add(float[] table, double[] sums, int index, float delta)
    {
        table[index] += delta;
        sums[index] += step * delta;
    }

    /// <summary>The averaged weights and transitions quantized to 16 bits with one scale (the largest magnitude maps to 32,767).</summary>
    public (float Scale, short[] Rows, short[] Transitions) Quantize()
    {
        var averaged = Average(weights, accumulated);
        var averagedTransitions = Average(transitions, transitionsAccumulated);
        var max = Math.Max(averaged.Max(Math.Abs), averagedTransitions.Max(Math.Abs));
        var scale = max == 0 ? 1f : max / 32767f;
        return (scale, Round(averaged, scale), Round(averagedTransitions, scale));
    }

    private float[] Average(float[] table, double[] sums)
    {
        var averaged = new float[table.Length];
        for (var i = 0; i < table.Length; i++)
        {
            averaged[i] = (float)(table[i] - (sums[i] / step));
        }

        return averaged;
    }

    private static short[] Round(float[] values, float scale)
        => [.. values.Select(v => (short)Math.Clamp(MathF.Round(v / scale), -32767, 32767))];
}
