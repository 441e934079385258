using System.Globalization;
using Atalaya.Core.Stages.Entities.Ner;

namespace Atalaya.Training.Ner;

/// <summary>Entity-level precision, recall and F1, CoNLL style: an entity counts only with its exact span and type.</summary>
internal static class NerEvaluation
{
    public readonly record struct Score(int Gold, int Predicted, int Correct)
    {
        public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

        public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        public static Score operator +(Score a, Score b) => new(a.Gold + b.Gold, a.Predicted + b.Predicted, a.Correct + b.Correct);
    }

    /// <summary>(start, end, type) of each entity in a label sequence.</summary>
    public static HashSet<(int Start, int End, int Type)> Entities(ReadOnlySpan<int> labels, bool keepMisc)
    {
        var result = new HashSet<(int, int, int)>();
        var i = 0;
        while (i < labels.Length)
        {
            if (labels[i] == 0)
            {
                i++;
                continue;
            }

            var type = NerLabels.TypeOf(labels[i]);
            var start = i++;
            while (i < labels.Length && NerLabels.IsInside(labels[i]) && NerLabels.TypeOf(labels[i]) == type)
            {
                i++;
            }

            if (keepMisc || type != 3)
            {
                result.Add((start, i, type));
            }
        }

        return result;
    }

    /// <summary>
    /// Scores <paramref name="tag"/> on <paramref name="sentences"/>. On a corpus without MISC
    /// (UNER, WikiANN, KIND) predicted MISC entities are ignored: the corpus cannot say whether they are right.
    /// </summary>
    public static (Score All, Score[] ByType) Run(IReadOnlyList<NerSentence> sentences, bool hasMisc, Action<NerSentence, int[]> tag)
    {
        var all = default(Score);
        var byType = new Score[4];
        foreach (var sentence in sentences)
        {
            var predicted = new int[sentence.Words.Length];
            tag(sentence, predicted);
            var gold = Entities(sentence.Labels, keepMisc: true);
            var guess = Entities(predicted, hasMisc);
            for (var t = 0; t < 4; t++)
            {
                var g = gold.Count(e => e.Type == t);
                var p = guess.Count(e => e.Type == t);
                var c = guess.Count(e => e.Type == t && gold.Contains(e));
                byType[t] += new Score(g, p, c);
                all += new Score(g, p, c);
            }
        }

        return (all, byType);
    }

    public static string Format(Score score) => string.Create(CultureInfo.InvariantCulture, $"{score.Precision:0.000} {score.Recall:0.000} {score.F1:0.000}");
}
