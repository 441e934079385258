using Atalaya.Core.Documents;
using Atalaya.Core.Pipeline;
using Atalaya.Core.Resources;
using Atalaya.Core.Stages.Language;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Language;

public sealed class LanguageStageTests
{
    private const string SpanishArticle = "La policía detuvo el martes a tres hombres acusados de extorsionar a comerciantes del mercado central. Los detenidos fueron trasladados a la fiscalía regional.";

    [Theory]
    [InlineData("es-MX", "es")]
    [InlineData("EN_us", "en")]
    [InlineData("no", "nb")]
    [InlineData("nob", "nb")]
    [InlineData("nno", "nn")]
    [InlineData(" pt-BR ", "pt")]
    [InlineData("", null)]
    [InlineData("english", null)]
    [InlineData("e1", null)]
    public void Declared_codes_are_normalized(string declared, string? expected)
    {
        Assert.Equal(expected, LanguageStage.Normalize(declared));
    }

    [Fact]
    public void Declared_language_is_used_with_half_confidence_when_the_text_is_too_short()
    {
        Assert.True("Hola.".Count(char.IsLetter) < LanguageIdentifier.MinLetters);

        Assert.Equal(new LanguageGuess("pt", 0.5), LanguageOf(Some.Document("Hola.", language: "pt-BR")));
    }

    [Fact]
    public void Short_undeclared_text_is_undetermined()
    {
        Assert.Equal(LanguageGuess.Undetermined, LanguageOf(Some.Document("Hola.")));
    }

    [Fact]
    public void The_model_overrides_a_declared_language()
    {
        var guess = LanguageOf(Some.Document(SpanishArticle, language: "pt-BR"));

        Assert.Equal("es", guess.Code);
        Assert.True(guess.Confidence > 0.9, guess.ToString());
    }

    [Fact]
    public void Undeclared_text_with_enough_letters_is_identified()
    {
        var guess = LanguageOf(Some.Document("Politiet seier at dei ikkje veit kven som skaut mot bilen i går kveld."));

        Assert.Equal("nn", guess.Code);
        Assert.Equal(LangId.Identifier.Identify("Politiet seier at dei ikkje veit kven som skaut mot bilen i går kveld."), guess);
    }

    [Fact]
    public void Without_a_model_the_declared_language_is_used_even_for_long_text()
    {
        var pipeline = StandardPipeline.Create(AtalayaResources.FromPacks(Some.Resources.Languages.Values));

        Assert.Equal(new LanguageGuess("pt", 0.5), pipeline.Analyze(Some.Document(SpanishArticle, language: "pt-BR")).Document.Get(Annotations.Language));
        Assert.Equal(LanguageGuess.Undetermined, pipeline.Analyze(Some.Document(SpanishArticle)).Document.Get(Annotations.Language));
    }

    [Fact]
    public void Boilerplate_does_not_vote()
    {
        string[] widgets =
        [
            "Compartir en Facebook",
            "Compartir en WhatsApp",
            "Síguenos en nuestras redes sociales para no perderte ninguna noticia",
            "Te puede interesar: detienen a dos hombres por el robo de camionetas en la colonia Centro",
            "Comentarios",
            "Sé el primero en comentar",
            "Noticias relacionadas",
            "Lee también: vecinos de la zona norte exigen más patrullas tras una ola de asaltos",
            "Política de privacidad",
        ];
        var text = Some.Lines(
            "Gunmen set fire to two lorries on the coastal road",
            "Armed men set fire to two lorries on the coastal road on Tuesday evening, police said.",
            widgets[0],
            widgets[1],
            widgets[2],
            "The drivers escaped unhurt and no arrests have been made.",
            widgets[3],
            widgets[4],
            widgets[5],
            widgets[6],
            widgets[7],
            widgets[8]);

        Assert.Equal(widgets, Some.BoilerplateLines(text));
        LangId.AssertIdentified("es", string.Join('\n', widgets));
        Assert.NotEqual("en", LangId.Identifier.Identify(text).Code);

        var guess = LanguageOf(Some.Document(text));

        Assert.Equal("en", guess.Code);
    }

    private static LanguageGuess LanguageOf(SourceDocument document)
        => Some.Pipeline.Analyze(document).Document.Get(Annotations.Language);
}
