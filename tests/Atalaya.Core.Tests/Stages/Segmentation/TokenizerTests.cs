using Atalaya.Core.Documents;
using Atalaya.Core.Stages.Segmentation;

namespace Atalaya.Core.Tests.Stages.Segmentation;

public sealed class TokenizerTests
{
    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, new TextSpan(0, text.Length), 0, tokens);
        return tokens;
    }

    [Theory]
    [InlineData("Una pick-up robada.", "Una|pick-up|robada|.")]
    [InlineData("Llegaron 1.500 soldados y 2,5 toneladas.", "Llegaron|1.500|soldados|y|2,5|toneladas|.")]
    [InlineData("Il sindaco d'Italia parlò.", "Il|sindaco|d'Italia|parlò|.")]
    [InlineData("O’Brien dijo: «No».", "O’Brien|dijo|:|«|No|»|.")]
    [InlineData("Costó $300 (aprox.)", "Costó|$|300|(|aprox|.|)")]
    [InlineData("Alerta 🚨 en Sinaloa", "Alerta|🚨|en|Sinaloa")]
    public void Tokens_are_spans_whose_text_is_the_word(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Tokenize(text).Select(t => t.Span.Slice(text)));
    }

    [Fact]
    public void Token_kinds()
    {
        var kinds = Tokenize("Hubo 12 heridos, €").Select(t => t.Kind);

        Assert.Equal([TokenKind.Word, TokenKind.Number, TokenKind.Word, TokenKind.Punctuation, TokenKind.Symbol], kinds);
    }

    [Fact]
    public void Combining_accents_stay_inside_the_word()
    {
        const string text = "Jose\u0301 llego\u0301";

        Assert.Equal(["Jose\u0301", "llego\u0301"], Tokenize(text).Select(t => t.Span.Slice(text)));
    }
}
