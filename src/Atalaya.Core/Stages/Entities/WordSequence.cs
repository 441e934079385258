using Atalaya.Core.Documents;
using Atalaya.Core.Internal;
using Atalaya.Core.Stages.Segmentation;

namespace Atalaya.Core.Stages.Entities;

/// <summary>
/// The words of a sentence (or of a name) as matching sees them: folded ("Cártel" → "cartel"),
/// with quotes, apostrophes and dashes between words skipped so "Joaquín “El Chapo” Guzmán"
/// matches the name "Joaquín El Chapo Guzmán". Each word keeps its token span.
/// </summary>
internal sealed class WordSequence
{
    private WordSequence(List<string> folded, List<TextSpan> spans)
    {
        Folded = folded;
        Spans = spans;
    }

    public List<string> Folded { get; }

    public List<TextSpan> Spans { get; }

    public int Count => Folded.Count;

    /// <summary>The words of <paramref name="tokens"/> (one sentence) over <paramref name="text"/>.</summary>
    public static WordSequence Of(string text, IEnumerable<Token> tokens)
    {
        var folded = new List<string>();
        var spans = new List<TextSpan>();
        foreach (var token in tokens)
        {
            if (token.Kind is TokenKind.Word or TokenKind.Number)
            {
                folded.Add(TextFolding.FoldWord(token.Span.AsSpan(text)));
                spans.Add(token.Span);
            }
            else if (!IsTransparent(text[token.Span.Start]))
            {
                // Other punctuation breaks a name: a null word matches nothing.
                folded.Add("\0");
                spans.Add(token.Span);
            }
        }

        return new WordSequence(folded, spans);
    }

    /// <summary>The folded words of a name, tokenized as article text is.</summary>
    public static List<string> OfName(string name)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(name, new TextSpan(0, name.Length), 0, tokens);
        return Of(name, tokens).Folded.Where(w => w != "\0").ToList();
    }

    public bool IsWord(int index) => Folded[index] != "\0";

    private static bool IsTransparent(char c) => c is '"' or '\'' or '“' or '”' or '‘' or '’' or '«' or '»' or '„' or '‚' or '‹' or '›';
}
