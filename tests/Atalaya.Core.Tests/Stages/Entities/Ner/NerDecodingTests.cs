using Atalaya.Core.Stages.Entities.Ner;

namespace Atalaya.Core.Tests.Stages.Entities.Ner;

/// <summary>The Viterbi decoder on made-up scores: the IOB2 constraint and the label masks hold whatever the scores say.</summary>
public sealed class NerDecodingTests
{
    private const int L = NerLabels.Count;

    [Fact]
    public void Random_scores_never_give_an_inside_label_without_its_begin()
    {
        var random = new Random(11);
        for (var round = 0; round < 500; round++)
        {
            var n = random.Next(1, 40);
            var emissions = Scores(random, n * L);
            var transitions = Scores(random, NerModel.TransitionCount);
            var classes = Enumerable.Range(0, n).Select(_ => (byte)random.Next(NerFeatures.TransitionClasses)).ToArray();
            var labels = new int[n];

            NerViterbi.Decode(emissions, transitions, classes, default, labels);

            AssertValidIob2(labels);
        }
    }

    [Fact]
    public void Inside_labels_favoured_everywhere_still_start_with_a_begin()
    {
        var n = 6;
        var emissions = new float[n * L];
        for (var i = 0; i < n; i++)
        {
            emissions[(i * L) + 4] = 10; // I-ORG is by far the best label of every token.
        }

        var labels = new int[n];
        NerViterbi.Decode(emissions, new float[NerModel.TransitionCount], new byte[n], default, labels);

        AssertValidIob2(labels);
        Assert.Equal(3, labels[0]); // B-ORG opens, then I-ORG continues.
        Assert.All(labels[1..], l => Assert.Equal(4, l));
    }

    [Fact]
    public void Allowed_masks_are_obeyed()
    {
        var random = new Random(5);
        var n = 12;
        var emissions = Scores(random, n * L);
        var allowed = Enumerable.Range(0, n).Select(i => (ushort)(i % 3 == 0 ? 1 << 0 : (1 << 0) | (1 << 5) | (1 << 6))).ToArray();
        var labels = new int[n];

        NerViterbi.Decode(emissions, new float[NerModel.TransitionCount], new byte[n], allowed, labels);

        for (var i = 0; i < n; i++)
        {
            Assert.True((allowed[i] & (1 << labels[i])) != 0, $"token {i} got label {labels[i]}");
        }

        AssertValidIob2(labels);
    }

    [Fact]
    public void Confidence_is_a_share_for_entity_tokens()
    {
        var random = new Random(3);
        var n = 20;
        var emissions = Scores(random, n * L);
        var transitions = Scores(random, NerModel.TransitionCount);
        var classes = new byte[n];
        var labels = new int[n];
        var confidence = new float[n];

        NerViterbi.Decode(emissions, transitions, classes, default, labels);
        NerViterbi.Confidence(emissions, transitions, classes, labels, confidence);

        for (var i = 0; i < n; i++)
        {
            Assert.InRange(confidence[i], labels[i] == 0 ? 0f : 1e-6f, 1f);
        }
    }

    private static float[] Scores(Random random, int count) => [.. Enumerable.Range(0, count).Select(_ => (float)((random.NextDouble() * 8) - 4))];

    private static void AssertValidIob2(int[] labels)
    {
        for (var i = 0; i < labels.Length; i++)
        {
            Assert.True(NerLabels.Allowed(i > 0 ? labels[i - 1] : 0, labels[i]), $"{NerLabels.Names[labels[i]]} after {(i > 0 ? NerLabels.Names[labels[i - 1]] : "the start")} at {i}");
        }
    }
}
