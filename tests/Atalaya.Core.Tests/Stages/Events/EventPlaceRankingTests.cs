using Atalaya.Core.Documents;
using Atalaya.Core.Stages.Events;
using Atalaya.Core.Stages.Geo;

namespace Atalaya.Core.Tests.Stages.Events;

/// <summary>How the place of an event is chosen among localities, towns, city-states, states and countries (invented localities).</summary>
public sealed class EventPlaceRankingTests
{
    private static DocumentEntity Place(string name, string? admin1, string? admin2, string kind, long id, string country = "MX")
        => new() { Type = "LOC", Name = name, Geo = new GeoPoint(name, admin1, admin2, country, 20, -103, id, kind) };

    private static readonly DocumentEntity Mexico = Place("Mexico", null, null, PlaceKinds.Country, 3996063);
    private static readonly DocumentEntity Jalisco = Place("Jalisco", "Jalisco", null, PlaceKinds.Admin1, 4004156);
    private static readonly DocumentEntity CerroAlto = Place("Cerro Alto", "Jalisco", "Cerro Alto", PlaceKinds.Admin2, 901);
    private static readonly DocumentEntity OtherTown = Place("Loma Baja", "Jalisco", "Loma Baja", PlaceKinds.Admin2, 903);
    private static readonly DocumentEntity Carrizalito = Place("El Carrizalito", "Jalisco", "Cerro Alto", PlaceKinds.Locality, 0);

    [Fact]
    public void A_locality_is_more_specific_than_its_municipality_and_a_city_state_ranks_as_a_state()
    {
        Assert.True(EventPlaces.Specificity(Carrizalito) > EventPlaces.Specificity(CerroAlto));
        Assert.Equal(EventPlaces.State, EventPlaces.Specificity(Place("Mexico City", "Mexico City", null, PlaceKinds.CityState, 3530597)));
    }

    [Fact]
    public void A_locality_and_its_municipality_can_be_one_event_place_but_not_another_municipality()
    {
        Assert.True(EventPlaces.Compatible(Carrizalito, CerroAlto));
        Assert.False(EventPlaces.Compatible(Carrizalito, OtherTown));
        Assert.True(EventPlaces.Compatible(Carrizalito, Place("El Carrizalito", "Jalisco", "Cerro Alto", PlaceKinds.Locality, 0)));
        Assert.False(EventPlaces.Compatible(Carrizalito, Place("Piedra Azul", "Jalisco", "Cerro Alto", PlaceKinds.Locality, 0)));
    }

    [Fact]
    public void A_country_alone_yields_to_the_town_the_paragraph_named()
    {
        Assert.Same(CerroAlto, EventPlaces.Refine(Mexico, CerroAlto, Jalisco));
        Assert.Same(Jalisco, EventPlaces.Refine(Jalisco, CerroAlto, Jalisco));
        Assert.Same(CerroAlto, EventPlaces.Refine(null, CerroAlto, Jalisco));
    }

    [Theory]
    [InlineData("Toluca, 3 mai (EFE).- Homens armados mataram três policiais numa estrada do estado de Guerrero.")]
    [InlineData("Toluca, 3 may (EFE).- Hombres armados mataron a tres policías en una carretera del estado de Guerrero.")]
    public void A_dateline_with_a_date_and_an_agency_is_not_where_it_happened(string text)
        => Assert.Equal("Guerrero", EventAnalysis.Single(text).Place?.Geo?.Admin1);

    [Theory]
    [InlineData("Tres soldados murieron en una emboscada en el estado de Guerrero y un herido falleció durante su traslado en helicóptero a la ciudad de Toluca.")]
    [InlineData("Three soldiers were killed in an ambush in the state of Guerrero, and a wounded officer was airlifted on a military helicopter to Toluca.")]
    [InlineData("Tre soldater ble drept i et bakhold i delstaten Guerrero, og en såret offiser ble fløyet med et militært helikopter til Toluca.")]
    public void A_place_the_wounded_were_taken_to_a_few_words_on_is_not_where_it_happened(string text)
    {
        var events = EventAnalysis.Run(text);

        Assert.Contains(events, e => e.Place?.Geo?.Admin1 == "Guerrero");
        Assert.DoesNotContain(events, e => e.Place?.Name == "Toluca");
    }

    [Theory]
    [InlineData("Hombres armados mataron el domingo en el estado de Guerrero a un comerciante originario de Toluca.")]
    [InlineData("Gunmen killed a shopkeeper, a native of Toluca, in the state of Guerrero on Sunday.")]
    [InlineData("Væpnede menn drepte søndag i delstaten Guerrero en butikkeier som er født i Toluca.")]
    public void Where_a_victim_comes_from_is_not_where_it_happened(string text)
    {
        var events = EventAnalysis.Run(text);

        Assert.Contains(events, e => e.Place?.Geo?.Admin1 == "Guerrero");
        Assert.DoesNotContain(events, e => e.Place?.Name == "Toluca");
    }

    [Theory]
    [InlineData("La violencia no cede en Sinaloa. En los municipios de Culiacán, Guasave y Ahome, en el estado de Sinaloa, soldados y hombres armados se enfrentaron a tiros el lunes.")]
    [InlineData("Violence goes on in Sinaloa. In the municipalities of Culiacán, Guasave and Ahome in the state of Sinaloa, soldiers clashed with gunmen on Monday.")]
    [InlineData("Volden fortsetter i Sinaloa. I kommunene Culiacán, Guasave og Ahome i delstaten Sinaloa kom soldater i skuddveksling med væpnede menn mandag.")]
    public void Of_a_list_of_places_the_first_stands_for_it(string text)
        => Assert.Equal("Culiacán", EventAnalysis.Single(text).Place?.Geo?.Admin2);

    [Theory]
    [InlineData("La guerra de los cárteles sigue en México.\n\nEl caso más reciente ocurrió la semana pasada en Guaymas, Sonora. El ejército de México tuvo que desactivar doce minas caseras después de que una explosión hiriera a diez soldados.\n\nEl estado de Chihuahua es uno de los más violentos del país y el estado de Chihuahua vive con miedo.")]
    [InlineData("The cartel war goes on in Mexico.\n\nThe latest case came last week in Guaymas, Sonora. Mexico's army had to disarm twelve handmade landmines after one explosion wounded ten soldiers.\n\nThe state of Chihuahua is one of the most violent in the country and the state of Chihuahua lives in fear.")]
    [InlineData("Kartellkrigen fortsetter i Mexico.\n\nDet siste tilfellet kom forrige uke i Guaymas, Sonora. Mexicos hær måtte uskadeliggjøre tolv hjemmelagde landminer etter at en eksplosjon såret ti soldater.\n\nDelstaten Chihuahua er en av de mest voldelige i landet, og delstaten Chihuahua lever i frykt.")]
    public void A_sentence_that_tells_nothing_itself_still_names_the_paragraphs_place(string text)
    {
        var events = EventAnalysis.Run(text);

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal("Guaymas", e.Place?.Name));
    }

    [Theory]
    [InlineData("El cártel está presente en Sonora, Chihuahua y Durango. Hombres armados mataron a cinco policías.")]
    [InlineData("The cartel is present in Sonora, Chihuahua and Durango. Gunmen killed five police officers.")]
    [InlineData("Kartellet er til stede i Sonora, Chihuahua og Durango. Væpnede menn drepte fem politifolk.")]
    public void A_sentence_that_only_names_several_states_is_no_roundup_that_swallows_the_next_incident(string text)
        => Assert.Equal(5, EventAnalysis.Single(text).Fatalities);
}
