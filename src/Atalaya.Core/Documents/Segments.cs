namespace Atalaya.Core.Documents;

/// <summary>Sentence spans in text order.</summary>
public sealed class SentenceList
{
    public SentenceList(TextSpan[] spans) => Spans = spans;

    public IReadOnlyList<TextSpan> Spans { get; }
}

public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    Symbol,
}

/// <summary>A token is a span over the original text, never a copied string.</summary>
public readonly record struct Token(TextSpan Span, TokenKind Kind, int Sentence);

/// <summary>Tokens of all sentences in text order.</summary>
public sealed class TokenList
{
    public TokenList(Token[] tokens)
    {
        Tokens = tokens;
        All = tokens;
    }

    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The same tokens as an array, for slicing a sentence without copying.</summary>
    internal Token[] All { get; }
}
