using Atalaya.Core.Stages.Entities.Ner;

namespace Atalaya.Training.Ner;

/// <summary>
/// Averaged perceptron for the greedy BIO tagger of <see cref="NerModel"/>: the same features and
/// decoding as at run time (previous labels are the predicted ones), single-threaded with a fixed
/// seed so the same data always gives the same model. With probability <c>dropout</c> a sentence
/// is seen without its language ("xx"), so the shared features learn to work alone for languages
/// that have no corpus. On corpora without MISC a MISC guess on an O token is not corrected.
/// </summary>
internal sealed class PerceptronTrainer
{
    private const int L = NerLabels.Count;
    private readonly int bits;
    private readonly float[] weights;
    private readonly float[] accumulated;
    private long step = 1;

    public PerceptronTrainer(int bits)
    {
        this.bits = bits;
        weights = new float[(1 << bits) * L];
        accumulated = new float[weights.Length];
    }

    public void Epoch(IReadOnlyList<(TokenInfo[] Tokens, int[] Labels, string Language, bool HasMisc)> sentences, Random random, double dropout, out double tokenAccuracy)
    {
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        random.Shuffle(order);
        var features = new uint[NerFeatures.Count];
        var shift = 32 - bits;
        long correct = 0, total = 0;
        var noLanguage = NerFeatures.LanguageHash(null);
        foreach (var index in order)
        {
            var (tokens, gold, language, hasMisc) = sentences[index];
            var languageHash = random.NextDouble() < dropout ? noLanguage : NerFeatures.LanguageHash(language);
            int previous = 0, previous2 = 0;
            for (var i = 0; i < tokens.Length; i++)
            {
                NerFeatures.Static(tokens, i, languageHash, features);
                NerFeatures.Dynamic(tokens, i, previous, previous2, features.AsSpan(NerFeatures.StaticCount));
                var predicted = Best(features, shift, previous);
                // A corpus without MISC (UNER) cannot say that a MISC guess on its O tokens is wrong.
                var unknowable = !hasMisc && gold[i] == 0 && predicted != 0 && NerLabels.TypeOf(predicted) == 3;
                if (predicted != gold[i] && !unknowable)
                {
                    foreach (var feature in features)
                    {
                        var row = (int)(feature >> shift) * L;
                        weights[row + gold[i]] += 1;
                        accumulated[row + gold[i]] += step;
                        weights[row + predicted] -= 1;
                        accumulated[row + predicted] -= step;
                    }
                }
                else
                {
                    correct++;
                }

                total++;
                step++;
                previous2 = previous;
                previous = predicted;
            }
        }

        tokenAccuracy = (double)correct / Math.Max(1, total);
    }

    private int Best(ReadOnlySpan<uint> features, int shift, int previous)
    {
        Span<float> scores = stackalloc float[L];
        foreach (var feature in features)
        {
            var row = weights.AsSpan((int)(feature >> shift) * L, L);
            for (var l = 0; l < L; l++)
            {
                scores[l] += row[l];
            }
        }

        var best = 0;
        var max = float.NegativeInfinity;
        for (var l = 0; l < L; l++)
        {
            if (NerLabels.Allowed(previous, l) && scores[l] > max)
            {
                max = scores[l];
                best = l;
            }
        }

        return best;
    }

    /// <summary>The averaged weights quantized to 16 bits with one scale (the largest magnitude maps to 32,767).</summary>
    public (float Scale, short[] Rows) Quantize()
    {
        var averaged = new float[weights.Length];
        var max = 0f;
        for (var i = 0; i < weights.Length; i++)
        {
            averaged[i] = weights[i] - (accumulated[i] / step);
            max = Math.Max(max, Math.Abs(averaged[i]));
        }

        var scale = max == 0 ? 1f : max / 32767f;
        var rows = new short[averaged.Length];
        for (var i = 0; i < averaged.Length; i++)
        {
            rows[i] = (short)Math.Clamp(MathF.Round(averaged[i] / scale), -32767, 32767);
        }

        return (scale, rows);
    }
}
