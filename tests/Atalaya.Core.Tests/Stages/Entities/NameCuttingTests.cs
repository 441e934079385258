using Atalaya.Core.Documents;
using Atalaya.Core.Pipeline;
using Atalaya.Core.Resources;
using Atalaya.Core.Stages.Entities;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Entities;

/// <summary>
/// Where a name starts and ends as written: articles and descriptors in front, hyphenated
/// compounds, contractions, withheld surnames, headlines in title case, words that only look like
/// places. Invented people and groups; sentences written for these tests in several languages.
/// </summary>
public sealed class NameCuttingTests
{
    private static readonly KnowledgeBase Kb = new(
    [
        new KbEntity("cartel-del-valle", "ORG", "criminal_group", null, "Cártel del Valle Norte", ["Valle Norte Cartel", "Valle Norte"], null),
        new KbEntity("guardia-nacional", "ORG", "state_force", null, "Guardia Nacional", ["la Guardia Nacional", "National Guard"], null),
        new KbEntity("agencia-sur", "ORG", "media", null, "Noticias Sur", ["agencia Noticias Sur"], null),
        new KbEntity("ramon-ibarra", "PER", "criminal", null, "Ramón Ibarra Soto", ["El Cuervo", "Ibarra Soto"], null),
        new KbEntity("ejercito", "ORG", "state_force", null, "Ejército Mexicano", ["Mexicaanse marine", "Mexican Army", "Mexican army", "mexikanische Armee"], null),
        new KbEntity("state-department", "ORG", "government", null, "United States Department of State", ["ministerie van Buitenlandse Zaken", "US government"], null),
        new KbEntity("nicanor-ruelas", "PER", "criminal", null, "Nicanor Ruelas Bustamante", ["Nicanor Ruelas"], null),
    ]);

    private static readonly FakePlaces Places = new(
    [
        ("Zaretla", FakePlaces.Town("Zaretla", "Jalisco", 7_000)),
        ("Cayo", new PlaceCandidate(new GeoPoint("Cayo", "Cayo", null, "BZ", null, null, 3582429), "admin1", 0)),
        ("Mexico", new PlaceCandidate(new GeoPoint("Mexico", null, null, "MX", 23, -102, 3996063), "country", 128_000_000)),
        ("Der", FakePlaces.Town("Der", "Jalisco", 500_000)),
        ("Mexiko", new PlaceCandidate(new GeoPoint("Mexico", null, null, "MX", 23, -102, 3996063), "country", 128_000_000)),
    ]);

    private static DocumentEntities Analyze(string text, params (string Name, string Type)[] tagged)
        => EntityAnalysis.Run(text, Kb, Places, tagged.Length == 0 ? null : new FakeTagger(tagged));

    private static IEnumerable<string> Mentions(DocumentEntities entities, string text, string kbId)
        => entities.Entities.Where(e => e.KbId == kbId).SelectMany(e => e.Mentions).Select(m => m.Slice(text));

    [Fact]
    public void A_lower_case_article_or_descriptor_before_a_name_is_cut_off()
    {
        var text = "Elementos de la Guardia Nacional llegaron al pueblo, según informó la agencia Noticias Sur este martes por la tarde.";
        var entities = Analyze(text);

        Assert.Equal(["Guardia Nacional"], Mentions(entities, text, "guardia-nacional"));
        Assert.Equal(["Noticias Sur"], Mentions(entities, text, "agencia-sur"));
    }

    [Fact]
    public void An_article_opening_the_sentence_is_cut_when_the_rest_is_the_same_name()
    {
        var text = "La Guardia Nacional patrulla la sierra desde el lunes.";

        Assert.Equal(["Guardia Nacional"], Mentions(Analyze(text), text, "guardia-nacional"));
    }

    [Fact]
    public void The_word_a_name_begins_with_stays_even_in_lower_case()
    {
        var text = "Los vecinos culpan al cartel del Valle Norte de los secuestros en la región.";

        Assert.Equal(["cartel del Valle Norte"], Mentions(Analyze(text), text, "cartel-del-valle"));
    }

    [Theory]
    [InlineData("Volgens de Mexicaanse marine werden vijf verdachten opgepakt.")]
    [InlineData("Officials said the Mexican army and the US government would respond.")]
    [InlineData("Ein Sprecher der mexikanischen Armee bestätigte den Angriff.")]
    public void A_nationality_before_a_common_noun_is_no_name(string text)
    {
        var entities = Analyze(text, ("Mexicaanse", "LOC"), ("Mexican", "MISC"), ("mexikanischen Armee", "ORG"));

        Assert.Empty(entities.Entities);
    }

    [Fact]
    public void A_nationality_before_a_name_is_cut_off_and_a_capitalized_head_noun_keeps_it()
    {
        var dutch = "Het Amerikaanse ministerie van Buitenlandse Zaken looft een beloning uit voor informatie over de leider van de groep.";
        var english = "The Mexican Army denied on Tuesday that its soldiers had fired first at the convoy.";

        Assert.Equal(["ministerie van Buitenlandse Zaken"], Mentions(Analyze(dutch), dutch, "state-department"));
        Assert.Equal(["Mexican Army"], Mentions(Analyze(english), english, "ejercito"));
    }

    [Theory]
    [InlineData("The army said Mexico’s northern border was calm on Sunday.", "Mexico")]
    [InlineData("Politiet i Mexico sier at Mexicos grense var rolig søndag.", "Mexicos")]
    [InlineData("Die Armee sagte, Mexikos Grenze sei ruhig gewesen, so Mexico.", "Mexikos")]
    public void A_place_in_the_genitive_is_the_place(string text, string written)
    {
        var entities = Analyze(text);

        var mexico = Assert.Single(entities.Entities, e => e.Mentions.Any(m => m.Slice(text) == written));
        Assert.Equal("MX", mexico.Geo?.Country);
        Assert.Equal("LOC", mexico.Type);
        Assert.Contains(mexico.Mentions, m => m.Slice(text) == written);
    }

    [Fact]
    public void A_german_noun_before_a_state_or_country_is_not_part_of_its_name()
    {
        var text = "Der Polizeichef im nordwestlichen Bundesstaat Jalisco wurde am Montag getötet.";
        var resources = AtalayaResources.ForEntities(Some.Resources, Kb, new FakePlaces([("Jalisco", new PlaceCandidate(new GeoPoint("Jalisco", "Jalisco", null, "MX", 20.3, -103.3, 4004156), "admin1", 8_000_000))]), new FakeTagger(("Bundesstaat Jalisco", "ORG")));
        var entities = StandardPipeline.Create(resources).Analyze(Some.Document(text)).Document.Get(Annotations.Entities);

        var state = Assert.Single(entities.Entities);
        Assert.Equal("LOC", state.Type);
        Assert.Equal("Jalisco", Assert.Single(state.Mentions).Slice(text));
    }

    [Fact]
    public void An_institution_of_a_place_is_one_organization_and_the_place_stays_inside()
    {
        var text = "Het Openbaar Ministerie van Zaretla onderzoekt de zaak sinds vorige week.";
        var entities = Analyze(text, ("Openbaar Ministerie", "PER"));

        Assert.Equal("ORG", Assert.Single(entities.Entities, e => e.Name == "Openbaar Ministerie van Zaretla").Type);
        Assert.Equal("LOC", Assert.Single(entities.Entities, e => e.Name == "Zaretla").Type);
    }

    [Fact]
    public void A_name_located_in_a_place_is_not_an_institution_of_it()
    {
        var text = "Los heridos fueron llevados al Hospital Militar en Zaretla a las 16.00 GMT del martes.";
        var entities = Analyze(text, ("Hospital Militar", "ORG"), ("GMT", "ORG"));

        Assert.Contains(entities.Entities, e => e.Name == "Hospital Militar");
        Assert.Contains(entities.Entities, e => e.Name == "Zaretla");
        Assert.DoesNotContain(entities.Entities, e => e.Name == "GMT");
    }

    [Fact]
    public void A_name_headed_by_cartel_is_an_organization_whatever_the_tagger_says()
    {
        var text = "Los vecinos atribuyen el ataque a células del Cártel Nuevo Amanecer, según la policía.";
        var entities = Analyze(text, ("Cártel Nuevo Amanecer", "LOC"));

        Assert.Equal("ORG", Assert.Single(entities.Entities).Type);
    }

    [Fact]
    public void An_elided_article_is_not_part_of_a_name()
    {
        var text = "Un'imboscata dell'esercito è stata respinta vicino a Zaretla, secondo l'Ejército.";
        var entities = Analyze(text, ("Un'imboscata", "LOC"));

        Assert.DoesNotContain(entities.Entities, e => e.Name.Contains("imboscata", StringComparison.Ordinal));
        Assert.Contains(entities.Entities, e => e.Name == "Zaretla");
    }

    [Fact]
    public void A_spanish_contraction_names_a_nickname_with_its_article()
    {
        var text = "La madre del Cuervo fue liberada días después de su detención.";

        Assert.Equal(["Cuervo"], Mentions(Analyze(text), text, "ramon-ibarra"));
    }

    [Fact]
    public void A_person_match_grows_over_the_known_words_of_the_full_name_also_when_misspelt()
    {
        var text = "Ayer fue visto Nicanor Ruelas Bustamente en un rancho de la sierra.";

        Assert.Equal(["Nicanor Ruelas Bustamente"], Mentions(Analyze(text), text, "nicanor-ruelas"));
    }

    [Fact]
    public void A_hyphenated_compound_matches_the_name_before_the_hyphen_and_keeps_the_whole_word()
    {
        var text = "Politiet mistenker at Valle Norte-kartellet står bak angrepet, og Valle Norte-kartel nekter.";

        Assert.Equal(["Valle Norte-kartellet", "Valle Norte-kartel"], Mentions(Analyze(text), text, "cartel-del-valle"));
    }

    [Fact]
    public void A_place_is_a_whole_word_not_part_of_a_hyphenated_one()
    {
        var entities = Analyze("De gemeenteraad van Mexico-Stad bespreekt de zaak sinds vorige week.");

        Assert.DoesNotContain(entities.Entities, e => e.Name == "Mexico");
    }

    [Fact]
    public void A_withheld_surname_stays_in_the_name_and_the_alias_joins_it()
    {
        var text = "Guanajuato.- Mario Alberto \"N\", alias El Cuervo, fue detenido en la madrugada.";
        var entities = Analyze(text, ("Mario Alberto", "PER"));

        var person = Assert.Single(entities.Entities, e => e.KbId == "ramon-ibarra");
        Assert.Contains("Mario Alberto \"N\"", person.Mentions.Select(m => m.Slice(text)));
    }

    [Fact]
    public void A_title_case_headline_is_left_to_the_knowledge_base_and_the_gazetteer()
    {
        var text = "Valle Norte Cartel Spreads Terror In Nightmarish Campaign\n\nThe group is active in Mexico.";
        var entities = Analyze(text, ("Nightmarish", "LOC"), ("Terror", "ORG"));

        Assert.DoesNotContain(entities.Entities, e => e.Name is "Nightmarish" or "Terror");
        Assert.Contains(entities.Entities, e => e.KbId == "cartel-del-valle");
    }

    [Theory]
    [InlineData("El jefe policial cayó. Cayó el líder de la banda tras un operativo.", "Cayo")]
    [InlineData("Der Bürgermeister von Zaretla wurde am Montag entführt.", "Der")]
    public void Words_that_only_look_like_places_are_not_places(string text, string place)
    {
        var entities = Analyze(text);

        Assert.DoesNotContain(entities.Entities, e => e.Name.Equals(place, StringComparison.OrdinalIgnoreCase) || e.Name == "Cayó");
    }

    [Fact]
    public void An_acronym_the_tagger_found_itself_still_joins_the_name_before_it()
    {
        var text = "La Fiscalía Regional del Sur (FRS) abrió una carpeta. La FRS no dio nombres.";
        var entities = Analyze(text, ("Fiscalía Regional del Sur", "ORG"), ("FRS", "ORG"));

        var office = Assert.Single(entities.Entities, e => e.Name == "Fiscalía Regional del Sur");
        Assert.Equal(3, office.Mentions.Count);
    }
}
