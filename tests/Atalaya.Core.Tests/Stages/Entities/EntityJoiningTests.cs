using Atalaya.Core.Documents;
using Atalaya.Core.Pipeline;
using Atalaya.Core.Resources;
using Atalaya.Core.Stages.Entities;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Entities;

/// <summary>
/// Which mentions of a document are one entity: partial names, names written by ear, misspelt
/// acronyms; and the pairs that must stay apart. Invented people; sentences written for these tests.
/// </summary>
public sealed class EntityJoiningTests
{
    private static readonly KnowledgeBase Kb = new(
    [
        new KbEntity("ramon-ibarra", "PER", "criminal", null, "Ramón Ibarra Soto", ["El Cuervo", "Ibarra Soto"], null),
        new KbEntity("frente-norte", "ORG", "criminal_group", null, "Frente Unido del Norte", ["FUDN"], null),
        new KbEntity("fiscalia-republica", "ORG", "agency", null, "Fiscalía de la República", ["FDR"], null),
    ]);

    private static readonly FakePlaces Places = new(
    [
        ("Ixtlán", FakePlaces.Town("Ixtlán", "Jalisco", 20_000)),
        ("Arizpe", FakePlaces.Town("Arizpe", "Tamaulipas", 4_000, id: 77)),
        ("Jalisco", new PlaceCandidate(new GeoPoint("Jalisco", "Jalisco", null, "MX", 20.3, -103.3, 4004156), "admin1", 8_000_000)),
        ("Lorena", new PlaceCandidate(new GeoPoint("Lorena", "São Paulo", null, "BR", -22.7, -45.1, 3458449), "city", 80_000)),
    ]);

    private static DocumentEntities Analyze(string text, params (string Name, string Type)[] tagged)
        => EntityAnalysis.Run(text, Kb, Places, new FakeTagger(tagged));

    private static string[] NamesOf(DocumentEntities entities, string text, string mention)
        => [.. Assert.Single(entities.Entities, e => e.Mentions.Any(m => m.Slice(text) == mention)).Mentions.Select(m => m.Slice(text)).Distinct()];

    [Fact]
    public void A_first_name_apart_from_a_linked_surname_joins_the_full_name_of_the_knowledge_base()
    {
        var text = "Desde que (Ramón) Ibarra Soto llegó a la región, la violencia creció.";
        var entities = Analyze(text, ("Ramón", "PER"));

        Assert.Equal(["Ramón", "Ibarra Soto"], NamesOf(entities, text, "Ramón"));
    }

    [Fact]
    public void A_surname_the_tagger_typed_otherwise_joins_the_person()
    {
        var text = "El comandante Eliseo Montalvo Ferrer fue detenido. Montalvo había huido en 2019.";
        var entities = Analyze(text, ("Eliseo Montalvo Ferrer", "PER"), ("Montalvo", "ORG"));

        var person = Assert.Single(entities.Entities, e => e.Name == "Eliseo Montalvo Ferrer");
        Assert.Equal("PER", person.Type);
        Assert.Equal(2, person.Mentions.Count);
    }

    [Fact]
    public void A_town_named_like_a_persons_surname_is_that_person_in_a_document_about_them()
    {
        var text = "The retired inspector Marcos Ixtlán spoke to reporters. Ixtlán said the threat was real, and reporters asked Ixtlán why.";
        var entities = Analyze(text, ("Marcos Ixtlán", "PER"));

        Assert.Equal(["Marcos Ixtlán", "Ixtlán"], NamesOf(entities, text, "Ixtlán"));
        Assert.DoesNotContain(entities.Entities, e => e.Type == "LOC");
    }

    [Fact]
    public void A_surname_written_by_ear_joins_the_one_person_it_sounds_like()
    {
        var text = "El analista Ramiro Vázquez advirtió del peligro. \"Es una guerra abierta\", dijo Vasques.";
        var entities = Analyze(text, ("Ramiro Vázquez", "PER"), ("Vasques", "PER"));

        Assert.Equal(["Ramiro Vázquez", "Vasques"], NamesOf(entities, text, "Vasques"));
    }

    [Fact]
    public void Different_people_with_similar_names_stay_apart()
    {
        var text = "Juan Garza y Pedro García fueron arrestados. Más tarde, Ramiro Vázquez y Ramiro Velázquez declararon. García lo negó.";
        var entities = Analyze(text, ("Juan Garza", "PER"), ("Pedro García", "PER"), ("Ramiro Vázquez", "PER"), ("Ramiro Velázquez", "PER"), ("García", "PER"));

        Assert.Equal(["Juan Garza"], NamesOf(entities, text, "Juan Garza"));
        Assert.Equal(["Pedro García", "García"], NamesOf(entities, text, "Pedro García"));
        Assert.Equal(["Ramiro Vázquez"], NamesOf(entities, text, "Ramiro Vázquez"));
        Assert.Equal(["Ramiro Velázquez"], NamesOf(entities, text, "Ramiro Velázquez"));
    }

    [Fact]
    public void An_acronym_one_letter_off_an_entity_of_the_document_is_that_entity()
    {
        var text = "El Frente Unido del Norte opera en la sierra. Según la policía, el FUDM recluta a menores.";
        var entities = Analyze(text);

        Assert.Equal(["Frente Unido del Norte", "FUDM"], NamesOf(entities, text, "FUDM"));
    }

    [Fact]
    public void Three_letter_acronyms_one_letter_apart_stay_different_bodies()
    {
        var text = "La FDR atrajo el caso que investigaba la FDE del estado.";
        var entities = Analyze(text, ("FDE", "ORG"));

        Assert.Equal(["FDE"], NamesOf(entities, text, "FDE"));
        Assert.Equal("fiscalia-republica", Assert.Single(entities.Entities, e => e.Mentions.Any(m => m.Slice(text) == "FDR")).KbId);
    }

    [Theory]
    [InlineData("Los soldados detuvieron a Rogelio Manzanares, conocido como El Flaco, en un rancho de la sierra.")]
    [InlineData("Soldiers arrested Rogelio Manzanares, known as El Flaco, at a ranch in the mountains.")]
    [InlineData("Os soldados prenderam Rogelio Manzanares, conhecido como El Flaco, num rancho da serra.")]
    [InlineData("Les soldats ont arrêté Rogelio Manzanares, surnommé El Flaco, dans un ranch de la montagne.")]
    [InlineData("Soldaten nahmen Rogelio Manzanares, genannt El Flaco, auf einer Ranch in den Bergen fest.")]
    [InlineData("I soldati hanno arrestato Rogelio Manzanares, detto El Flaco, in un ranch di montagna.")]
    [InlineData("Militairen arresteerden Rogelio Manzanares, bijgenaamd El Flaco, op een ranch in de bergen.")]
    [InlineData("Soldater arresterte Rogelio Manzanares, kjent som El Flaco, på en ranch i fjellene.")]
    [InlineData("Soldater anholdt Rogelio Manzanares, kendt som El Flaco, på en ranch i bjergene.")]
    [InlineData("Soldater grep Rogelio Manzanares, känd som El Flaco, på en ranch i bergen.")]
    public void An_alias_cue_joins_a_name_and_its_nickname_in_every_language(string text)
    {
        var entities = Analyze(text, ("Rogelio Manzanares", "PER"), ("El Flaco", "PER"));

        Assert.Equal(["El Flaco", "Rogelio Manzanares"], NamesOf(entities, text, "El Flaco").Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Ifølge myndighederne blev kartellets chef 'El Flaco' - Rogelio Manzanares - udleveret til Texas.", "El Flaco", "Rogelio Manzanares")]
    [InlineData("Die Polizei nahm Rogelio Manzanares, „El Flaco“, in einem Hotel fest.", "El Flaco", "Rogelio Manzanares")]
    [InlineData("Les autorités ont arrêté « El 14 » dans un ranch près de la frontière, a dit Rogelio Manzanares.", "El 14", null)]
    public void A_quoted_nickname_is_a_person_and_joins_the_name_beside_it(string text, string nickname, string? name)
    {
        var entities = Analyze(text, ("Rogelio Manzanares", "PER"), ("Flaco", "LOC"));

        var names = NamesOf(entities, text, nickname);
        Assert.Equal(name is null ? [nickname] : [nickname, name], names.Order(StringComparer.Ordinal));
        Assert.Equal("PER", Assert.Single(entities.Entities, e => e.Mentions.Any(m => m.Slice(text) == nickname)).Type);
    }

    [Fact]
    public void A_one_word_person_that_is_a_town_of_the_documents_country_and_no_ones_surname_is_the_town()
    {
        var text = "La policía de Jalisco encontró siete cuerpos en la carretera que lleva a Ixtlán, según vecinos.";
        var entities = Analyze(text, ("Ixtlán", "PER"));

        var place = Assert.Single(entities.Entities, e => e.Name == "Ixtlán");
        Assert.Equal("LOC", place.Type);
        Assert.Equal("Jalisco", place.Geo?.Admin1);
    }

    [Theory]
    [InlineData("La policía de Jalisco encontró siete cuerpos en una casa, dijo ayer el fiscal Arizpe a la prensa.")]
    [InlineData("A polícia de Jalisco encontrou sete corpos numa casa, disse ontem o promotor Arizpe à imprensa.")]
    [InlineData("Police in Jalisco found seven bodies in a house, prosecutor Arizpe told reporters on Monday.")]
    [InlineData("Politiet i Jalisco fandt syv lig i et hus, sagde anklager Arizpe til pressen mandag.")]
    public void A_surname_the_tagger_reads_as_a_person_that_is_a_town_only_of_another_state_stays_a_person(string text)
    {
        var entities = Analyze(text, ("Arizpe", "PER"));

        var person = Assert.Single(entities.Entities, e => e.Mentions.Any(m => m.Slice(text) == "Arizpe"));
        Assert.Equal("PER", person.Type);
        Assert.Null(person.Geo);
    }

    [Fact]
    public void A_first_name_that_is_also_a_town_elsewhere_stays_a_person()
    {
        var text = "La policía de Jalisco dijo que Lorena llegó tarde a la reunión del martes.";
        var entities = Analyze(text, ("Lorena", "PER"));

        Assert.Equal("PER", Assert.Single(entities.Entities, e => e.Name == "Lorena").Type);
    }

    [Theory]
    [InlineData("vazquez", "vasques")]
    [InlineData("cisneros", "sisneros")]
    [InlineData("jimenez", "gimenez")]
    [InlineData("castillo", "castiyo")]
    public void Names_that_sound_alike_share_a_phonetic_key(string a, string b)
        => Assert.Equal(NameSimilarity.PhoneticKey(a), NameSimilarity.PhoneticKey(b));

    [Theory]
    [InlineData("garza", "garcia", false)]
    [InlineData("velasquez", "velazques", true)]
    [InlineData("montes", "fuentes", false)]
    public void Sounding_alike_needs_six_letters_and_the_same_first_letter(string a, string b, bool alike)
        => Assert.Equal(alike, NameSimilarity.SoundAlike(a, b));
}
