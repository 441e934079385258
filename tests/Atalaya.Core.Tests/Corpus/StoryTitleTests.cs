using Atalaya.Core.Contract;
using static Atalaya.Core.Tests.Corpus.Invented;

namespace Atalaya.Core.Tests.Corpus;

/// <summary>A story's title comes from its first document: the headline, else the lead sentence of the body.</summary>
public sealed class StoryTitleTests
{
    [Fact]
    public void A_story_whose_first_document_has_a_headline_takes_it()
    {
        var corpus = Build(
            Document("a", "es", "2025-05-02", "Enfrentamiento en Villa Ocaso deja tres muertos\n\nTres hombres murieron el jueves en un enfrentamiento en Villa Ocaso.", "Enfrentamiento en Villa Ocaso deja tres muertos"));

        Assert.Equal("Enfrentamiento en Villa Ocaso deja tres muertos", Assert.Single(corpus.Stories).Title);
    }

    [Fact]
    public void Without_a_headline_the_lead_sentence_is_the_title_without_a_date_stamp_or_boilerplate()
    {
        var text = "Compartir en Facebook\n date 2025-05 Tres hombres murieron el jueves en un enfrentamiento en Villa Ocaso. La fiscalía abrió una investigación.\n";
        var document = Document("a", "es", "2025-05-02", text);
        document.Boilerplate = [new ContractSpan { Start = 0, End = 21, Text = "Compartir en Facebook" }];

        var corpus = Build(document);

        Assert.Equal("Tres hombres murieron el jueves en un enfrentamiento en Villa Ocaso.", Assert.Single(corpus.Stories).Title);
    }

    [Fact]
    public void A_long_lead_is_cut_at_a_word_with_an_ellipsis()
    {
        var text = "Tres hombres armados que viajaban en una camioneta blanca sin placas murieron el jueves por la tarde en un enfrentamiento con agentes de la policía estatal en las afueras de Villa Ocaso, según informó la fiscalía.";

        var title = Assert.Single(Build(Document("a", "es", "2025-05-02", text)).Stories).Title!;

        Assert.EndsWith("…", title, StringComparison.Ordinal);
        Assert.True(title.Length <= 111, title);
        Assert.StartsWith(title[..^1], text, StringComparison.Ordinal);
        Assert.Equal(' ', text[title.Length - 1]);
    }

    [Fact]
    public void A_fragment_is_no_title()
        => Assert.Null(Assert.Single(Build(Document("a", "es", "2025-05-02", "Foto: archivo")).Stories).Title);

    [Theory]
    [InlineData("de", "Von Henrike Albers Kühn", "Henrike Albers Kühn", "Bewaffnete haben in Villa Ocaso drei Polizisten getötet.")]
    [InlineData("nb", "Av Signe Lunde Haug", null, "Væpnede menn drepte tre politifolk i Villa Ocaso natt til søndag.")]
    [InlineData("es", "Por Inés Barrales Gómez", null, "Hombres armados mataron a tres policías en Villa Ocaso la noche del domingo.")]
    [InlineData("pt", "LISBOA, 3 maio (Agência Lusa) –", null, "Homens armados mataram três polícias em Villa Ocaso na noite de domingo.")]
    [InlineData("nl", "AMSTERDAM, 5 mei (ANP) –", null, "Gewapende mannen hebben in Villa Ocaso drie agenten doodgeschoten.")]
    [InlineData("es", "Puerto Brumas, Serr. a 3 de mayo de 2025.", null, "Hombres armados mataron a tres policías en Villa Ocaso la noche del domingo.")]
    [InlineData("sv", "- logo-icon", null, "Beväpnade män dödade tre poliser i Villa Ocaso natten till söndag.")]
    [InlineData("nb", "Redaksjonen", null, "Væpnede menn drepte tre politifolk i Villa Ocaso natt til søndag.")]
    [InlineData("it", "Redazione Esteri", null, "Uomini armati hanno ucciso tre agenti a Villa Ocaso nella notte di domenica.")]
    public void A_header_line_taken_for_the_headline_that_is_a_byline_or_a_dateline_gives_way_to_the_lead(string language, string header, string? byline, string lead)
    {
        var document = Document("a", language, "2025-05-04", $"{header}\n\n{lead} Mehr / more / más.", header);
        document.Byline = byline;

        Assert.Equal(lead, Assert.Single(Build(document).Stories).Title);
    }

    [Theory]
    [InlineData("es", "PUERTO BRUMAS.- ", "Un grupo armado atacó la comandancia de Villa Ocaso durante la madrugada.")]
    [InlineData("en", "VILLA OCASO, Serrania (AP) — ", "Gunmen attacked the police station of Villa Ocaso before dawn on Sunday.")]
    [InlineData("fr", "VILLA OCASO - ", "Des hommes armés ont attaqué le commissariat de Villa Ocaso dimanche.")]
    [InlineData("sv", "Puerto Brumas, 4 maj (TT) – ", "Beväpnade män attackerade polisstationen i Villa Ocaso på söndagen.")]
    [InlineData("es", "Villa Ocaso, Serr. a 4 de mayo de 2025.- ", "Se informa que un grupo armado atacó la comandancia de Villa Ocaso.")]
    public void A_lead_opening_with_a_dateline_is_titled_without_it(string language, string dateline, string lead)
        => Assert.Equal(lead, Assert.Single(Build(Document("a", language, "2025-05-04", dateline + lead + " Second sentence here.")).Stories).Title);

    [Fact]
    public void Menu_items_and_page_labels_are_no_lead()
    {
        var text = "• Iniciar sesión en su cuenta personal...\nIntroduzca su correo electrónico\nTres hombres murieron el jueves en un enfrentamiento en Villa Ocaso.\n";

        Assert.Equal("Tres hombres murieron el jueves en un enfrentamiento en Villa Ocaso.", Assert.Single(Build(Document("a", "es", "2025-05-02", text)).Stories).Title);
    }

    [Theory]
    [InlineData("Masacre en Villa Ocaso")]
    [InlineData("Cartel Gunmen Kill Fourteen Police in Villa Ocaso")]
    [InlineData("Bewaffnete töten drei Polizisten in Villa Ocaso")]
    [InlineData("Villa Ocaso: 317 morts après l’attaque du cartel")]
    [InlineData("«Nos dispararon sin aviso», dice un testigo en Villa Ocaso")]
    public void A_headline_stays_the_title(string headline)
        => Assert.Equal(headline, Assert.Single(Build(Document("a", "fr", "2025-05-02", "Texte de l’article, assez long pour une phrase.", headline)).Stories).Title);
}
