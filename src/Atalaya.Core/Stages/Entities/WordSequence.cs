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

    /// <summary>The first and last word lying wholly inside <paramref name="span"/> (-1 when none).</summary>
    public (int First, int Last) Within(TextSpan span)
    {
        var first = -1;
        var last = -1;
        for (var k = 0; k < Count && Spans[k].Start < span.End; k++)
        {
            if (Spans[k].Start >= span.Start && Spans[k].End <= span.End)
            {
                first = first < 0 ? k : first;
                last = k;
            }
        }

        return (first, last);
    }

    /// <summary>The words of <paramref name="tokens"/> (one sentence) over <paramref name="text"/>.</summary>
    public static WordSequence Of(string text, IReadOnlyList<Token> tokens) => Of(text, tokens, null, 0);

    /// <summary>
    /// The words of the <paramref name="count"/> tokens of <paramref name="document"/> from
    /// <paramref name="start"/> (one sentence): a word token that stays whole takes the word the
    /// document folded once for every stage.
    /// </summary>
    public static WordSequence Of(string text, TokenList document, int start, int count)
        => Of(text, new ArraySegment<Token>(document.All, start, count), document, start);

    private static WordSequence Of(string text, IReadOnlyList<Token> tokens, TokenList? document, int offset)
    {
        var folded = new List<string>(tokens.Count);
        var spans = new List<TextSpan>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind is TokenKind.Word or TokenKind.Number)
            {
                var whole = document is not null && token.Kind == TokenKind.Word ? document.Word(text, offset + i) : null;
                AddParts(text, token.Span, whole, folded, spans);
            }
            else if (!IsQuote(text[token.Span.Start]))
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

    /// <summary>
    /// "Jalisco New Generation-kartel", "Sinaloa-Kartell": the parts of a hyphenated word are words
    /// of their own, so the name before the hyphen matches; the head noun "cartel" is one word in
    /// every language, so "kartellet Jalisco" matches "Cártel Jalisco".
    /// </summary>
    private static void AddParts(string text, TextSpan span, string? whole, List<string> folded, List<TextSpan> spans)
    {
        // "Guzmán’s", "Mexico's": the English possessive ending is no part of the name.
        var end = span.End;
        if (span.Length > 3 && text[end - 1] == 's' && text[end - 2] is '\'' or '’')
        {
            end -= 2;
        }

        var start = span.Start;
        for (var k = span.Start + 1; k < end - 1; k++)
        {
            var hyphen = text[k] == '-' && char.IsLetter(text[k - 1]) && char.IsLetter(text[k + 1]);

            // "un'imboscata", "d'Italia", "l’armée": an elided article is a word of its own.
            var elision = text[k] is '\'' or '’' && k - start <= MaxElidedLength && char.IsLetter(text[k + 1]) && IsElided(text.AsSpan(start, k - start));
            if (hyphen || elision)
            {
                AddWord(text, new TextSpan(start, k), null, folded, spans);
                start = k + 1;
            }
        }

        AddWord(text, new TextSpan(start, end), start == span.Start && end == span.End ? whole : null, folded, spans);
    }

    private const int MaxElidedLength = 6;

    /// <summary>French and Italian articles and prepositions written with an apostrophe before a vowel.</summary>
    private static readonly HashSet<string> ElidedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "lorsqu", "puisqu", "jusqu", "un", "dell", "all", "nell", "sull", "dall", "coll", "quell", "quest",
    };

    private static bool IsElided(ReadOnlySpan<char> word) => ElidedWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static void AddWord(string text, TextSpan span, string? word, List<string> folded, List<TextSpan> spans)
    {
        word ??= TextFolding.FoldWord(span.AsSpan(text));
        folded.Add(IsCartelWord(word) ? "cartel" : word);
        spans.Add(span);
    }

    /// <summary>"Cartel" in the languages of the news, with the Nordic definite forms.</summary>
    private static readonly HashSet<string> CartelWords = new(StringComparer.Ordinal) { "kartel", "kartell", "kartellet", "kartellen", "cartello" };

    // Every word of every sentence is asked: the shape of the words above answers most without a lookup.
    private static bool IsCartelWord(string word) => word.Length is >= 6 and <= 9 && word[0] is 'k' or 'c' && CartelWords.Contains(word);

    public bool IsWord(int index) => Folded[index] != "\0";

    /// <summary>Quotes and apostrophes of every language: transparent to names ("Joaquín “El Chapo” Guzmán").</summary>
    public static bool IsQuote(char c) => c is '"' or '\'' or '“' or '”' or '‘' or '’' or '«' or '»' or '„' or '‚' or '‹' or '›';
}
