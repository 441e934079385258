using Atalaya.Core.Documents;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Cleaning;

public sealed class TitleTests
{
    private const string Paragraph = "Hombres armados atacaron una patrulla de la policía municipal en las afueras de Celaya durante la noche del sábado, según la fiscalía.";

    [Fact]
    public void First_heading_like_line_is_the_title_and_its_span_points_at_it()
    {
        var text = Some.Lines("Atacan a policías en Celaya", "", Paragraph);

        var header = Some.Header(text);

        Assert.Equal("Atacan a policías en Celaya", header.Title);
        Assert.Equal(new TextSpan(0, 27), header.TitleSpan);
    }

    [Fact]
    public void Headline_ending_in_a_question_mark_is_still_a_title()
    {
        Assert.Equal("¿Quién disparó contra la patrulla de Celaya?", Some.Header(Some.Lines("¿Quién disparó contra la patrulla de Celaya?", Paragraph)).Title);
    }

    [Fact]
    public void Article_starting_with_a_paragraph_has_no_title()
    {
        Assert.Null(Some.Header(Some.Lines(Paragraph, "", "Nadie ha sido detenido.")).Title);
    }

    [Fact]
    public void Line_ending_with_a_colon_is_not_a_title()
    {
        Assert.Null(Some.Header(Some.Lines("Esto es lo que sabemos del ataque:", Paragraph)).Title);
    }

    [Fact]
    public void Single_line_document_has_no_title()
    {
        Assert.Null(Some.Header("Atacan a policías en Celaya").Title);
    }

    [Fact]
    public void Boilerplate_lines_above_the_title_are_skipped()
    {
        var text = Some.Lines("Compartir en Facebook", "Publicidad", "Atacan a policías en Celaya", Paragraph);

        Assert.Equal("Atacan a policías en Celaya", Some.Header(text).Title);
    }

    [Fact]
    public void Title_follows_a_glued_date_stamp()
    {
        var text = Some.Lines(" date 2025-12-06 La explosión de un coche bomba deja tres muertos en Celaya", Paragraph);

        var header = Some.Header(text);

        Assert.Equal("La explosión de un coche bomba deja tres muertos en Celaya", header.Title);
        Assert.Equal(header.Title, header.TitleSpan!.Value.Slice(text));
    }

    [Fact]
    public void No_title_when_the_text_after_a_glued_stamp_is_a_paragraph()
    {
        var text = Some.Lines("date 2020-07 " + Paragraph, "Nadie ha sido detenido.");

        Assert.Null(Some.Header(text).Title);
    }

    [Fact]
    public void Metadata_title_printed_first_gets_its_span()
    {
        var text = Some.Lines("Atacan a policías en Celaya", Paragraph);

        var header = Some.Header(text, title: "Atacan a policías en Celaya");

        Assert.Equal("Atacan a policías en Celaya", header.Title);
        Assert.Equal(new TextSpan(0, 27), header.TitleSpan);
    }

    [Fact]
    public void Metadata_title_wins_over_a_different_first_line_and_has_no_span_when_not_printed()
    {
        var text = Some.Lines("Seguridad en Guanajuato", Paragraph);

        var header = Some.Header(text, title: "Atacan a policías en Celaya");

        Assert.Equal("Atacan a policías en Celaya", header.Title);
        Assert.Null(header.TitleSpan);
    }

    [Fact]
    public void Metadata_title_found_a_few_lines_down_points_at_that_line()
    {
        var text = Some.Lines("Seguridad en Guanajuato", "ATACAN A POLICÍAS EN CELAYA", Paragraph);

        var header = Some.Header(text, title: "Atacan a policías en Celaya");

        Assert.Equal("Atacan a policías en Celaya", header.Title);
        Assert.Equal("ATACAN A POLICÍAS EN CELAYA", header.TitleSpan!.Value.Slice(text));
    }
}
