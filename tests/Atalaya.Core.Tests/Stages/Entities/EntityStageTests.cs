using Atalaya.Core.Documents;
using Atalaya.Core.Pipeline;
using Atalaya.Core.Resources;
using Atalaya.Core.Stages.Entities;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Entities;

/// <summary>The entity stage with a small knowledge base and gazetteer written for these tests (invented people, real places).</summary>
public sealed class EntityStageTests
{
    private static readonly KnowledgeBase Kb = new(
    [
        new KbEntity("cartel-del-valle", "ORG", "criminal_group", "Q1", "Cártel del Valle Norte", ["CVN", "Valle Norte Cartel", "Valle Norte-kartel", "Valle Norte"], null),
        new KbEntity("ramon-ibarra", "PER", "criminal", null, "Ramón Ibarra Soto", ["El Cuervo", "Ibarra Soto"], "cartel-del-valle"),
        new KbEntity("guardia-nacional", "ORG", "state_force", "Q2", "Guardia Nacional", ["National Guard", "Nationale Garde"], null),
        new KbEntity("frente-tierra-caliente", "ORG", "criminal_group", null, "Frente Unido de Tierra Caliente", ["Tierracalientekartellet"], null),
    ]);

    private static readonly FakePlaces Places = new(
    [
        ("Jalisco", new PlaceCandidate(new GeoPoint("Jalisco", "Jalisco", null, "MX", 20.3, -103.3, 4004156), "admin1", 8_000_000)),
        ("Michoacán", new PlaceCandidate(new GeoPoint("Michoacán", "Michoacán", null, "MX", 19.2, -101.9, 3995955), "admin1", 4_700_000)),
        ("Zaretla", new PlaceCandidate(new GeoPoint("Zaretla", "Jalisco", "Zaretla", "MX", 19.94, -103.76, 3982044), "city", 7_000)),
        ("San Pedro", new PlaceCandidate(new GeoPoint("San Pedro", "Coahuila", "San Pedro", "MX", 25.7, -102.9, 1), "city", 50_000)),
        ("San Pedro", new PlaceCandidate(new GeoPoint("San Pedro", "Michoacán", "Cerro Azul", "MX", 18.7, -102.7, 2), "city", 900)),
        ("Tierra Caliente", new PlaceCandidate(new GeoPoint("Tierra Caliente", "Michoacán", null, "MX", 18.9, -101.5, -1000000101), "region", 1_000_000)),
        ("Yucatán", new PlaceCandidate(new GeoPoint("Yucatán", "Yucatán", null, "MX", 20.8, -89.0, 3514211), "admin1", 2_300_000)),
        ("El Limón", new PlaceCandidate(new GeoPoint("El Limón", "Yucatán", "Tizimín", "MX", 21.1, -88.1, 3), "city", 800)),
        ("Europa", new PlaceCandidate(new GeoPoint("Europe", null, null, "", 48.7, 9.1, 6255148), "region", 740_000_000)),
        ("Mexico-Stad", new PlaceCandidate(new GeoPoint("Mexico City", "Mexico City", null, "MX", 19.43, -99.13, 3530597), "city", 12_000_000)),
    ]);

    private static DocumentEntities Analyze(string text)
        => EntityAnalysis.Run(text, Kb, Places);

    private static DocumentEntity Single(DocumentEntities entities, string name)
        => Assert.Single(entities.Entities, e => e.Name == name);

    [Fact]
    public void Knowledge_base_names_in_any_language_link_to_one_entity()
    {
        var text = "Het Valle Norte-kartel eiste de aanslag op. Volgens de politie werkt het CVN al jaren in de regio en vreest men het Cártel del Valle Norte.";
        var entity = Single(Analyze(text), "Cártel del Valle Norte");

        Assert.Equal("ORG", entity.Type);
        Assert.Equal("Q1", entity.ExternalId);
        Assert.Equal(3, entity.Mentions.Count);
    }

    [Fact]
    public void Lowercase_words_do_not_match_a_capitalized_name_and_acronyms_need_capitals()
    {
        var entities = Analyze("El cuervo voló sobre el valle norte mientras la cvn de la radio transmitía noticias del día.");

        Assert.DoesNotContain(entities.Entities, e => e.KbId is not null);
    }

    [Fact]
    public void A_nickname_and_a_partial_name_join_the_full_name()
    {
        var text = "Fue detenido Ramón Ibarra Soto, alias El Cuervo, en una casa de Zaretla, Jalisco. Ibarra Soto era buscado desde 2019.";
        var person = Single(Analyze(text), "Ramón Ibarra Soto");

        Assert.Equal("PER", person.Type);
        Assert.Equal(3, person.Mentions.Count);
    }

    [Fact]
    public void An_acronym_in_parentheses_after_a_name_is_the_same_entity_later()
    {
        var text = "La Unión de Transportistas del Sur (UTS) denunció cobros de piso. Según la UTS, los choferes pagan cada semana.";
        var resources = AtalayaResources.ForEntities(Some.Resources, Kb, Places, new FakeTagger("Unión de Transportistas del Sur", "ORG"));
        var entities = StandardPipeline.Create(resources).Analyze(Some.Document(text)).Document.Get(Annotations.Entities);

        var union = Single(entities, "Unión de Transportistas del Sur");
        Assert.Equal(3, union.Mentions.Count);
    }

    [Fact]
    public void A_state_written_after_a_town_chooses_among_towns_of_the_same_name()
    {
        var entities = Analyze("Hombres armados atacaron a policías en San Pedro, Michoacán, la madrugada del domingo.");

        var town = Single(entities, "San Pedro");
        Assert.Equal("Michoacán", town.Geo?.Admin1);
        Assert.Equal("2", town.ExternalId);
    }

    [Fact]
    public void Without_a_qualifier_the_document_focus_chooses_the_state()
    {
        var entities = Analyze("La violencia no cede en Michoacán. Este lunes hubo un enfrentamiento en la comunidad de San Pedro, donde murieron tres hombres.");

        Assert.Equal("Michoacán", Single(entities, "San Pedro").Geo?.Admin1);
    }

    [Fact]
    public void A_small_place_known_only_in_a_state_the_document_does_not_name_is_left_unplaced()
    {
        var entities = Analyze("La violencia no cede en Michoacán. Hombres armados atacaron la comunidad de El Limón durante la noche.");

        Assert.Null(Single(entities, "El Limón").Geo);
    }

    [Theory]
    [InlineData("La violencia no cede en Yucatán. Hombres armados atacaron la comunidad de El Limón durante la noche.")]
    [InlineData("La violencia no cede en Michoacán. También hubo un ataque en El Limón, Yucatán, durante la noche.")]
    public void A_small_place_in_a_state_the_document_names_is_placed(string text)
        => Assert.Equal("Yucatán", Single(Analyze(text), "El Limón").Geo?.Admin1);

    [Fact]
    public void Exonyms_geocode_to_the_place()
    {
        var entities = Analyze("De aanslag vond plaats in het centrum van Mexico-Stad, waar de politie een grote operatie begon.");

        var city = Single(entities, "Mexico-Stad");
        Assert.Equal("Mexico City", city.Geo?.Admin1);
        Assert.Equal("LOC", city.Type);
    }

    [Fact]
    public void A_misspelt_name_links_to_the_knowledge_base_entity()
    {
        var resources = AtalayaResources.ForEntities(Some.Resources, Kb, Places, new FakeTagger("Ramón Ibarra Sotto", "PER"));
        var entities = StandardPipeline.Create(resources).Analyze(Some.Document("La fiscalía acusa a Ramón Ibarra Sotto de ordenar el ataque contra la policía estatal.")).Document.Get(Annotations.Entities);

        Assert.Equal("ramon-ibarra", Assert.Single(entities.Entities, e => e.Type == "PER").KbId);
    }

    [Fact]
    public void Two_different_knowledge_base_entities_are_never_merged()
    {
        var entities = Analyze("Ramón Ibarra Soto, conocido como jefe del Cártel del Valle Norte, fue visto con la Guardia Nacional cerca.");

        Assert.Equal(3, entities.Entities.Count(e => e.KbId is not null));
    }

    [Fact]
    public void A_one_word_town_opening_a_sentence_is_not_taken_for_a_place()
    {
        var entities = Analyze("Zaretla es un pueblo mágico. Los turistas llegan cada fin de semana a la sierra.");

        Assert.DoesNotContain(entities.Entities, e => e.Name == "Zaretla");
    }

    [Fact]
    public void A_region_opening_a_sentence_is_a_place_but_its_main_state_is_no_focus()
    {
        var entities = Analyze("Tierra Caliente vive días de violencia. Europa mira con preocupación lo que pasa en San Pedro.");

        Assert.Equal("LOC", Single(entities, "Tierra Caliente").Type);
        Assert.Equal("LOC", Single(entities, "Europa").Type);
        Assert.Equal("Coahuila", Single(entities, "San Pedro").Geo?.Admin1);
    }

    [Fact]
    public void Mentions_point_at_their_text()
    {
        var text = "Elementos de la Guardia Nacional llegaron a Zaretla, Jalisco, tras el ataque.";
        foreach (var entity in Analyze(text).Entities)
        {
            Assert.All(entity.Mentions, span => Assert.False(string.IsNullOrWhiteSpace(span.Slice(text))));
        }
    }

    [Fact]
    public void A_place_name_inside_a_longer_name_is_not_a_place()
    {
        var entities = Analyze("Integrantes del Grupo San Pedro de Occidente atacaron una patrulla en la carretera.");

        Assert.DoesNotContain(entities.Entities, e => e.Name == "San Pedro");
    }

    [Fact]
    public void A_name_with_the_same_content_words_links_to_the_knowledge_base()
    {
        var resources = AtalayaResources.ForEntities(Some.Resources, Kb, Places, new FakeTagger("Frente Unido Tierra Caliente", "ORG"));
        var entities = StandardPipeline.Create(resources).Analyze(Some.Document("Según la fiscalía, el Frente Unido Tierra Caliente controla la región desde hace años.")).Document.Get(Annotations.Entities);

        Assert.Equal("frente-tierra-caliente", Assert.Single(entities.Entities, e => e.Type == "ORG").KbId);
    }

    [Fact]
    public void A_long_compound_name_matches_in_lower_case()
    {
        var entities = Analyze("Politiet mener at tierracalientekartellet står bak drapene i regionen.");

        Assert.Contains(entities.Entities, e => e.KbId == "frente-tierra-caliente");
    }
}
