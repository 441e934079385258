using Atalaya.Core.Documents;
using Atalaya.Core.Stages.Entities;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Entities;

/// <summary>
/// Institutions with descriptive heads, posts, common nouns and words that only look like names,
/// from the language packs' institution_words.tsv and not_names.tsv. Sentences and names invented
/// for these tests.
/// </summary>
public sealed class InstitutionNameTests
{
    private static readonly KnowledgeBase Kb = new(
    [
        new KbEntity("defensa", "ORG", "government", null, "Secretaría de la Defensa", ["ministero della Difesa messicano", "Guardia Civil mexicana"], null),
        new KbEntity("ejercito", "ORG", "state_force", null, "Ejército Mexicano", ["Ejército mexicano"], null),
    ]);

    private static readonly FakePlaces Places = new(
    [
        ("Jalisco", new PlaceCandidate(new GeoPoint("Jalisco", "Jalisco", null, "MX", 20.3, -103.3, 4004156), "admin1", 8_000_000)),
        ("Sonora", new PlaceCandidate(new GeoPoint("Sonora", "Sonora", null, "MX", 29.6, -110.9, 3982846), "admin1", 2_900_000)),
    ]);

    private static DocumentEntities Analyze(string text, params (string Name, string Type)[] tagged)
        => EntityAnalysis.Run(text, Kb, Places, tagged.Length == 0 ? null : new FakeTagger(tagged));

    private static IEnumerable<string> Named(DocumentEntities entities, string text, string type)
        => entities.Entities.Where(e => e.Type == type).SelectMany(e => e.Mentions).Select(m => m.Slice(text)).Order(StringComparer.Ordinal);

    [Theory]
    [InlineData("Según un comunicado del ministerio de Hacienda, los pagos se suspendieron el martes en todo el país.", "ministerio de Hacienda")]
    [InlineData("Volgens een verklaring van het ministerie van Justitie en Veiligheid werden de betalingen dinsdag stopgezet.", "ministerie van Justitie en Veiligheid")]
    [InlineData("Secondo una nota del ministero della Salute, i pagamenti sono stati sospesi martedì in tutto il paese.", "ministero della Salute")]
    public void A_lower_case_head_joined_to_a_name_is_one_organization(string text, string expected)
        => Assert.Equal([expected], Named(Analyze(text), text, "ORG"));

    [Fact]
    public void A_head_of_two_words_keeps_both_and_the_place_stays_a_place()
    {
        var text = "Een medewerker van het openbaar ministerie van Sonora werd dinsdag in de stad doodgeschoten.";
        var entities = Analyze(text);

        Assert.Equal(["openbaar ministerie van Sonora"], Named(entities, text, "ORG"));
        Assert.Equal(["Sonora"], Named(entities, text, "LOC"));
    }

    [Theory]
    [InlineData("Det amerikanske justitsministerium meddelte tirsdag, at sagen er lukket for denne gang.", "justitsministerium")]
    [InlineData("USA:s utrikesdepartement uppmanar medborgare att undvika flera delstater under helgen.", "USA:s utrikesdepartement")]
    [InlineData("Das Verteidigungsministerium bestätigte am Dienstag den Angriff auf die Kaserne im Norden.", "Verteidigungsministerium")]
    public void A_compound_ending_in_a_ministry_is_one_organization(string text, string expected)
        => Assert.Equal([expected], Named(Analyze(text), text, "ORG"));

    [Theory]
    [InlineData("El secretario de Seguridad Ciudadana, Tomás Ledesma Villa, confirmó los hechos el martes.", "Seguridad Ciudadana")]
    [InlineData("De minister van Binnenlandse Zaken, Pieter Kleinhout, bevestigde dinsdag het nieuws.", "Binnenlandse Zaken")]
    [InlineData("O secretário de Segurança Pública, Tomás Ledesma, confirmou os fatos na terça-feira.", "Segurança Pública")]
    public void The_office_in_a_post_s_title_is_no_organization(string text, string office)
        => Assert.Empty(Named(Analyze(text, (office, "ORG")), text, "ORG"));

    [Theory]
    [InlineData("Después del ataque, la Policía acordonó la zona durante varias horas.", "Policía")]
    [InlineData("Na de aanval zette de Politie het gebied urenlang af.", "Politie")]
    [InlineData("Etter angrepet sperret Politiet av området i flere timer.", "Politiet")]
    public void An_institution_s_common_noun_alone_names_no_body(string text, string noun)
        => Assert.Empty(Named(Analyze(text, (noun, "ORG")), text, "ORG"));

    [Theory]
    [InlineData("Los atacantes dispararon un lanzacohetes RPG contra el helicóptero del ejército.", "RPG")]
    [InlineData("The convoy was hit by an IED on the road north of the town on Friday.", "IED")]
    [InlineData("De stad zou deze zomer wedstrijden van het WK organiseren, meldde de krant.", "WK")]
    [InlineData("Soldatene ble angrepet fra et Black Hawk-helikopter natt til fredag.", "Black Hawk")]
    public void Weapon_models_and_abbreviations_of_common_nouns_are_no_entities(string text, string word)
        => Assert.Empty(Analyze(text, (word, "ORG")).Entities);

    [Theory]
    [InlineData("Personal de la Fiscalía Especial en Delitos Electorales llegó al rancho el miércoles.", "Fiscalía Especial", "Delitos Electorales", "Fiscalía Especial en Delitos Electorales")]
    [InlineData("Agentes da Procuradoria Especial em Crimes Ambientais chegaram à fazenda na quarta-feira.", "Procuradoria Especial", "Crimes Ambientais", "Procuradoria Especial em Crimes Ambientais")]
    [InlineData("The ruling by the Court of Criminal Appeals was read out on Wednesday morning.", "Court", "Criminal Appeals", "Court of Criminal Appeals")]
    public void A_head_s_complement_cut_off_by_the_tagger_is_joined_to_it(string text, string head, string complement, string expected)
        => Assert.Equal([expected], Named(Analyze(text, (head, "ORG"), (complement, "MISC")), text, "ORG"));

    [Theory]
    [InlineData("Elementos de la Guardia Civil mexicana llegaron al pueblo el martes por la tarde.", "Guardia Civil")]
    [InlineData("Lo ha confermato il ministero della Difesa messicano in una nota diffusa martedì.", "ministero della Difesa")]
    public void A_nationality_after_a_name_is_cut_off(string text, string expected)
        => Assert.Equal([expected], Named(Analyze(text), text, "ORG"));

    [Fact]
    public void A_nationality_the_name_ends_with_stays()
    {
        var text = "Elementos del Ejército mexicano llegaron al pueblo el martes por la tarde.";

        Assert.Equal(["Ejército mexicano"], Named(Analyze(text), text, "ORG"));
    }
}
