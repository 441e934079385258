using Atalaya.Core.Documents;
using Atalaya.Core.Pipeline;
using Atalaya.Core.Stages.Language;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Language;

public sealed class LanguageStageTests
{
    [Theory]
    [InlineData("es-MX", "es")]
    [InlineData("EN_us", "en")]
    [InlineData("no", "nb")]
    [InlineData("nob", "nb")]
    [InlineData("", null)]
    [InlineData("english", null)]
    public void Declared_codes_are_normalized(string declared, string? expected)
    {
        Assert.Equal(expected, LanguageStage.Normalize(declared));
    }

    [Fact]
    public void Declared_language_is_used_with_half_confidence()
    {
        var guess = Some.Pipeline.Analyze(Some.Document("Texto de prueba.", language: "pt-BR")).Document.Get(Annotations.Language);

        Assert.Equal(new LanguageGuess("pt", 0.5), guess);
    }

    [Fact]
    public void Undeclared_language_is_undetermined()
    {
        Assert.Equal(LanguageGuess.Undetermined, Some.Pipeline.Analyze(Some.Document("Texto de prueba.")).Document.Get(Annotations.Language));
    }
}
