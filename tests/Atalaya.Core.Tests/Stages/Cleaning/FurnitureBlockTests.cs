using Atalaya.Core.Pipeline;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Cleaning;

/// <summary>Furniture found by shape and position: menus, teaser blocks, closing blocks, editors' initials.</summary>
public sealed class FurnitureBlockTests
{
    [Theory]
    [InlineData("- Inicio", "- Nacional", "- Deportes", "Hombres armados incendiaron dos autobuses en la salida norte de Tepalcingo la noche del viernes, según la policía.")]
    [InlineData("• Home", "• Newsletter", "• Log-in ...", "Gunmen set two buses on fire at the northern exit of Fairhaven on Friday night, police said.")]
    [InlineData("- Start", "- Binnenland", "- Sport", "Gewapende mannen staken vrijdagavond twee bussen in brand bij de noordelijke uitgang van Zandhoven, meldt de politie.")]
    [InlineData("* Forside", "* Indland", "* Sport", "Bevæbnede mænd satte fredag aften ild til to busser ved den nordlige udkørsel fra Lindeby, oplyser politiet.")]
    public void Bulleted_run_above_the_first_paragraph_is_navigation(string first, string second, string third, string paragraph)
    {
        var text = Some.Lines(first, second, third, paragraph, paragraph);

        Assert.Equal([first, second, third], Some.BoilerplateLines(text));
    }

    [Theory]
    [InlineData("es", "Inicio", "Nacional", "Mundo", "Deportes")]
    [InlineData("de", "Startseite", "Politik", "Panorama", "Sport")]
    [InlineData("sv", "Start", "Nyheter", "Utrikes", "Sport")]
    public void Run_of_bare_menu_words_above_the_article_is_navigation(string language, string first, string second, string third, string fourth)
    {
        var paragraph = Paragraph(language);
        var text = Some.Lines(first, second, third, fourth, Title(language), paragraph, paragraph);

        Assert.Equal([first, second, third, fourth], Some.BoilerplateLines(text));
    }

    [Fact]
    public void Three_short_header_lines_are_no_menu()
    {
        var paragraph = Paragraph("en");
        var text = Some.Lines(Title("en"), "By", "Tom Wells", "Fairhaven Gazette", paragraph, paragraph);

        Assert.Empty(Some.BoilerplateLines(text));
    }

    [Fact]
    public void Bulleted_list_between_paragraphs_is_article_text()
    {
        const string paragraph = "La fiscalía informó que los detenidos fueron trasladados a la capital del estado para rendir su declaración.";
        var text = Some.Lines("Detienen a tres hombres en Tepalcingo", paragraph, "- Dos fusiles", "- Tres pistolas", "- Un vehículo", paragraph);

        Assert.Empty(Some.BoilerplateLines(text));
    }

    [Theory]
    [InlineData("es", "Más noticias de Nacional", "Sube el precio de la tortilla en la capital", "¿Qué hacer si pierdes tu pasaporte?")]
    [InlineData("de", "Mehr aus Politik", "Neuer Bahnhof in Kleinstetten eröffnet", "Quiz: Welcher Urlaubstyp sind Sie?")]
    [InlineData("sv", "Mer från Utrikes", "Ny bro invigd i Björkvik", "Test: Vilken semestertyp är du?")]
    public void Headlines_under_a_related_heading_are_teasers(string language, string heading, string teaser1, string teaser2)
    {
        var paragraph = Paragraph(language);
        var text = Some.Lines(Title(language), paragraph, paragraph, heading, teaser1, teaser2, paragraph);

        Assert.Equal([heading, teaser1, teaser2], Some.BoilerplateLines(text));
    }

    [Theory]
    [InlineData("nb", "0 kommentarer", "Kommentarfeltet er stengt mellom klokken 22 og 6.", "Nyeste først Eldste først")]
    [InlineData("de", "3 Kommentare", "Die Kommentarfunktion ist zwischen 22 und 6 Uhr nicht verfügbar.", "Neueste zuerst Älteste zuerst")]
    [InlineData("en", "12 comments", "Comments are closed between 10 p.m. and 6 a.m. every night.", "Newest first Oldest first")]
    [InlineData("it", "5 commenti", "I commenti sono chiusi dalle 22 alle 6 di ogni giorno.", "Più recenti prima Meno recenti prima")]
    public void Everything_under_a_closing_comments_heading_is_furniture(string language, string counted, string rule, string sorting)
    {
        var paragraph = Paragraph(language);
        var text = Some.Lines(Title(language), paragraph, paragraph, counted, rule, sorting, "Mest lest");

        Assert.Equal([counted, rule, sorting, "Mest lest"], Some.BoilerplateLines(text));
    }

    [Fact]
    public void Comments_heading_followed_by_article_prose_opens_no_block()
    {
        var paragraph = Paragraph("es");
        const string closing = "Los vecinos dijeron que no habían escuchado disparos durante la noche del sábado.";
        var text = Some.Lines(Title("es"), paragraph, "Comentarios", closing);

        Assert.Equal(["Comentarios"], Some.BoilerplateLines(text));
    }

    [Theory]
    [InlineData("pt", "abc/xyz")]
    [InlineData("es", "jm/ft")]
    [InlineData("en", "ab/cd/ef")]
    public void Editors_initials_closing_a_wire_story_are_furniture(string language, string initials)
    {
        var paragraph = Paragraph(language);

        Assert.Equal([initials], Some.BoilerplateLines(Some.Lines(Title(language), paragraph, paragraph, initials)));
    }

    [Fact]
    public void Slash_inside_a_closing_sentence_is_no_initials()
    {
        var paragraph = Paragraph("en");

        Assert.Empty(Some.BoilerplateLines(Some.Lines(Title("en"), paragraph, paragraph, "He said the 24/7 patrols would continue.")));
    }

    [Theory]
    [InlineData("da", "En ny tunnel er fundet under grænsen ved Lindeby. Læs hele den utrolige historie her.")]
    [InlineData("en", "A new tunnel was found under the border near Fairhaven. Read the whole remarkable story here.")]
    [InlineData("es", "Un nuevo túnel fue hallado bajo la frontera cerca de Tepalcingo. Lee la historia completa aquí.")]
    [InlineData("de", "Ein neuer Tunnel wurde unter der Grenze bei Kleinstetten entdeckt. Lesen Sie die ganze Geschichte hier.")]
    public void Closing_paragraph_that_calls_to_read_another_story_is_a_teaser(string language, string teaser)
    {
        var paragraph = Paragraph(language);

        Assert.Equal([teaser], Some.BoilerplateLines(Some.Lines(Title(language), paragraph, paragraph, teaser)));
    }

    [Theory]
    [InlineData("en", "Read the whole remarkable story here. A new tunnel was found under the border near Fairhaven.")]
    [InlineData("sv", "Polisen läste upp domen här i Björkvik på måndagen inför de anhörigas ögon och många journalister.")]
    public void Call_to_read_that_does_not_close_the_last_paragraph_is_article_text(string language, string line)
    {
        var paragraph = Paragraph(language);

        Assert.Empty(Some.BoilerplateLines(Some.Lines(Title(language), paragraph, line, paragraph)));
        Assert.Empty(Some.BoilerplateLines(Some.Lines(Title(language), paragraph, paragraph, line)));
    }

    [Theory]
    [InlineData("es", "EFE")]
    [InlineData("nb", "NTB")]
    [InlineData("de", "dpa")]
    [InlineData("en", "Reuters")]
    public void Agency_credit_opening_or_closing_the_story_is_article_text(string language, string agency)
    {
        var paragraph = Paragraph(language);

        Assert.Empty(Some.BoilerplateLines(Some.Lines(Title(language), paragraph, paragraph, agency)));
        Assert.Empty(Some.BoilerplateLines(Some.Lines(agency, "", Title(language), paragraph, paragraph)));
    }

    [Theory]
    [InlineData("en", "Families left behind")]
    [InlineData("es", "La búsqueda continúa")]
    [InlineData("nl", "Een lange zoektocht")]
    public void Sentence_case_heading_closing_a_truncated_article_is_article_text(string language, string heading)
    {
        var paragraph = Paragraph(language);

        Assert.Empty(Some.BoilerplateLines(Some.Lines(Title(language), paragraph, paragraph, heading)));
    }

    [Theory]
    [InlineData("en", "The")]
    [InlineData("de", "Und")]
    [InlineData("sv", "Och")]
    public void Function_word_left_by_a_cut_off_sentence_is_article_text(string language, string word)
    {
        var paragraph = Paragraph(language);

        Assert.Empty(Some.BoilerplateLines(Some.Lines(Title(language), paragraph, paragraph, word)));
    }

    [Theory]
    [InlineData("en", "Daily Courier, en Español")]
    [InlineData("es", "El Heraldo del Sur, in English")]
    [InlineData("da", "Morgenposten, English version")]
    [InlineData("de", "Tagesblatt auf Deutsch")]
    public void Masthead_with_a_language_switch_is_furniture(string language, string masthead)
    {
        var paragraph = Paragraph(language);

        Assert.Equal([masthead], Some.BoilerplateLines(Some.Lines(masthead, Title(language), paragraph, paragraph)));
    }

    [Theory]
    [InlineData("nl", "Let op: dit artikel is gemaakt met kunstmatige intelligentie (AI).")]
    [InlineData("en", "Note: This article was generated with the help of AI.")]
    [InlineData("es", "Aviso: este artículo fue generado con inteligencia artificial.")]
    [InlineData("nb", "Merk: Denne artikkelen er laget med kunstig intelligens.")]
    public void Notice_of_machine_written_text_is_furniture(string language, string notice)
    {
        var paragraph = Paragraph(language);

        Assert.Equal([notice], Some.BoilerplateLines(Some.Lines(Title(language), paragraph, paragraph, notice)));
    }

    [Theory]
    [InlineData("es", "El video, generado por inteligencia artificial, circuló en redes.")]
    [InlineData("de", "Das Video wurde mit künstlicher Intelligenz erstellt.")]
    [InlineData("sv", "Videon var skapad med artificiell intelligens.")]
    public void Sentence_about_a_machine_made_video_is_article_text(string language, string sentence)
    {
        var paragraph = Paragraph(language);

        Assert.Empty(Some.BoilerplateLines(Some.Lines(Title(language), paragraph, sentence, paragraph)));
    }

    [Theory]
    [InlineData("Merken")]
    [InlineData("Gemerkt")]
    [InlineData("Lädt")]
    [InlineData("Cargando")]
    [InlineData("Laddar")]
    [InlineData("Full article")]
    [InlineData("Lade Inhalte...")]
    public void Loader_bookmark_and_full_article_lines_are_furniture(string line)
    {
        var paragraph = Paragraph("de");

        Assert.Equal([line], Some.BoilerplateLines(Some.Lines(Title("de"), line, paragraph, paragraph)));
    }

    [Fact]
    public void Page_clock_that_contradicts_the_article_date_is_furniture_and_the_article_date_line_is_not()
    {
        const string clock = "Eastport, May 2nd 2024 - 08:32 UTC";
        const string dateLine = "Tuesday, October 13th 2020 - 07:20 UTC";
        var paragraph = Paragraph("en");
        var text = Some.Lines(clock, "", "Gunmen ambush a police convoy near Fairhaven", "", dateLine, paragraph, paragraph);

        var document = Some.Analyze(text, url: "https://news.example/2020/10/13/police-convoy-ambush").Document;

        Assert.Equal([clock], document.Get(Annotations.Boilerplate).Spans.Select(b => b.Span.Slice(text)));
        Assert.Equal("2020-10-13", document.Get(Annotations.Header).Published.ToString());
    }

    private static string Title(string language) => language switch
    {
        "es" or "pt" or "it" => "Incendian dos autobuses en Tepalcingo",
        "de" => "Zwei Busse in Kleinstetten angezündet",
        "nl" => "Twee bussen in brand gestoken in Zandhoven",
        "sv" or "nb" or "da" => "To busser sat i brand ved Lindeby",
        _ => "Two buses set on fire in Fairhaven",
    };

    private static string Paragraph(string language) => language switch
    {
        "es" => "Hombres armados incendiaron dos autobuses en la salida norte de Tepalcingo la noche del viernes, según informó la policía estatal.",
        "pt" => "Homens armados incendiaram dois ônibus na saída norte de Vila Serena na noite de sexta-feira, segundo a polícia estadual.",
        "it" => "Uomini armati hanno incendiato due autobus all'uscita nord di Borgoverde venerdì sera, secondo la polizia statale.",
        "de" => "Bewaffnete Männer haben am Freitagabend zwei Busse an der nördlichen Ausfahrt von Kleinstetten angezündet, teilte die Polizei mit.",
        "nl" => "Gewapende mannen staken vrijdagavond twee bussen in brand bij de noordelijke uitgang van Zandhoven, meldt de politie.",
        "sv" => "Beväpnade män satte på fredagskvällen eld på två bussar vid den norra utfarten från Björkvik, uppger polisen.",
        "nb" => "Væpnede menn satte fredag kveld fyr på to busser ved den nordlige utkjørselen fra Lindvik, opplyser politiet.",
        "da" => "Bevæbnede mænd satte fredag aften ild til to busser ved den nordlige udkørsel fra Lindeby, oplyser politiet.",
        _ => "Gunmen set two buses on fire at the northern exit of Fairhaven on Friday night, according to the state police.",
    };
}
