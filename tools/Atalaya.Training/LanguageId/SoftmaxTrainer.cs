using System.Numerics;
using Atalaya.Core.Stages.Language;

namespace Atalaya.Training.LanguageId;

/// <summary>
/// Multinomial logistic regression by plain SGD over hashed features, single-threaded and with a
/// fixed seed so the same data always gives the same model. Each example's feature values are
/// 1/√n (n = its feature count), the normalization the identifier applies at run time. The model
/// kept is the average of the weights over all steps (averaged SGD): it does not depend on the
/// noise of the last few updates, which matters for close languages.
/// </summary>
internal sealed class SoftmaxTrainer
{
    private readonly int bits;
    private readonly string[] languages;
    private readonly int stride;
    private readonly float[] weights;
    private readonly float[] biases;

    // Averaging trick: the average is weights - accumulated / steps, with accumulated += step · update.
    private readonly float[] accumulated;
    private readonly float[] accumulatedBiases;
    private long steps = 1;

    public SoftmaxTrainer(int bits, string[] languages)
    {
        this.bits = bits;
        this.languages = languages;
        stride = (languages.Length + 31) / 32 * 32;
        weights = new float[(1 << bits) * stride];
        biases = new float[languages.Length];
        accumulated = new float[weights.Length];
        accumulatedBiases = new float[languages.Length];
    }

    public void Train(IReadOnlyList<(int Label, uint[] Features)> examples, TrainingOptions options, TextWriter log)
    {
        var random = new Random(options.Seed);
        var byLanguage = examples.Select((e, i) => (e.Label, i)).GroupBy(x => x.Label).ToDictionary(g => g.Key, g => g.Select(x => x.i).ToArray());
        var scores = new float[stride];
        var gradient = new float[stride];
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            // Balance: at most options.MaxPerLanguage examples of each language per epoch.
            var order = new List<int>();
            foreach (var (_, indexes) in byLanguage.OrderBy(p => p.Key))
            {
                var copy = (int[])indexes.Clone();
                random.Shuffle(copy);
                order.AddRange(copy.Take(options.MaxPerLanguage));
            }

            // Languages with fewer lines than the cap weigh more (up to MaxClassWeight), so the
            // larger of two close languages does not win every doubtful sentence by its prior.
            var weightOf = byLanguage.ToDictionary(p => p.Key, p => (float)Math.Min(options.MaxClassWeight, (double)options.MaxPerLanguage / Math.Min(options.MaxPerLanguage, p.Value.Length)));
            var shuffled = order.ToArray();
            random.Shuffle(shuffled);
            var rate = options.LearningRate / (1 + epoch);
            double loss = 0;
            foreach (var index in shuffled)
            {
                var (label, features) = examples[index];
                if (features.Length == 0)
                {
                    continue;
                }

                var x = (float)(1 / Math.Sqrt(features.Length));
                Score(features, x, scores);
                Softmax(scores);
                loss -= Math.Log(Math.Max(1e-12, scores[label]));
                var weight = weightOf[label];
                for (var l = 0; l < stride; l++)
                {
                    gradient[l] = l < languages.Length ? -rate * weight * (scores[l] - (l == label ? 1 : 0)) : 0;
                }

                for (var l = 0; l < languages.Length; l++)
                {
                    biases[l] += gradient[l];
                    accumulatedBiases[l] += steps * gradient[l];
                }

                var step = new Vector<float>(x);
                var weightedStep = new Vector<float>(x * steps);
                foreach (var feature in features)
                {
                    var row = weights.AsSpan((int)feature * stride, stride);
                    var sum = accumulated.AsSpan((int)feature * stride, stride);
                    for (var offset = 0; offset < stride; offset += Vector<float>.Count)
                    {
                        var update = new Vector<float>(gradient.AsSpan(offset, Vector<float>.Count));
                        var target = row.Slice(offset, Vector<float>.Count);
                        (new Vector<float>(target) + (update * step)).CopyTo(target);
                        var total = sum.Slice(offset, Vector<float>.Count);
                        (new Vector<float>(total) + (update * weightedStep)).CopyTo(total);
                    }
                }

                steps++;
            }

            log.WriteLine($"epoch {epoch + 1}/{options.Epochs}: {shuffled.Length} examples, mean loss {loss / shuffled.Length:0.0000}");
        }
    }

    /// <summary>Accuracy of the unquantized model on labelled examples (a diagnostic for quantization loss).</summary>
    public double Accuracy(IReadOnlyList<(int Label, uint[] Features)> examples)
    {
        var scores = new float[stride];
        var good = 0;
        foreach (var (label, features) in examples)
        {
            Score(features, (float)(1 / Math.Sqrt(Math.Max(1, features.Length))), scores);
            var best = 0;
            for (var l = 1; l < languages.Length; l++)
            {
                best = scores[l] > scores[best] ? l : best;
            }

            good += best == label ? 1 : 0;
        }

        return (double)good / examples.Count;
    }

    /// <summary>Quantizes to one signed byte per weight; the scale clips the rare extreme weights.</summary>
    /// <summary>Replaces the weights by their average over all steps; call once, after training.</summary>
    public void Average()
    {
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] -= accumulated[i] / steps;
        }

        for (var l = 0; l < biases.Length; l++)
        {
            biases[l] -= accumulatedBiases[l] / steps;
        }
    }

    public LinearTable ToTable(bool uniformPrior = false)
    {
        if (uniformPrior)
        {
            Array.Clear(biases);
        }

        var magnitudes = weights.Where(w => w != 0).Select(Math.Abs).ToArray();
        Array.Sort(magnitudes);
        var clip = magnitudes.Length == 0 ? 1f : magnitudes[(int)(magnitudes.Length * 0.99995)];
        var scale = clip / 127f;
        var quantized = new sbyte[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            quantized[i] = (sbyte)Math.Clamp(MathF.Round(weights[i] / scale), -127, 127);
        }

        return new LinearTable(bits, languages, scale, (float[])biases.Clone(), quantized);
    }

    private void Score(uint[] features, float x, float[] scores)
    {
        Array.Clear(scores);
        var sums = scores.AsSpan();
        foreach (var feature in features)
        {
            var row = weights.AsSpan((int)feature * stride, stride);
            for (var offset = 0; offset < stride; offset += Vector<float>.Count)
            {
                var target = sums.Slice(offset, Vector<float>.Count);
                (new Vector<float>(target) + new Vector<float>(row.Slice(offset, Vector<float>.Count))).CopyTo(target);
            }
        }

        for (var l = 0; l < stride; l++)
        {
            scores[l] = l < languages.Length ? biases[l] + (scores[l] * x) : float.NegativeInfinity;
        }
    }

    private static void Softmax(float[] scores)
    {
        var max = scores.Max();
        var total = 0f;
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = float.IsNegativeInfinity(scores[i]) ? 0 : MathF.Exp(scores[i] - max);
            total += scores[i];
        }

        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] /= total;
        }
    }
}

/// <param name="MaxClassWeight">Languages with fewer lines than the cap weigh up to this much more.</param>
/// <param name="UniformPrior">Drop the learned biases: the share of each language in the data is an accident of what was collected.</param>
internal sealed record TrainingOptions(int Epochs, float LearningRate, int MaxPerLanguage, int Seed, double MaxClassWeight = 4, bool UniformPrior = false);
