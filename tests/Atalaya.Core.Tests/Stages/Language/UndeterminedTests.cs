using Atalaya.Core.Documents;
using Atalaya.Core.Stages.Language;

namespace Atalaya.Core.Tests.Stages.Language;

/// <summary>Texts without enough language to tell: "und" with confidence 0.</summary>
public sealed class UndeterminedTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" \t\r\n \u00A0 \n")]
    [InlineData("2024 15 300 1.500")]
    [InlineData("12/03/2024 — 18:45 · 3,5 % · +34 600 123 456")]
    [InlineData("!!! ??? ... --- ;;; ((( ))) *** ### %%% &&&")]
    [InlineData("«» — “” „“ ¿? ¡! … • · ─ → ©")]
    [InlineData("https://example.com/a/b www.example.org")]
    [InlineData("https://example.com/noticias/2024/03/12/tiroteo-en-el-mercado-central?utm_source=portada")]
    [InlineData("redaccion@diario.example.com prensa@policia.example.org")]
    [InlineData("Hola")]
    [InlineData("Hola.")]
    [InlineData("Polis")]
    public void Text_without_enough_letters_is_undetermined(string text)
    {
        Assert.Equal(LanguageGuess.Undetermined, LangId.Identifier.Identify(text));
    }

    [Fact]
    public void Letters_inside_urls_and_addresses_do_not_count()
    {
        const string text = "https://example.com/noticias/tiroteo-en-el-centro-de-la-ciudad www.example.org/policia/detenidos-por-extorsion redaccion@diario.example.com Hola";

        Assert.Equal(LanguageGuess.Undetermined, LangId.Identifier.Identify(text));
    }

    [Fact]
    public void Fewer_than_min_letters_is_undetermined_however_many_words()
    {
        var text = string.Join(" , ", Enumerable.Repeat("y", LanguageIdentifier.MinLetters - 1));

        Assert.Equal(LanguageIdentifier.MinLetters - 1, text.Count(char.IsLetter));
        Assert.Equal(LanguageGuess.Undetermined, LangId.Identifier.Identify(text));
    }

    [Theory]
    [InlineData("''''''''''''")]
    [InlineData("’’’’’’’’’’ ’’’’’’’’’’")]
    [InlineData("« » — “ ” ' ' ' ' ' ' ' ' ' ' ' '")]
    [InlineData("'' '' '' '' '' -- ** ''")]
    public void Apostrophes_alone_are_undetermined(string text)
    {
        Assert.Equal(LanguageGuess.Undetermined, LangId.Identifier.Identify(text));
    }

    [Theory]
    [InlineData("Bundesverfassungsgericht")]
    [InlineData("Polizeipräsidium")]
    [InlineData("Kommunestyremøtet")]
    [InlineData("Narcomenudeo")]
    [InlineData("Antiterrorismo")]
    public void A_long_single_word_gives_a_valid_code_or_und(string word)
    {
        var guess = LangId.Identifier.Identify(word);

        Assert.True(guess.IsUndetermined || LangId.Identifier.Languages.Contains(guess.Code), $"'{guess.Code}' is neither und nor a model language");
        Assert.InRange(guess.Confidence, 0.0, 1.0);
        Assert.True(guess.IsUndetermined == (guess.Confidence == 0), guess.ToString());
    }
}
