namespace Atalaya.Core.Stages.Entities.Ner;

/// <summary>
/// Best label sequence of a sentence under a first-order model: per-token label scores plus a
/// label-to-label transition score chosen by the current token's transition class
/// (<see cref="NerFeatures.TransitionClass"/>). IOB2 is enforced: an I-X follows only B-X or I-X,
/// and the sentence starts as if after O. Shared by run-time decoding and training, so both search
/// the same space.
/// </summary>
internal static class NerViterbi
{
    private const int L = NerLabels.Count;

    /// <summary>
    /// Writes the best labels into <paramref name="labels"/>. <paramref name="allowed"/>, when not
    /// empty, holds per token a bit mask of the labels it may take (training uses it to find the best
    /// sequence that agrees with partial gold labels).
    /// </summary>
    public static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, ReadOnlySpan<byte> classes, ReadOnlySpan<ushort> allowed, Span<int> labels)
    {
        var n = labels.Length;
        if (n == 0)
        {
            return;
        }

        // Back pointers: small sentences on the stack, long ones (rare) on the heap.
        Span<byte> back = n * L <= 4096 ? stackalloc byte[n * L] : new byte[n * L];
        Span<float> current = stackalloc float[L];
        Span<float> next = stackalloc float[L];

        var first = transitions.Slice(classes[0] * L * L, L);
        for (var l = 0; l < L; l++)
        {
            current[l] = NerLabels.IsInside(l) || !IsAllowed(allowed, 0, l) ? float.NegativeInfinity : emissions[l] + first[l];
        }

        for (var i = 1; i < n; i++)
        {
            var table = transitions.Slice(classes[i] * L * L, L * L);
            var emission = emissions.Slice(i * L, L);
            for (var l = 0; l < L; l++)
            {
                var best = float.NegativeInfinity;
                var from = 0;
                if (!IsAllowed(allowed, i, l))
                {
                    // Unreachable: best stays -∞.
                }
                else if (NerLabels.IsInside(l))
                {
                    // I-X continues only B-X (label l - 1) or I-X itself.
                    var afterBegin = current[l - 1] + table[((l - 1) * L) + l];
                    var afterInside = current[l] + table[(l * L) + l];
                    (best, from) = afterInside > afterBegin ? (afterInside, l) : (afterBegin, l - 1);
                }
                else
                {
                    for (var p = 0; p < L; p++)
                    {
                        var score = current[p] + table[(p * L) + l];
                        if (score > best)
                        {
                            best = score;
                            from = p;
                        }
                    }
                }

                next[l] = best + emission[l];
                back[(i * L) + l] = (byte)from;
            }

            next.CopyTo(current);
        }

        var last = 0;
        for (var l = 1; l < L; l++)
        {
            if (current[l] > current[last])
            {
                last = l;
            }
        }

        for (var i = n - 1; i >= 0; i--)
        {
            labels[i] = last;
            last = back[(i * L) + last];
        }
    }

    /// <summary>
    /// Per token, the softmax share of its label among the labels allowed after the label before it,
    /// scored by its emission and transition: a cheap local confidence (no forward-backward pass).
    /// Only entity tokens are scored (the O tokens, most of them, get 0): nothing reads the rest.
    /// </summary>
    public static void Confidence(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, ReadOnlySpan<byte> classes, ReadOnlySpan<int> labels, Span<float> confidence)
    {
        for (var i = 0; i < labels.Length; i++)
        {
            if (labels[i] == 0)
            {
                confidence[i] = 0;
                continue;
            }

            var previous = i > 0 ? labels[i - 1] : 0;
            var row = transitions.Slice((classes[i] * L * L) + (previous * L), L);
            var emission = emissions.Slice(i * L, L);
            var chosen = emission[labels[i]] + row[labels[i]];
            var total = 0f;
            for (var l = 0; l < L; l++)
            {
                var margin = emission[l] + row[l] - chosen;

                // A label 20 below the chosen one adds less than 1e-8: no exponential needed.
                if (margin > -20 && NerLabels.Allowed(previous, l))
                {
                    total += MathF.Exp(Math.Min(margin, 50));
                }
            }

            confidence[i] = (float)(1 / total);
        }
    }

    private static bool IsAllowed(ReadOnlySpan<ushort> allowed, int i, int label) => allowed.IsEmpty || (allowed[i] & (1 << label)) != 0;
}
