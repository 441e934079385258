using System.Diagnostics;
using Atalaya.Core.Documents;
using Atalaya.Core.Stages.Entities.Ner;

namespace Atalaya.Training.Ner;

/// <summary>
/// Tagging speed on one thread through the run-time entry point (text and token spans), so the
/// cost of a feature can be weighed apart from the rest of the pipeline: `ner speed`.
/// </summary>
internal static class NerSpeed
{
    public static void Run(NerTagger tagger, string root, int rounds)
    {
        var sentences = new List<(string Text, TextSpan[] Spans, string Language)>();
        foreach (var set in NerCorpus.Test.Where(s => s.Corpus is "conll2002" or "uner-ewt" or "germeval2014" or "norne"))
        {
            foreach (var sentence in NerCorpus.Read(root, set, training: false))
            {
                var text = string.Join(' ', sentence.Words);
                var spans = new TextSpan[sentence.Words.Length];
                var start = 0;
                for (var i = 0; i < spans.Length; i++)
                {
                    spans[i] = new TextSpan(start, start + sentence.Words[i].Length);
                    start += sentence.Words[i].Length + 1;
                }

                sentences.Add((text, spans, set.Language));
            }
        }

        var tokens = sentences.Sum(s => s.Spans.Length);
        var best = double.MaxValue;
        for (var round = 0; round <= rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            var found = 0;
            foreach (var (text, spans, language) in sentences)
            {
                found += tagger.Tag(text, spans, language).Count;
            }

            // Round 0 warms up the JIT; the best later round is the least disturbed by other work.
            if (round > 0)
            {
                best = Math.Min(best, watch.Elapsed.TotalSeconds);
            }
        }

        Console.WriteLine($"{sentences.Count} sentences, {tokens} tokens: best of {rounds} rounds {best * 1000:0} ms, {tokens / best / 1e6:0.00} M tokens/s");
    }
}
