using Atalaya.Core.Pipeline;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Cleaning;

/// <summary>The individual boilerplate rules, one signal at a time.</summary>
public sealed class BoilerplateRuleTests
{
    private const string Title = "Incendian camiones en la carretera a Navolato";
    private const string Paragraph = "Hombres armados incendiaron tres camiones de carga en la carretera que une Culiacán con Navolato la tarde del martes, según la policía estatal.";
    private const string Closing = "Los conductores lograron escapar sin lesiones y las autoridades no reportaron detenidos.";

    [Theory]
    [InlineData("142")]
    [InlineData("1.2K")]
    [InlineData("3,5k")]
    public void Counter_line_is_boilerplate(string counter)
    {
        var text = Some.Lines(Title, Paragraph, counter, Closing);

        Assert.Equal([counter], Some.BoilerplateLines(text));
    }

    [Theory]
    [InlineData("COMPARTIR")]
    [InlineData("— Publicidad —")]
    [InlineData("¡Sé el primero en comentar!")]
    public void Phrase_match_ignores_case_accents_and_punctuation(string line)
    {
        Assert.Equal([line], Some.BoilerplateLines(Some.Lines(Title, Paragraph, line, Closing)));
    }

    [Theory]
    [InlineData("Síguenos en Linked in")]
    [InlineData("Compartir por Whats App")]
    public void Brand_names_split_by_the_scraper_still_match(string line)
    {
        Assert.Equal([line], Some.BoilerplateLines(Some.Lines(Title, Paragraph, line, Closing)));
    }

    [Fact]
    public void Words_that_only_join_into_a_brand_across_a_sentence_are_not_boilerplate()
    {
        var line = "La policía bloqueó la carretera principal hacia el centro.";
        Assert.Empty(Some.BoilerplateLines(Some.Lines(Title, Paragraph, line, Closing)));
    }

    [Fact]
    public void Contains_phrase_marks_only_short_lines()
    {
        const string sentence = "Los investigadores revisaron las cookies del navegador del sospechoso para reconstruir las páginas que visitó antes del ataque.";

        Assert.Empty(Some.BoilerplateLines(Some.Lines(Title, Paragraph, sentence, Closing)));
    }

    [Fact]
    public void Line_phrase_must_be_the_whole_line()
    {
        Assert.Empty(Some.BoilerplateLines(Some.Lines(Title, Paragraph, "Comentarios del alcalde sobre el ataque", Closing)));
    }

    [Fact]
    public void Prefix_phrase_does_not_mark_a_long_article_line()
    {
        var line = "Lee también el informe de la fiscalía, que detalla cómo los atacantes bloquearon la carretera con camiones robados y esperaron durante horas a que pasaran las patrullas de la policía estatal.";

        Assert.Empty(Some.BoilerplateLines(Some.Lines(Title, Paragraph, line, Closing)));
    }

    [Fact]
    public void Three_word_first_line_is_no_section_label()
    {
        var text = Some.Lines("Seguridad en Sinaloa", Title, Paragraph, Closing);

        Assert.Empty(Some.BoilerplateLines(text));
        Assert.Equal("Seguridad en Sinaloa", Some.Header(text).Title);
    }

    [Fact]
    public void Short_unpunctuated_line_in_the_middle_is_article_text()
    {
        Assert.Empty(Some.BoilerplateLines(Some.Lines(Title, Paragraph, "Lo que sabemos", Closing)));
    }

    [Fact]
    public void Tail_rule_needs_a_real_paragraph_in_the_document()
    {
        Assert.Empty(Some.BoilerplateLines(Some.Lines("Incendio en Navolato", "Tres camiones", "Sin heridos")));
    }

    [Fact]
    public void Run_of_short_lines_after_the_last_paragraph_is_tail()
    {
        var text = Some.Lines(Title, Paragraph, Closing, "Diario del Valle", "Contacto");

        Assert.Equal(["Diario del Valle", "Contacto"], Some.BoilerplateLines(text));
    }

    [Fact]
    public void Spans_are_in_text_order_and_do_not_overlap()
    {
        var text = Some.Lines("Publicidad", Title, "Compartir", Paragraph, "Publicidad", Closing, "142", "Comentarios");

        var spans = Some.Analyze(text).Document.Get(Annotations.Boilerplate).Spans;

        Assert.Equal(5, spans.Count);
        for (var i = 1; i < spans.Count; i++)
        {
            Assert.True(spans[i - 1].Span.End < spans[i].Span.Start);
        }
    }

    [Fact]
    public void Boilerplate_line_with_surrounding_spaces_and_zero_width_marks_is_trimmed()
    {
        var text = Some.Lines(Title, Paragraph, "  \u200BPublicidad \t", Closing);

        Assert.Equal(["Publicidad"], Some.BoilerplateLines(text));
    }

    [Fact]
    public void Closing_sentence_mentioning_comment_is_article_text()
    {
        var text = Some.Lines("Gunmen kill four in Guerrero", "", "Gunmen opened fire at a cockfight near Coyuca on Sunday night, killing four men, prosecutors said.", "", "The state police did not respond to a request for comment.");

        Assert.Empty(Some.BoilerplateLines(text));
    }

    [Fact]
    public void Closing_sentence_with_a_foreign_widget_stem_is_article_text()
    {
        var text = Some.Lines("Borgmästarkandidat mördad i Michoacán", "", "En kandidat till borgmästarposten i en liten kommun i Michoacán sköts ihjäl under ett valmöte på söndagen.", "", "April brukar vara den mest intensiva delen av valkampanjen.");

        Assert.Empty(Some.BoilerplateLines(text));
    }
}
