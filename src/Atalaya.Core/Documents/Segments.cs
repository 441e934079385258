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

    /// <summary>Punctuation and digits as strings made once: every sentence has its commas and full stops.</summary>
    private static readonly string[] OneCharacter = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    private string[]? folded;

    // The tokens that fold to several words ("narco-bloqueo" → "narco bloqueo"), in order: few or none in a document.
    private List<int>? multiWordTokens;

    /// <summary>
    /// The words of tokens [<paramref name="start"/>, <paramref name="start"/> + <paramref name="count"/>):
    /// a word token folded (lower case, no accents), any other token as written. Folded once per
    /// document, on first use, for every stage that reads words (events, claims, quotes).
    /// </summary>
    internal string[] Words(string text, int start, int count) => (folded ??= FoldAll(text)).AsSpan(start, count).ToArray();

    /// <summary>Whether a token of [<paramref name="start"/>, <paramref name="start"/> + <paramref name="count"/>) folds to several words.</summary>
    internal bool HasMultiWordToken(string text, int start, int count)
    {
        folded ??= FoldAll(text);
        var tokens = multiWordTokens!;
        var at = tokens.BinarySearch(start);
        at = at < 0 ? ~at : at;
        return at < tokens.Count && tokens[at] < start + count;
    }

    /// <summary>The word of token <paramref name="index"/>, as <see cref="Words"/> gives it.</summary>
    internal string Word(string text, int index) => (folded ??= FoldAll(text))[index];

    private string[] FoldAll(string text)
    {
        var words = new string[All.Length];
        var multiWord = new List<int>();
        for (var i = 0; i < words.Length; i++)
        {
            var span = All[i].Span;
            words[i] = All[i].Kind == TokenKind.Word ? Internal.TextFolding.FoldWord(span.AsSpan(text))
                : span.Length == 1 && text[span.Start] < OneCharacter.Length ? OneCharacter[text[span.Start]]
                : span.Slice(text);
            if (words[i].Contains(' ', StringComparison.Ordinal))
            {
                multiWord.Add(i);
            }
        }

        multiWordTokens = multiWord;
        return words;
    }
}
