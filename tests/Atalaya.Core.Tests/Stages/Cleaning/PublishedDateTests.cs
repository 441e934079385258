using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Cleaning;

public sealed class PublishedDateTests
{
    private const string Title = "Liberan a comerciante secuestrado en Reynosa";
    private const string Paragraph = "Un comerciante de 52 años que había sido secuestrado el lunes fue liberado la madrugada del miércoles, informaron las autoridades.";

    [Theory]
    [InlineData("Publicado el 13 de diciembre de 2017", "2017-12-13", "13 de diciembre de 2017")]
    [InlineData("Published 12 March 2024", "2024-03-12", "12 March 2024")]
    [InlineData("14/10/2019 - 15:59:24", "2019-10-14", "14/10/2019")]
    [InlineData("Gepubliceerd: 3 februari 2025 11:02", "2025-02-03", "3 februari 2025 11:02")]
    [InlineData("Oppdatert 05.02.2025 kl. 14:10", "2025-02-05", "05.02.2025 kl. 14:10")]
    [InlineData("Fecha de publicación: diciembre de 2017", "2017-12", "diciembre de 2017")]
    [InlineData("2024-03-12T10:00:00Z", "2024-03-12", "2024-03-12T10:00:00Z")]
    public void Date_stamp_line_in_the_header_gives_the_date_and_its_span(string stamp, string expected, string span)
    {
        var text = Some.Lines(Title, stamp, "", Paragraph);

        var header = Some.Header(text);

        Assert.Equal(expected, header.Published.ToString());
        Assert.Equal("text", header.PublishedFrom);
        Assert.Equal(span, header.PublishedSpan!.Value.Slice(text));
    }

    [Fact]
    public void Stamp_line_with_a_labelled_second_date_is_one_stamp_and_the_first_date_counts()
    {
        var text = Some.Lines(Title, "12/03/2024 10:00 | Actualizado 13/03/2024 11:30", "", Paragraph);

        Assert.Equal("2024-03-12", Some.Header(text).Published.ToString());

        // The article's own date line, agreeing with the publication date, is article text.
        Assert.Empty(Some.BoilerplateLines(text));
    }

    [Fact]
    public void Date_stamp_in_the_last_lines_is_read()
    {
        var text = Some.Lines(Title, "", Paragraph, "", Paragraph, "", Paragraph, "", Paragraph, "", Paragraph, "", Paragraph, "", "Publicado: 02/03/2022");

        Assert.Equal("2022-03-02", Some.Header(text).Published.ToString());
    }

    [Fact]
    public void Date_inside_an_article_sentence_is_not_the_publication_date()
    {
        var text = Some.Lines(Title, "", "El 14 de marzo de 2025 hombres armados irrumpieron en una fiesta en el centro de la ciudad y dispararon contra los invitados.");

        Assert.Null(Some.Header(text).Published);
    }

    [Theory]
    [InlineData("https://diario.example/2017/12/13/secuestro-reynosa/", "2017-12-13")]
    [InlineData("https://diario.example/nacional/secuestro-reynosa-20171213-0042.html", "2017-12-13")]
    [InlineData("https://diario.example/2017/12/secuestro-reynosa", "2017-12")]
    public void Url_gives_the_date_when_the_text_has_none(string url, string expected)
    {
        var header = Some.Header(Some.Lines(Title, Paragraph), url: url);

        Assert.Equal(expected, header.Published.ToString());
        Assert.Equal("url", header.PublishedFrom);
        Assert.Null(header.PublishedSpan);
    }

    [Theory]
    [InlineData("2024-03-12T10:00:00-06:00", "2024-03-12")]
    [InlineData("12 March 2024", "2024-03-12")]
    [InlineData("March 12, 2024 10:00 AM", "2024-03-12")]
    public void Metadata_date_in_common_formats(string published, string expected)
    {
        var header = Some.Header(Some.Lines(Title, Paragraph), published: published);

        Assert.Equal(expected, header.Published.ToString());
        Assert.Equal("metadata", header.PublishedFrom);
    }

    [Fact]
    public void Unreadable_metadata_date_is_ignored()
    {
        var header = Some.Header(Some.Lines(Title, "Publicado el 13 de diciembre de 2017", Paragraph), published: "ayer por la tarde");

        Assert.Equal("2017-12-13", header.Published.ToString());
        Assert.Equal("text", header.PublishedFrom);
    }

    [Fact]
    public void Metadata_wins_over_text_and_url_of_the_same_precision()
    {
        var header = Some.Header(Some.Lines(Title, "Publicado el 13 de diciembre de 2017", Paragraph), url: "https://d.example/2017/12/14/x/", published: "2017-12-15");

        Assert.Equal("2017-12-15", header.Published.ToString());
        Assert.Equal("metadata", header.PublishedFrom);
    }

    [Fact]
    public void Month_in_the_text_is_refined_by_a_compatible_url_day()
    {
        var text = Some.Lines("date 2020-08 " + Title, Paragraph);

        var header = Some.Header(text, url: "https://diario.example/nota-20200802-0012.html");

        Assert.Equal("2020-08-02", header.Published.ToString());
        Assert.Equal("text", header.PublishedFrom);
        Assert.Equal("2020-08", header.PublishedSpan!.Value.Slice(text));
    }

    [Fact]
    public void Incompatible_url_date_does_not_override_the_text()
    {
        var header = Some.Header(Some.Lines("date 2020-08 " + Title, Paragraph), url: "https://diario.example/nota-20200902-0012.html");

        Assert.Equal("2020-08", header.Published.ToString());
        Assert.Equal("text", header.PublishedFrom);
    }

    [Fact]
    public void Metadata_month_is_refined_by_the_text_day()
    {
        var header = Some.Header(Some.Lines(Title, "Publicado el 13 de diciembre de 2017", Paragraph), published: "2017-12");

        Assert.Equal("2017-12-13", header.Published.ToString());
        Assert.Equal("metadata", header.PublishedFrom);
    }

    [Fact]
    public void No_date_anywhere_gives_none()
    {
        var header = Some.Header(Some.Lines(Title, Paragraph), url: "https://diario.example/nacional/secuestro-reynosa");

        Assert.Null(header.Published);
        Assert.Null(header.PublishedFrom);
        Assert.Null(header.PublishedSpan);
    }

    [Fact]
    public void Published_stamp_is_preferred_over_an_updated_stamp()
    {
        var text = Some.Lines(Title, "Updated 15 March 2025", "Published 14 March 2025", "", Paragraph);

        Assert.Equal("2025-03-14", Some.Header(text).Published.ToString());
    }

    [Fact]
    public void Four_word_label_introduces_a_date_stamp()
    {
        var text = Some.Lines(Title, "Mis à jour le 1er mars 2024", "", Paragraph);

        Assert.Equal("2024-03-01", Some.Header(text).Published.ToString());
        Assert.Contains("Mis à jour le 1er mars 2024", Some.BoilerplateLines(text));
    }

    [Theory]
    [InlineData("Las autoridades no reportaron detenidos; la zona es disputada por dos grupos.", "Villa Serena, Durango, 3 de abril de 2024.– Hombres armados atacaron una patrulla en la carretera estatal.", "2024-04-03")]
    [InlineData("No arrests were reported; the area is contested by two groups.", "Fairhaven, Texas, April 3rd 2024 - Gunmen attacked a patrol on the state highway on Tuesday night.", "2024-04-03")]
    [InlineData("Ingen er pågrepet, og området er omstridt mellom to grupper.", "Lindvik, 3. april 2024: Væpnede menn angrep en patrulje på riksveien tirsdag kveld.", "2024-04-03")]
    public void Dateline_after_the_standfirst_gives_the_date(string standfirst, string dateline, string expected)
    {
        var header = Some.Header(Some.Lines(standfirst, dateline, Paragraph));

        Assert.Equal(expected, header.Published.ToString());
        Assert.Equal("text", header.PublishedFrom);
    }

    [Theory]
    [InlineData("Von Redaktion/dpa, 04. April 2024, 20:11 Uhr", "2024-04-04")]
    [InlineData("By Tom Wells | Fairhaven Gazette, April 4, 2024", "2024-04-04")]
    [InlineData("Av Ola Berg, NTB, 4. april 2024 kl. 20.11", "2024-04-04")]
    [InlineData("Por Ana Ruiz Soto, EFE, 4 de abril de 2024", "2024-04-04")]
    public void Byline_with_a_date_gives_the_date(string byline, string expected)
    {
        Assert.Equal(expected, Some.Header(Some.Lines(Title, byline, Paragraph)).Published.ToString());
    }

    [Theory]
    [InlineData("Por la noche del 3 de abril de 2024 los vecinos escucharon disparos cerca del mercado")]
    [InlineData("By April 3, 2024 the army had sent two thousand troops to the region.")]
    [InlineData("Av de 40 drepte i april 2024 var 12 politifolk")]
    public void Sentence_opening_with_a_byline_word_gives_no_date(string line)
    {
        Assert.Null(Some.Header(Some.Lines(Title, line, Paragraph)).Published);
    }

    [Fact]
    public void Date_line_pushed_down_by_a_login_box_is_still_read()
    {
        var text = Some.Lines("Lade Inhalte...", "• Newsletter", "• Abo", "• Login", "Anmeldung", "Bitte E-Mail-Adresse eingeben", "Merken", "Teilen", Title, "Von Redaktion/dpa, 04. April 2024, 20:11 Uhr", Paragraph);

        Assert.Equal("2024-04-04", Some.Header(text).Published.ToString());
    }

    [Theory]
    [InlineData("date 2020-03 LISBOA, 7 mars (AGENCE) – Des hommes armés ont attaqué une patrouille.", "2020-03-07")]
    [InlineData("date 2020-03 ZANDHOVEN, 7 maart (ANP) - Gewapende mannen vielen een patrouille aan.", "2020-03-07")]
    [InlineData("date 2020-03 LINDEBY, 7. marts (Ritzau) - Bevæbnede mænd angreb en patrulje.", "2020-03-07")]
    public void Dateline_day_refines_a_month_precision_date(string line, string expected)
    {
        Assert.Equal(expected, Some.Header(Some.Lines(line, Paragraph)).Published.ToString());
    }

    [Fact]
    public void Dateline_of_another_month_leaves_the_month()
    {
        Assert.Equal("2020-03", Some.Header(Some.Lines("date 2020-03 LISBOA, 7 avril (AGENCE) – Des hommes armés ont attaqué une patrouille.", Paragraph)).Published.ToString());
    }

    [Fact]
    public void Month_name_url_refines_a_month_from_the_text()
    {
        var header = Some.Header(Some.Lines("date 2021-03 " + Title, Paragraph), url: "https://d.example/esteri/21_marzo_14/ostaggi-liberati.shtml");

        Assert.Equal("2021-03-14", header.Published.ToString());
    }

    [Fact]
    public void Stamp_agreeing_with_the_url_beats_the_page_clock()
    {
        var text = Some.Lines("Eastport, May 2nd 2024 - 08:32 UTC", Title, "Tuesday, October 13th 2020 - 07:20 UTC", Paragraph);

        Assert.Equal("2020-10-13", Some.Header(text, url: "https://d.example/2020/10/13/nota").Published.ToString());
    }

    [Fact]
    public void Sentence_with_a_comma_before_a_date_is_no_dateline()
    {
        var text = Some.Lines(Title, "Según la fiscalía, 3 de los detenidos – todos menores – fueron liberados.", Paragraph);

        Assert.Null(Some.Header(text).Published);
    }
}
