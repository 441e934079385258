using Atalaya.Core.Documents;
using Atalaya.Core.Pipeline;
using Atalaya.Core.Resources;
using Atalaya.Core.Stages.Cleaning;

namespace Atalaya.Core.Stages.Segmentation;

/// <summary>
/// Splits the article body into sentences and tokens, as spans over the original text. Boilerplate
/// lines are left out so no later stage extracts from page furniture.
/// </summary>
public sealed class SegmentationStage : IStage
{
    public string Name => "segmentation";

    public IReadOnlyList<AnnotationKey> Requires { get; } = [Annotations.SourceText, Annotations.Boilerplate];

    public IReadOnlyList<AnnotationKey> Assigns { get; } = [Annotations.Sentences, Annotations.Tokens];

    // Lists kept per thread and copied out exactly: growing fresh ones for every document was a tenth of the pipeline's garbage.
    [ThreadStatic]
    private static List<TextSpan>? scratchSentences;

    [ThreadStatic]
    private static List<Token>? scratchTokens;

    public void Process(AnalyzedDocument document, AtalayaResources resources, CancellationToken cancellation)
    {
        var text = document.Text;
        var boilerplate = document.Get(Annotations.Boilerplate);
        var sentences = scratchSentences ??= [];
        var tokens = scratchTokens ??= [];
        sentences.Clear();
        tokens.Clear();
        foreach (var line in TextLine.Split(text))
        {
            cancellation.ThrowIfCancellationRequested();
            var paragraph = line.Content;
            if (line.IsBlank)
            {
                continue;
            }

            if (boilerplate.Covers(paragraph))
            {
                continue;
            }

            foreach (var sentence in SentenceSplitter.Sentences(text, paragraph))
            {
                Tokenizer.Tokenize(text, sentence, sentences.Count, tokens);
                sentences.Add(sentence);
            }
        }

        document.Set(Annotations.Sentences, new SentenceList([.. sentences]));
        document.Set(Annotations.Tokens, new TokenList([.. tokens]));
    }
}
