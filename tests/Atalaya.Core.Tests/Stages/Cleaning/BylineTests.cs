using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Cleaning;

public sealed class BylineTests
{
    private const string Title = "Emboscada contra soldados en Tepalcatepec";
    private const string Paragraph = "Un convoy militar fue atacado con explosivos y disparos en un camino rural de Tepalcatepec, Michoacán, informaron las autoridades el domingo.";

    [Theory]
    [InlineData("By Tom Hale", "Tom Hale")]
    [InlineData("Door Pieter de Vries", "Pieter de Vries")]
    [InlineData("Von Anna Schmidt", "Anna Schmidt")]
    [InlineData("di Marco Rossi", "Marco Rossi")]
    [InlineData("Por Ana Ruiz, corresponsal", "Ana Ruiz")]
    [InlineData("Por Ana Ruiz corresponsal", "Ana Ruiz")]
    [InlineData("Por Ana Ruiz | EFE", "Ana Ruiz")]
    [InlineData("By Tom Hale, Reuters", "Tom Hale")]
    [InlineData("By Tom Hale and Priya Raman", "Tom Hale and Priya Raman")]
    [InlineData("BY Tom Hale", "Tom Hale")]
    public void Prefixed_byline_gives_the_name_without_role_words(string line, string expected)
    {
        var text = Some.Lines(Title, line, "", Paragraph);

        var header = Some.Header(text);

        Assert.Equal(expected, header.Byline);
        Assert.Equal(expected, header.BylineSpan!.Value.Slice(text));
    }

    [Fact]
    public void Name_only_line_under_the_title_is_the_byline()
    {
        Assert.Equal("Marta Ruiz", Some.Header(Some.Lines(Title, "Marta Ruiz", Paragraph)).Byline);
    }

    [Theory]
    [InlineData("Redacción")]
    [InlineData("EFE AFP")]
    [InlineData("Guardia Nacional: 4 muertos")]
    [InlineData("el equipo de noticias")]
    public void Line_under_the_title_that_is_not_a_name_is_no_byline(string line)
    {
        Assert.Null(Some.Header(Some.Lines(Title, line, Paragraph)).Byline);
    }

    [Fact]
    public void Name_only_line_needs_a_title_above_it()
    {
        Assert.Null(Some.Header(Some.Lines(Paragraph, "Marta Ruiz", "Nadie fue detenido.")).Byline);
    }

    [Fact]
    public void Prefix_followed_by_a_lowercase_word_is_no_byline()
    {
        Assert.Null(Some.Header(Some.Lines(Title, "Por la mañana", Paragraph)).Byline);
    }

    [Fact]
    public void Metadata_byline_wins_and_has_no_span()
    {
        var header = Some.Header(Some.Lines(Title, "Por Ana Ruiz", Paragraph), byline: "Redacción Central");

        Assert.Equal("Redacción Central", header.Byline);
        Assert.Null(header.BylineSpan);
    }

    [Fact]
    public void Byline_is_not_searched_far_below_the_title()
    {
        var text = Some.Lines(Title, Paragraph, Paragraph, Paragraph, "Por Ana Ruiz");

        Assert.Null(Some.Header(text).Byline);
    }

    [Fact]
    public void Multi_word_prefix_introduces_the_name()
    {
        Assert.Equal("Tom Hale", Some.Header(Some.Lines(Title, "Written by Tom Hale", Paragraph)).Byline);
        Assert.Equal("Ana Ruiz", Some.Header(Some.Lines(Title, "Escrito por Ana Ruiz", Paragraph)).Byline);
    }

    [Fact]
    public void Paragraph_starting_with_a_prefix_word_is_no_byline()
    {
        var text = Some.Lines(Title, "By Tuesday morning, police had arrested three suspects in connection with the attack near Coyuca, prosecutors said.");

        Assert.Null(Some.Header(text).Byline);
    }

    [Fact]
    public void Name_only_line_after_a_date_stamp_under_the_title_is_the_byline()
    {
        Assert.Equal("Jane Whitfield", Some.Header(Some.Lines(Title, "12/03/2024 10:00", "Jane Whitfield", Paragraph)).Byline);
    }
}
