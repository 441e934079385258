using Atalaya.Core.Documents;

namespace Atalaya.Core.Tests.Stages.Events;

/// <summary>One incident per language and per sub-type, in invented sentences, through the real pipeline.</summary>
public sealed class EventStageTests
{
    [Fact]
    public void Spanish_ambush_with_its_dead_and_wounded_is_one_armed_clash_on_the_weekday_before_publication()
    {
        var ambush = EventAnalysis.Single(
            "Hombres armados emboscaron a una patrulla de la Policía Estatal en Zitácuaro, Michoacán, el domingo. "
            + "En el ataque murieron cuatro agentes y otros dos resultaron heridos.");

        Assert.Equal(("Battles", "Armed clash"), (ambush.Type, ambush.Subtype));
        Assert.Equal("2024-03-10", ambush.Date.ToString());
        Assert.Equal("Michoacán", ambush.Place?.Geo?.Admin1);
        Assert.Equal("Zitácuaro", ambush.Place?.Name);
        Assert.Equal(4, ambush.Fatalities);
        Assert.Equal(2, ambush.Injured);
        Assert.Contains("ambush", ambush.Tactics);
        Assert.Equal(2, ambush.Evidence.Count);
    }

    [Fact]
    public void English_arrest_by_soldiers_counts_the_arrested_and_names_the_cartel_as_second_actor()
    {
        var arrest = EventAnalysis.Single("Soldiers arrested three suspected members of the Sinaloa Cartel in Culiacán on Monday.");

        Assert.Equal(("Strategic developments", "Arrests"), (arrest.Type, arrest.Subtype));
        Assert.Equal("2024-03-11", arrest.Date.ToString());
        Assert.Equal(3, arrest.Arrested);
        Assert.Equal("Sinaloa", arrest.Place?.Geo?.Admin1);
        Assert.Contains(arrest.Actors, a => a.Role == "actor1" && a.Category == "military");
        Assert.Contains(arrest.Actors, a => a.Role == "actor2" && a.Entity?.KbId == "sinaloa-cartel");
    }

    [Theory]
    [InlineData("En lo que va del año, 120 policías han sido asesinados en Guanajuato.")]
    [InlineData("Since 2018, more than 260 police officers have been killed in Guanajuato.")]
    [InlineData("Seit 2018 wurden in Guanajuato mehr als 260 Polizisten getötet.")]
    public void A_tally_is_no_event(string sentence)
        => Assert.Empty(EventAnalysis.Run(sentence));

    [Fact]
    public void A_threat_in_quotation_marks_is_no_attack_but_the_banner_is_reported()
    {
        var banner = EventAnalysis.Single("«Vamos a matar a todos», decía el mensaje de una narcomanta colgada en un puente de Celaya, Guanajuato, el lunes.");

        Assert.Equal(("Strategic developments", "Other"), (banner.Type, banner.Subtype));
        Assert.Contains("banner", banner.Tactics);
        Assert.Equal("Guanajuato", banner.Place?.Geo?.Admin1);
    }

    [Fact]
    public void Portuguese_landmine_that_kills_two_soldiers_is_remote_violence()
    {
        var mine = EventAnalysis.Single("Uma mina terrestre explodiu em Coalcomán, Michoacán, na quinta-feira e matou dois soldados.");

        Assert.Equal(("Explosions/Remote violence", "Remote explosive/landmine/IED"), (mine.Type, mine.Subtype));
        Assert.Equal(2, mine.Fatalities);
        Assert.Contains("landmine", mine.Tactics);
        Assert.Equal("2024-03-07", mine.Date.ToString());
    }

    [Fact]
    public void Seized_drones_and_explosives_are_disrupted_weapons_use_not_an_explosion()
    {
        var seizure = EventAnalysis.Single("Militares aseguraron tres drones y 40 artefactos explosivos en Tepalcatepec, Michoacán.");

        Assert.Equal(("Strategic developments", "Disrupted weapons use"), (seizure.Type, seizure.Subtype));
        Assert.Null(seizure.Fatalities);
    }

    [Fact]
    public void Two_attacks_in_one_town_on_different_days_stay_two_events()
    {
        var events = EventAnalysis.Run(
            "El sábado, sicarios asesinaron a tres personas en Celaya, Guanajuato.\n\n"
            + "El pasado 2 de febrero, otro ataque armado dejó cinco muertos en Celaya.");

        Assert.Equal(2, events.Count);
        Assert.Equal(["2024-03-09", "2024-02-02"], events.Select(e => e.Date.ToString()));
        Assert.Equal([3, 5], events.Select(e => e.Fatalities ?? 0));
        Assert.All(events, e => Assert.Equal("Violence against civilians", e.Type));
    }

    [Fact]
    public void Two_sentences_about_one_clash_are_one_event_with_two_sources_and_the_larger_count()
    {
        var clash = EventAnalysis.Single(
            "Un enfrentamiento entre militares y sicarios en Apatzingán, Michoacán, dejó seis muertos el jueves. "
            + "Según la fiscalía, el enfrentamiento duró más de dos horas y dejó seis muertos.");

        Assert.Equal(("Battles", "Armed clash"), (clash.Type, clash.Subtype));
        Assert.Equal(6, clash.Fatalities);
        Assert.Equal(2, clash.Evidence.Count);
    }

    [Fact]
    public void Dutch_gunmen_shooting_two_officers_dead_is_violence_against_them_on_sunday()
    {
        var attack = EventAnalysis.Single("Gewapende mannen hebben zondag in Culiacán twee agenten doodgeschoten.");

        Assert.Equal("Violence against civilians", attack.Type);
        Assert.Equal(2, attack.Fatalities);
        Assert.Equal("2024-03-10", attack.Date.ToString());
        Assert.Equal("Sinaloa", attack.Place?.Geo?.Admin1);
    }

    [Fact]
    public void German_shootout_with_seven_dead_is_an_armed_clash_on_friday()
    {
        var clash = EventAnalysis.Single("Bei einer Schießerei zwischen Soldaten und Bewaffneten in Reynosa, Tamaulipas, sind am Freitag sieben Menschen ums Leben gekommen.");

        Assert.Equal(("Battles", "Armed clash"), (clash.Type, clash.Subtype));
        Assert.Equal(7, clash.Fatalities);
        Assert.Equal("2024-03-08", clash.Date.ToString());
        Assert.Equal("Tamaulipas", clash.Place?.Geo?.Admin1);
    }

    [Fact]
    public void Norwegian_arrest_of_five_yesterday()
    {
        var arrest = EventAnalysis.Single("Politiet arresterte fem personer i Tijuana i går.");

        Assert.Equal("Arrests", arrest.Subtype);
        Assert.Equal(5, arrest.Arrested);
        Assert.Equal("2024-03-11", arrest.Date.ToString());
    }

    [Fact]
    public void French_explosive_drone_wounding_three_is_a_drone_strike()
    {
        var strike = EventAnalysis.Single("Mardi, un drone chargé d'explosifs a attaqué un village près d'Apatzingán, dans le Michoacán, blessant trois personnes.");

        Assert.Equal(("Explosions/Remote violence", "Air/drone strike"), (strike.Type, strike.Subtype));
        Assert.Equal(3, strike.Injured);
        Assert.Contains("drone", strike.Tactics);
        Assert.Equal("2024-03-12", strike.Date.ToString());
    }

    [Theory]
    [InlineData("Hombres armados atacaron ayer un helicóptero del ejército cerca de Navojoa, en Sonora, y mataron a dos soldados.")]
    [InlineData("Bewaffnete haben gestern bei Navojoa im Bundesstaat Sonora einen Hubschrauber der Armee beschossen und zwei Soldaten getötet.")]
    [InlineData("Væpnede menn angrep i går et helikopter fra hæren nær Navojoa i Sonora og drepte to soldater.")]
    public void A_helicopter_attacked_is_the_tactic_of_the_event_not_an_event_of_its_own(string sentence)
    {
        var attack = EventAnalysis.Single(sentence);

        Assert.Contains("aircraft", attack.Tactics);
        Assert.Equal(2, attack.Fatalities);
    }

    [Theory]
    [InlineData("El helicóptero del gobernador aterrizó ayer en Navojoa.")]
    [InlineData("The army's helicopter landed in Navojoa yesterday.")]
    [InlineData("Helikopteret til guvernøren landet i Navojoa i går.")]
    public void A_helicopter_alone_is_no_event(string sentence)
        => Assert.Empty(EventAnalysis.Run(sentence));

    [Fact]
    public void Italian_car_bomb_is_remote_violence_with_its_tactic()
    {
        var bomb = EventAnalysis.Single("Un'autobomba è esplosa ieri davanti alla sede della polizia di Uruapan, nel Michoacán.");

        Assert.Equal(("Explosions/Remote violence", "Remote explosive/landmine/IED"), (bomb.Type, bomb.Subtype));
        Assert.Contains("car_bomb", bomb.Tactics);
        Assert.Equal("2024-03-11", bomb.Date.ToString());
    }

    [Fact]
    public void Danish_kidnapping_is_an_abduction()
    {
        var abduction = EventAnalysis.Single("Bevæbnede mænd kidnappede i mandags to journalister i Culiacán.");

        Assert.Equal(("Violence against civilians", "Abduction/forced disappearance"), (abduction.Type, abduction.Subtype));
        Assert.Equal(2, abduction.Kidnapped);
        Assert.Equal("2024-03-11", abduction.Date.ToString());
    }

    [Fact]
    public void Swedish_road_blockades_with_burning_vehicles_are_property_destruction()
    {
        var blockade = EventAnalysis.Single("Beväpnade män satte eld på bilar och blockerade vägar i Guadalajara i lördags.");

        Assert.Equal(("Strategic developments", "Looting/property destruction"), (blockade.Type, blockade.Subtype));
        Assert.Contains("blockade", blockade.Tactics);
        Assert.Equal("Jalisco", blockade.Place?.Geo?.Admin1);
    }

    [Fact]
    public void A_clash_and_an_arrest_in_one_sentence_are_two_events()
    {
        var events = EventAnalysis.Run("Soldiers clashed with gunmen in Culiacán on Thursday and arrested two of them.");

        Assert.Contains(events, e => e.Subtype == "Armed clash");
        Assert.Contains(events, e => e.Subtype == "Arrests" && e.Arrested == 2);
    }

    [Fact]
    public void Without_a_publication_date_a_weekday_gives_no_date()
    {
        var attack = EventAnalysis.Single("Gunmen killed three police officers in Celaya, Guanajuato, on Sunday.", published: null);

        Assert.Null(attack.Date);
        Assert.Equal(3, attack.Fatalities);
    }

    [Fact]
    public void A_written_date_places_background_history_in_its_year()
    {
        var events = EventAnalysis.Run(
            "Soldiers arrested a cartel leader in Morelia, Michoacán, on Monday.\n\n"
            + "In 2015, cartel gunmen shot down an army helicopter in Jalisco.");

        Assert.Contains(events, e => e.Subtype == "Arrests" && e.Date.ToString() == "2024-03-11");
        Assert.Contains(events, e => e.Date is { Precision: DatePrecision.Year, Year: 2015 } && e.Place?.Geo?.Admin1 == "Jalisco");
    }

    [Fact]
    public void A_dateline_is_not_where_it_happened()
    {
        var attack = EventAnalysis.Single("MEXICO CITY – Gunmen killed four people in Uruapan, Michoacán, on Saturday.");

        Assert.Equal("Michoacán", attack.Place?.Geo?.Admin1);
        Assert.Equal(4, attack.Fatalities);
    }

    [Theory]
    [InlineData("Police recorded 41 killings of reporters in the region between 2010 and 2020.")]
    [InlineData("Police in Sonora, Chihuahua and Durango counted twenty dead over the weekend.")]
    [InlineData("The former governor of Tamaulipas remains in custody in Mexico City.")]
    [InlineData("More than 300 police officers were killed in Mexico in 2024 alone.")]
    [InlineData("Since the war between the two factions began, more than 1,200 people have been killed in Sinaloa.")]
    [InlineData("Colima registered more than 100 murders per 100,000 inhabitants.")]
    public void Tallies_roundups_rates_and_custody_are_no_events(string sentence)
        => Assert.Empty(EventAnalysis.Run(sentence));

    [Fact]
    public void A_general_remark_joins_the_incident_without_changing_its_count()
    {
        var attack = EventAnalysis.Single(
            "Gunmen killed two police officers in Celaya, Guanajuato, on Monday.\n\n"
            + "Several other officers have been killed in this long feud.");

        Assert.Equal(2, attack.Fatalities);
    }

    [Fact]
    public void Of_two_days_told_for_one_incident_the_earlier_is_when_it_happened()
    {
        var attack = EventAnalysis.Single("Gunmen killed two police officers in Celaya on Monday, the governor said on Tuesday.");

        Assert.Equal("2024-03-11", attack.Date.ToString());
    }
}
