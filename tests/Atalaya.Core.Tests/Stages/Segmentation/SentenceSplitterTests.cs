using Atalaya.Core.Stages.Cleaning;
using Atalaya.Core.Documents;
using Atalaya.Core.Stages.Segmentation;

namespace Atalaya.Core.Tests.Stages.Segmentation;

public sealed class SentenceSplitterTests
{
    private static List<string> Split(string text)
        => [.. TextLine.Split(text).Where(l => !l.IsBlank).Select(l => l.Content).SelectMany(p => SentenceSplitter.Sentences(text, p)).Select(s => s.Slice(text))];

    [Theory]
    [InlineData("Hubo tres muertos. La policía llegó tarde.", "Hubo tres muertos.|La policía llegó tarde.")]
    [InlineData("¿Quién disparó? Nadie lo sabe. ¡Basta ya! Dijo el alcalde.", "¿Quién disparó?|Nadie lo sabe.|¡Basta ya!|Dijo el alcalde.")]
    [InlineData("El Gral. Ramírez llegó al lugar. Nadie habló.", "El Gral. Ramírez llegó al lugar.|Nadie habló.")]
    [InlineData("El detenido, J. Guzmán, no declaró. Fue trasladado.", "El detenido, J. Guzmán, no declaró.|Fue trasladado.")]
    [InlineData("Dijo: \"Ya basta.\" Luego se fue.", "Dijo: \"Ya basta.\"|Luego se fue.")]
    [InlineData("Llegaron 1.500 soldados. 300 más vendrán.", "Llegaron 1.500 soldados.|300 más vendrán.")]
    [InlineData("Ocurrió a las 3 p. m. del martes en el centro.", "Ocurrió a las 3 p. m. del martes en el centro.")]
    [InlineData("Esperaron... Nadie vino.", "Esperaron...|Nadie vino.")]
    [InlineData("Fuentes de EE. UU. confirmaron la captura. Nadie habló.", "Fuentes de EE. UU. confirmaron la captura.|Nadie habló.")]
    [InlineData("The U.S. Treasury named him. He fled.", "The U.S. Treasury named him.|He fled.")]
    public void Sentences_end_at_terminal_punctuation_before_a_capital(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Split(text));
    }

    [Fact]
    public void Line_breaks_always_end_a_sentence_and_blank_lines_are_skipped()
    {
        Assert.Equal(["Titular sin punto", "Primer párrafo", "Segundo párrafo"], Split("Titular sin punto\n\n  Primer párrafo  \r\n\r\nSegundo párrafo\n"));
    }

    [Fact]
    public void Sentence_spans_are_offsets_into_the_text()
    {
        const string text = "Título\n\nUno dos. Tres cuatro.";

        var spans = TextLine.Split(text).Where(l => !l.IsBlank).Select(l => l.Content).SelectMany(p => SentenceSplitter.Sentences(text, p)).ToList();

        Assert.Equal([new TextSpan(0, 6), new TextSpan(8, 16), new TextSpan(17, 29)], spans);
    }
}
