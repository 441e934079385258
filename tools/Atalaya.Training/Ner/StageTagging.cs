using System.Text;
using Atalaya.Core.Documents;
using Atalaya.Core.Pipeline;
using Atalaya.Core.Resources;
using Atalaya.Core.Stages.Entities.Ner;

namespace Atalaya.Training.Ner;

/// <summary>
/// Labels a test sentence with what the whole pipeline finds (knowledge base, gazetteer, tagger,
/// the name rules), not the tagger alone: the figure analysts get. The sentence is written as one
/// line of text, its words separated by spaces, and declared in the test set's language.
/// </summary>
internal sealed class StageTagging(AtalayaResources resources)
{
    private readonly AnalysisPipeline pipeline = StandardPipeline.Create(resources);

    public void Tag(string[] words, string language, Span<int> labels)
    {
        var starts = new int[words.Length];
        var text = new StringBuilder();
        for (var i = 0; i < words.Length; i++)
        {
            starts[i] = text.Length;
            text.Append(words[i]).Append(' ');
        }

        labels.Clear();
        var document = new SourceDocument
        {
            Id = "sentence",
            Source = "test set",
            Text = text.ToString(),
            Metadata = new SourceMetadata { DeclaredLanguage = language },
        };
        var entities = pipeline.Analyze(document).Document.GetOrDefault(Annotations.Entities);
        foreach (var entity in entities?.Entities ?? [])
        {
            var type = Array.IndexOf(NerLabels.Types, entity.Type);
            foreach (var mention in entity.Mentions)
            {
                Label(words, starts, mention, type, labels);
            }
        }
    }

    /// <summary>Marks the words a mention covers (B- then I-), unless a mention already took one of them.</summary>
    private static void Label(string[] words, int[] starts, TextSpan mention, int type, Span<int> labels)
    {
        var first = Array.FindIndex(starts, s => s >= mention.Start);
        var last = Array.FindLastIndex(starts, s => s < mention.End);
        if (type < 0 || first < 0 || last < first)
        {
            return;
        }

        for (var k = first; k <= last; k++)
        {
            if (labels[k] != 0)
            {
                return;
            }
        }

        labels[first] = 1 + (2 * type);
        for (var k = first + 1; k <= last; k++)
        {
            labels[k] = 2 + (2 * type);
        }
    }
}
