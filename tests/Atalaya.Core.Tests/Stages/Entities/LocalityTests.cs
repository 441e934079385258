using Atalaya.Core.Documents;
using Atalaya.Core.Resources;
using Atalaya.Core.Stages.Entities;
using Atalaya.Core.Stages.Geo;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Entities;

/// <summary>
/// Villages, ranches and neighbourhoods named with a cue word, routes written "A-B" and cities
/// that are states of their own, with a small invented gazetteer (invented municipalities and localities).
/// </summary>
public sealed class LocalityTests
{
    private static readonly KnowledgeBase Kb = new([]);

    private static readonly FakePlaces Places = new(
    [
        ("Jalisco", new PlaceCandidate(new GeoPoint("Jalisco", "Jalisco", null, "MX", 20.3, -103.3, 4004156, "admin1"), "admin1", 8_000_000)),
        ("Michoacán", new PlaceCandidate(new GeoPoint("Michoacán", "Michoacán", null, "MX", 19.2, -101.9, 3995955, "admin1"), "admin1", 4_700_000)),
        ("Cerro Alto", new PlaceCandidate(new GeoPoint("Cerro Alto", "Jalisco", "Cerro Alto", "MX", 20.1, -103.9, 901, "admin2"), "admin2", 30_000)),
        ("Mascota", new PlaceCandidate(new GeoPoint("Mascota", "Jalisco", "Mascota", "MX", 19.94, -103.76, 3982044, "city"), "city", 7_000)),
        ("El Limón", new PlaceCandidate(new GeoPoint("El Limón", "Yucatán", "Tizimín", "MX", 21.1, -88.1, 3, "city"), "city", 800)),
        ("Ojo Zarco", new PlaceCandidate(new GeoPoint("Ojo Zarco", "Jalisco", "Cerro Alto", "MX", 20.2, -103.8, 902, "city"), "city", 600)),
        ("Ciudad de México", new PlaceCandidate(new GeoPoint("Mexico City", "Mexico City", null, "MX", 19.4, -99.1, 3527646, "admin1"), "admin1", 9_200_000)),
        ("Ciudad de México", new PlaceCandidate(new GeoPoint("Mexico City", "Mexico City", "Cuauhtémoc", "MX", 19.43, -99.13, 3530597, "city"), "city", 12_000_000)),
        ("Durango", new PlaceCandidate(new GeoPoint("Durango", "Durango", null, "MX", 24.5, -104.6, 4011741, "admin1"), "admin1", 1_800_000)),
        ("Durango", new PlaceCandidate(new GeoPoint("Durango", "Durango", "Durango", "MX", 24.0, -104.7, 4011743, "city"), "city", 600_000)),
    ]);

    private static DocumentEntities Analyze(string text) => EntityAnalysis.Run(text, Kb, Places);

    private static DocumentEntity Single(DocumentEntities entities, string name)
        => Assert.Single(entities.Entities, e => e.Name == name);

    // The entity of a place named with a generic head is named by its proper part; its mention keeps the head.
    private static DocumentEntity Mentioned(DocumentEntities entities, string text, string mention)
        => Assert.Single(entities.Entities, e => e.Mentions.Any(m => m.Slice(text) == mention));

    [Theory]
    [InlineData("Hombres armados atacaron la comunidad de El Carrizalito, en el municipio de Cerro Alto, durante la madrugada del lunes.", "El Carrizalito")]
    [InlineData("The gunmen ambushed a patrol near the village of Arroyo Verde in Cerro Alto on Monday morning, officials said.", "Arroyo Verde")]
    [InlineData("Police said the shooting happened in the quiet Las Palmas neighborhood of Cerro Alto late on Sunday night.", "Las Palmas")]
    public void A_locality_the_gazetteer_lacks_lies_in_the_municipality_written_next_to_it(string text, string locality)
    {
        var place = Single(Analyze(text), locality);

        Assert.Equal("LOC", place.Type);
        Assert.Equal(new GeoPoint(locality, "Jalisco", "Cerro Alto", "MX", 20.1, -103.9, 0, PlaceKinds.Locality), place.Geo);
    }

    [Theory]
    [InlineData("Homens armados atacaram a comunidade de Pedra Azul, no estado de Michoacán, na manhã de sexta-feira passada.")]
    [InlineData("Gewapende mannen vielen vrijdag het dorp Pedra Azul in de deelstaat Michoacán aan, meldden de autoriteiten.")]
    [InlineData("Angrepet skjedde i landsbyen Pedra Azul i fjellene i Michoacán, opplyser myndighetene til avisen.")]
    [InlineData("Attacken skedde i byn Pedra Azul i delstaten Michoacán i fredags, enligt de lokala myndigheterna.")]
    public void A_locality_named_with_its_state_only_is_placed_in_the_state_without_a_municipality(string text)
    {
        var geo = Single(Analyze(text), "Pedra Azul").Geo;

        Assert.NotNull(geo);
        Assert.Equal(("Pedra Azul", "Michoacán", null, PlaceKinds.Locality), (geo.Place, geo.Admin1, geo.Admin2, geo.Kind));
    }

    [Fact]
    public void A_locality_with_no_place_written_near_it_nor_in_the_document_is_not_placed()
        => Assert.Null(Single(Analyze("Hombres armados atacaron la comunidad de Los Tejocotes durante la madrugada del lunes pasado."), "Los Tejocotes").Geo);

    [Fact]
    public void A_gazetteer_namesake_in_another_state_gives_way_to_the_municipality_written_next_to_it()
    {
        var geo = Single(Analyze("Un grupo armado incendió casas en la comunidad de El Limón, municipio de Cerro Alto, el domingo por la noche."), "El Limón").Geo;

        Assert.Equal(("Jalisco", "Cerro Alto", 0L), (geo?.Admin1, geo?.Admin2, geo?.GeonamesId));
    }

    [Fact]
    public void A_locality_the_gazetteer_knows_in_that_municipality_keeps_its_id_and_coordinates()
    {
        var geo = Single(Analyze("Los soldados patrullaban cerca de la localidad de Ojo Zarco, en Cerro Alto, cuando estalló una mina."), "Ojo Zarco").Geo;

        Assert.Equal(("Ojo Zarco", 902L, 20.2, PlaceKinds.Locality), (geo?.Place, geo?.GeonamesId, geo?.Lat, geo?.Kind));
    }

    [Fact]
    public void A_ranch_written_with_a_capital_keeps_the_word_in_its_mention()
    {
        const string text = "Los agentes encontraron restos humanos en el Rancho Las Víboras, en Cerro Alto, la semana pasada.";
        var ranch = Mentioned(Analyze(text), text, "Rancho Las Víboras");
        Assert.Equal(("LOC", "Las Víboras"), (ranch.Type, ranch.Name));
    }

    [Theory]
    [InlineData("Searchers walked for an hour to reach the Las Víboras ranch, in the municipality of Cerro Alto, where they found shoes.", "Las Víboras ranch")]
    [InlineData("If you look up the Las Víboras ranch, in Cerro Alto, the map calls it a training camp.", "Las Víboras ranch")]
    [InlineData("Investigators returned to ranch Las Víboras in Cerro Alto on Tuesday.", "ranch Las Víboras")]
    public void English_names_a_ranch_with_its_head_after_or_before_the_name(string text, string mention)
    {
        var ranch = Mentioned(Analyze(text), text, mention);

        Assert.Equal(("LOC", "Las Víboras"), (ranch.Type, ranch.Name));
        Assert.Equal("Cerro Alto", ranch.Geo?.Admin2);
    }

    [Fact]
    public void A_ranch_keeps_the_word_ranch_in_its_mention()
    {
        const string text = "Los agentes encontraron restos humanos en el rancho Las Víboras, en Cerro Alto, la semana pasada.";
        Assert.Equal("Jalisco", Mentioned(Analyze(text), text, "rancho Las Víboras").Geo?.Admin1);
    }

    [Fact]
    public void A_state_after_a_cue_word_stays_a_state()
        => Assert.Equal(PlaceKinds.Admin1, Single(Analyze("La violencia llegó hasta el pueblo de Jalisco donde nadie la esperaba, dijo el alcalde."), "Jalisco").Geo?.Kind);

    [Theory]
    [InlineData("El convoy fue atacado sobre la carretera Cerro Alto-Mascota, en el estado de Jalisco, según la fiscalía.")]
    [InlineData("The convoy was attacked on the Cerro Alto-Mascota road in the state of Jalisco on Friday, prosecutors said.")]
    [InlineData("Konvoien ble angrepet på veien Cerro Alto-Mascota i delstaten Jalisco fredag, sier påtalemyndigheten.")]
    public void A_route_written_with_a_hyphen_names_both_places(string text)
    {
        var entities = Analyze(text);

        Assert.Equal("Cerro Alto", Single(entities, "Cerro Alto").Geo?.Admin2);
        Assert.Equal("Mascota", Single(entities, "Mascota").Geo?.Admin2);
    }

    [Fact]
    public void A_hyphen_to_a_word_that_is_no_place_still_hides_a_place()
        => Assert.DoesNotContain(Analyze("Los vecinos de Mascota-Norte protestaron frente al palacio municipal el lunes.").Entities, e => e.Type == "LOC" && e.Name == "Mascota");

    [Fact]
    public void A_city_that_is_its_own_state_is_named_as_a_city_ranked_as_a_state()
    {
        var geo = Single(Analyze("Un juez fue asesinado a tiros en la Ciudad de México el martes por la mañana."), "Ciudad de México").Geo;

        Assert.Equal(("Mexico City", "Mexico City", PlaceKinds.CityState), (geo?.Place, geo?.Admin1, geo?.Kind));
    }

    [Fact]
    public void A_state_whose_capital_shares_its_name_stays_a_state()
        => Assert.Equal(PlaceKinds.Admin1, Single(Analyze("La violencia aumentó en el estado de Durango durante el último mes, según la fiscalía."), "Durango").Geo?.Kind);
}
