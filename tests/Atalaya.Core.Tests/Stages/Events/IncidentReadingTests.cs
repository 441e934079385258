namespace Atalaya.Core.Tests.Stages.Events;

/// <summary>
/// How sentences become incidents: several incidents listed in one sentence, victims told by a
/// pronoun or alone, counts that go on with a tally, the lead's day, and where victims were taken.
/// </summary>
public sealed class IncidentReadingTests
{
    [Fact]
    public void A_sentence_listing_incidents_in_three_towns_gives_three_events_each_with_its_own_count()
    {
        var events = EventAnalysis.Run(
            "Según la fiscalía, un policía murió en Tepic, cuatro soldados murieron en Compostela, y un agente fue asesinado en Acaponeta.");

        Assert.Equal(3, events.Count);
        Assert.Equal(["Tepic", "Compostela", "Acaponeta"], events.Select(e => e.Place?.Name ?? ""));
        Assert.Equal([1, 4, 1], events.Select(e => e.Fatalities ?? 0));
        Assert.All(events, e => Assert.Equal("Nayarit", e.Place?.Geo?.Admin1));
    }

    [Theory]
    [InlineData("Gunmen kidnapped four farmers in Zamora, Michoacán, on Tuesday.\n\nIn Michoacán more than 4,000 people are missing.")]
    [InlineData("Hombres armados secuestraron a cuatro campesinos en Zamora, Michoacán, el martes.\n\nEn Michoacán más de 4.000 personas están desaparecidas.")]
    [InlineData("Bewaffnete entführten am Dienstag vier Bauern in Zamora, Michoacán.\n\nIn Michoacán gelten mehr als 4.000 Menschen als vermisst.")]
    public void A_count_of_thousands_is_a_statistic_not_an_incident_even_without_a_cue(string text)
    {
        var kidnapping = EventAnalysis.Single(text);

        Assert.Equal(4, kidnapping.Kidnapped);
    }

    [Fact]
    public void A_sentence_with_commas_but_one_place_stays_one_event()
    {
        var attack = EventAnalysis.Single("Gunmen killed five people, including two police officers, in Guasave on Sunday, officials said.");

        Assert.Equal(5, attack.Fatalities);
        Assert.Equal("Guasave", attack.Place?.Name);
    }

    [Fact]
    public void A_kidnapped_officer_then_killed_is_one_attack_with_one_dead_and_its_kidnapping_tactic()
    {
        var attack = EventAnalysis.Single(
            "Gunmen kidnapped a state police officer from his home in Irapuato, Guanajuato, on Thursday.\n\n"
            + "Hours later he was killed and his body was dumped on a highway.");

        Assert.Equal(("Violence against civilians", "Attack"), (attack.Type, attack.Subtype));
        Assert.Equal(1, attack.Fatalities);
        Assert.Contains("kidnapping", attack.Tactics);
    }

    [Theory]
    [InlineData("en", "The mayor was attacked in Uruapan, Michoacán, on Sunday, and he was killed.")]
    [InlineData("nb", "Ordføreren ble angrepet i Uruapan i Michoacán søndag, og han ble drept.")]
    [InlineData("nl", "De burgemeester werd zondag in Uruapan, Michoacán, aangevallen en hij werd gedood.")]
    [InlineData("es", "Fue asesinado a balazos en Uruapan, Michoacán, el domingo.")]
    [InlineData("pt", "Foi morto a tiro em Uruapan, Michoacán, no domingo.")]
    [InlineData("it", "È stato ucciso a colpi di pistola a Uruapan, Michoacán, domenica.")]
    public void A_pronoun_or_a_singular_verb_counts_one_dead(string language, string text)
    {
        var attack = EventAnalysis.Single(text);

        Assert.True(attack.Fatalities == 1, $"{language}: {EventAnalysis.Describe(attack)}");
    }

    [Theory]
    [InlineData("Un periodista murió en Zamora, Michoacán, el lunes.", "Zamora")]
    [InlineData("A journalist was wounded in Tijuana, Baja California, on Monday.", "Tijuana")]
    public void One_victim_dead_or_wounded_without_a_number_is_an_event(string text, string town)
    {
        var attack = EventAnalysis.Single(text);

        Assert.Equal(("Violence against civilians", "Attack"), (attack.Type, attack.Subtype));
        Assert.Equal(town, attack.Place?.Name);
        Assert.Equal(1, attack.Fatalities ?? attack.Injured);
    }

    [Theory]
    [InlineData("Desde 2019 han sido asesinados 410 policías en el estado. 96 policías fueron asesinados fuera de servicio.")]
    [InlineData("Since 2019, 410 officers have been murdered in the state. Ninety-six officers were shot dead off duty.")]
    public void A_count_right_after_a_tally_goes_on_with_the_tally(string text)
        => Assert.Empty(EventAnalysis.Run(text));

    [Fact]
    public void A_count_after_a_tally_with_a_day_of_its_own_is_an_event()
    {
        var events = EventAnalysis.Run("Since 2019, 410 officers have been murdered in the state. Two officers were shot dead in Celaya, Guanajuato, on Sunday.");

        var attack = Assert.Single(events);
        Assert.Equal(2, attack.Fatalities);
        Assert.Equal("2024-03-10", attack.Date.ToString());
    }

    [Fact]
    public void What_the_article_tells_without_a_date_happened_on_the_day_its_lead_tells()
    {
        var events = EventAnalysis.Run(
            "Gunmen and soldiers clashed for hours in Guasave, Sinaloa, on Sunday.\n\n"
            + "The army said that soldiers arrested four gunmen in Guasave.");

        Assert.Contains(events, e => e.Subtype == "Arrests" && e.Date.ToString() == "2024-03-10");
        Assert.Contains(events, e => e.Subtype == "Armed clash" && e.Date.ToString() == "2024-03-10");
    }

    [Fact]
    public void A_lead_day_weeks_before_publication_dates_only_its_own_sentence()
    {
        var events = EventAnalysis.Run(
            "On 2 January gunmen killed three people in Guasave, Sinaloa.\n\n"
            + "The army said that soldiers arrested four gunmen in Los Mochis, Sinaloa.");

        // Undated, it takes the publication date, which says only the month: the day is a guess.
        Assert.Contains(events, e => e.Subtype == "Arrests" && e.Date.ToString() == EventAnalysis.Published[..7]);
    }

    [Theory]
    [InlineData("A soldier was flown to a hospital in Zamora after a landmine wounded him in the mountains of Michoacán.")]
    [InlineData("Un soldado herido por una mina terrestre en la sierra de Michoacán fue trasladado al hospital de Zamora.")]
    public void Where_the_wounded_were_taken_is_not_where_it_happened(string text)
    {
        var mine = EventAnalysis.Single(text);

        Assert.NotEqual("Zamora", mine.Place?.Name);
        Assert.Equal("Michoacán", mine.Place?.Geo?.Admin1);
    }

    [Theory]
    [InlineData("A car bomb exploded on Monday in a town bordering Jalisco on the coast of Michoacán.")]
    [InlineData("Un coche bomba explotó el lunes en un municipio limítrofe con Jalisco, en la costa de Michoacán.")]
    public void A_neighbour_named_to_place_a_town_is_not_where_it_happened(string text)
    {
        var blast = EventAnalysis.Single(text);

        Assert.Equal("Michoacán", blast.Place?.Geo?.Admin1);
    }

    [Theory]
    [InlineData("Dos marinos murieron en Guasave, Sinaloa, el domingo.")]
    [InlineData("Gunmen shot dead two soldiers in Guasave, Sinaloa, on Sunday.")]
    public void Troops_killed_fought_a_battle(string text)
    {
        var battle = EventAnalysis.Single(text);

        Assert.Equal(("Battles", "Armed clash"), (battle.Type, battle.Subtype));
    }

    [Theory]
    [InlineData("Dos maestros murieron en Guasave, Sinaloa, el domingo.")]
    [InlineData("Gunmen shot dead two soldiers and a teacher in Guasave, Sinaloa, on Sunday.")]
    public void Unarmed_people_killed_are_violence_against_civilians(string text)
    {
        var attack = EventAnalysis.Single(text);

        Assert.Equal(("Violence against civilians", "Attack"), (attack.Type, attack.Subtype));
    }

    [Fact]
    public void A_plural_verb_without_a_number_counts_no_one()
    {
        var attack = EventAnalysis.Single("Fueron asesinados a balazos en Uruapan, Michoacán, el domingo.");

        Assert.Null(attack.Fatalities);
    }

    [Fact]
    public void A_day_still_to_come_dates_nothing_that_happened()
    {
        var events = EventAnalysis.Run("The trial of the gunmen opens next Monday. Gunmen killed two police officers in Zamora, Michoacán.");

        var attack = Assert.Single(events);
        Assert.Equal(EventAnalysis.Published[..7], attack.Date.ToString());
    }

    [Theory]
    [InlineData("Last week, two candidates for the upcoming June 2 elections were shot dead in Zamora, Michoacán.")]
    [InlineData("La semana pasada, dos candidatos a las próximas elecciones del 2 de junio fueron asesinados en Zamora, Michoacán.")]
    public void An_upcoming_date_is_not_the_date_of_what_happened(string text)
    {
        var attack = EventAnalysis.Single(text);

        Assert.Equal("2024-03", attack.Date.ToString());
        Assert.Equal(2, attack.Fatalities);
    }
}
