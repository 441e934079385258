using Atalaya.Core.Documents;
using Atalaya.Core.Pipeline;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Claims;

/// <summary>
/// Tallies of a place (homicides, disappeared, forces killed), populations, "the country" as a
/// subject, foundings told as relative years, bounties far from the name and ages in Scandinavian
/// inflections, in invented sentences.
/// </summary>
public sealed class TallyAndPlaceClaimTests
{
    [Theory]
    [InlineData("En Durango fueron asesinadas unas 700 personas en 2021.")]
    [InlineData("In Durango, some 700 people were murdered in 2021 alone.")]
    [InlineData("I Durango ble rundt 700 personer drept i 2021.")]
    public void People_killed_in_a_place_over_a_year_are_its_homicides_and_no_event(string sentence)
    {
        var analysis = Some.Pipeline.Analyze(Some.Document(sentence, published: ClaimAnalysis.Published)).Document;
        var claims = analysis.Get(Annotations.Claims).Claims;

        Assert.Contains(claims, c => c.Attribute == "homicides" && c.Value == 700 && c.Subject.Name == "Durango" && c.AsOf?.ToString() == "2021");
        Assert.Empty(analysis.Get(Annotations.Events).Events);
    }

    [Theory]
    [InlineData("Más de 20.000 personas han desaparecido en Tamaulipas en los últimos años.", "Tamaulipas")]
    [InlineData("Mehr als 20.000 Menschen sind in Tamaulipas verschwunden.", "Tamaulipas")]
    [InlineData("Over 20 000 personer har forsvunnet i Tamaulipas de siste årene, ifølge myndighetene.", "Tamaulipas")]
    [InlineData("Över 20 000 personer har försvunnit i Tamaulipas under de senaste åren, enligt myndigheterna.", "Tamaulipas")]
    public void Thousands_disappeared_in_a_place_are_its_disappeared_without_a_period(string sentence, string place)
    {
        var claim = ClaimAnalysis.Single(sentence, "disappeared");

        Assert.Equal(20_000, claim.Value);
        Assert.Equal(place, claim.Subject.Name);
    }

    [Theory]
    [InlineData("Honduras vive una ola de violencia. El número de homicidios en el país llegó el año pasado a 3.100.")]
    [InlineData("Honduras kent een golf van geweld. Het aantal moorden in het land kwam vorig jaar uit op 3.100.")]
    [InlineData("Honduras oplever en bølge af vold. Det samlede antal drab i landet blev sidste år opgjort til 3.100.")]
    public void A_homicide_count_after_its_noun_in_the_country_is_the_country_s(string text)
    {
        var claim = ClaimAnalysis.Single(text, "homicides");

        Assert.Equal(3_100, claim.Value);
        Assert.Equal("Honduras", claim.Subject.Name);
        Assert.Equal("2023", claim.AsOf?.ToString());
    }

    [Theory]
    [InlineData("Honduras vive una ola de violencia en Tegucigalpa. El país tiene casi 10 millones de habitantes.")]
    [InlineData("Honduras kämpft mit der Gewalt in Tegucigalpa. Das Land hat knapp 10 Millionen Einwohner.")]
    [InlineData("Honduras kæmper med vold i Tegucigalpa. Landet har knap 10 millioner indbyggere.")]
    public void A_population_of_the_country_is_the_country_s_and_no_tally(string text)
    {
        var claims = ClaimAnalysis.Run(text);

        Assert.Contains(claims, c => c.Attribute == "population" && c.Value == 10_000_000 && c.Subject.Name == "Honduras");
        Assert.DoesNotContain(claims, c => c.Attribute.Contains("killed", StringComparison.Ordinal));
    }

    [Fact]
    public void Residents_of_an_incident_are_no_population()
        => Assert.DoesNotContain(ClaimAnalysis.Run("Gunmen killed 5 residents of Tegucigalpa on Sunday."), c => c.Attribute == "population");

    [Theory]
    [InlineData("The defence ministry said the army has suffered 14 deaths from landmines between 2019 and 2023.")]
    [InlineData("El ministerio dijo que el ejército ha sufrido 14 muertes por minas entre 2019 y 2023 en Honduras.")]
    public void Soldiers_killed_over_years_are_a_tally_of_the_country(string text)
    {
        var analysis = Some.Pipeline.Analyze(Some.Document("Honduras. " + text, published: ClaimAnalysis.Published)).Document;
        var claim = Assert.Single(analysis.Get(Annotations.Claims).Claims, c => c.Attribute == "soldiers_killed_total");

        Assert.Equal(14, claim.Value);
        Assert.Equal("Honduras", claim.Subject.Name);
        Assert.Empty(analysis.Get(Annotations.Events).Events);
    }

    [Fact]
    public void A_share_in_percent_is_no_tally()
        => Assert.DoesNotContain(ClaimAnalysis.Run("Desde 2019, Durango concentra 12% de los homicidios del país."), c => c.Value == 12);

    [Theory]
    [InlineData("Das Sinaloa-Kartell trat vor fünf Jahren erstmals in Erscheinung.")]
    [InlineData("The Sinaloa Cartel first appeared five years ago.")]
    [InlineData("El Cártel de Sinaloa surgió hace cinco años.")]
    public void A_founding_told_as_years_ago_resolves_against_the_publication(string sentence)
    {
        var claims = ClaimAnalysis.Run(sentence);

        Assert.Contains(claims, c => c.Attribute == "founded_year" && c.Value == 2019);
    }

    [Fact]
    public void A_relative_founding_needs_a_publication_date()
        => Assert.DoesNotContain(ClaimAnalysis.Run("Das Sinaloa-Kartell trat vor fünf Jahren erstmals in Erscheinung.", published: null), c => c.Attribute == "founded_year");

    [Fact]
    public void A_bounty_several_sentences_after_the_name_is_the_article_s_person_s()
    {
        var claim = ClaimAnalysis.Single(
            "Soldaten hebben zondag Ismael Zambada García gearresteerd in Durango. De operatie duurde uren. Zijn organisatie reageerde met geweld. "
            + "Er vielen doden in drie dorpen. De Amerikaanse overheid had een beloning van 12 miljoen dollar op zijn hoofd gezet.",
            "reward_usd");

        Assert.Equal("Ismael Zambada García", claim.Subject.Name);
    }

    [Theory]
    [InlineData("Ifølge politiet var den 52-årige Ismael Zambada García på vej hjem.")]
    [InlineData("Enligt polisen var den 52-åriga Ismael Zambada García på väg hem.")]
    [InlineData("Ifølge politiet var den 52-årige Ismael Zambada García på vei hjem.")]
    [InlineData("Secondo la polizia, il 52enne Ismael Zambada García è stato arrestato a Durango.")]
    public void An_age_written_as_one_inflected_word_is_the_person_s(string sentence)
    {
        var claim = ClaimAnalysis.Single(sentence, "age");

        Assert.Equal(52, claim.Value);
        Assert.Equal("Ismael Zambada García", claim.Subject.Name);
    }

    [Theory]
    [InlineData("At least five police officers have been killed on holidays so far this year in Durango.")]
    [InlineData("Al menos cinco policías han sido asesinados de vacaciones en lo que va del año en Durango.")]
    public void Officers_killed_on_holiday_are_killed_off_duty(string sentence)
        => Assert.Equal(5, ClaimAnalysis.Single(sentence, "police_killed_off_duty").Value);

    [Theory]
    [InlineData("Desde 2019 han sido asesinados 300 policías en el estado de Durango, según las cifras oficiales del gobierno.", "2019", "2024-03-12")]
    [InlineData("Zwischen 2019 und 2022 wurden in Durango 300 Polizisten getötet.", "2019", "2022")]
    [InlineData("Mellom 2019 og 2022 ble 300 politifolk drept i Durango.", "2019", "2022")]
    public void A_tally_keeps_its_start_in_since_and_its_end_in_as_of(string sentence, string since, string asOf)
    {
        var claim = ClaimAnalysis.Single(sentence, "police_killed_total");

        Assert.Equal(since, claim.Since?.ToString());
        Assert.Equal(asOf, claim.AsOf?.ToString());
    }

    [Fact]
    public void A_figure_that_is_no_tally_has_no_start()
        => Assert.Null(ClaimAnalysis.Single("Desde 2019, Ismael Zambada García, de 76 años, vive en Durango.", "age").Since);

    [Theory]
    [InlineData("I Durango er det registrert mer enn 80 drap per 100 000 innbyggere, ifølge offisielle tall fra myndighetene.")]
    [InlineData("En Durango se registraron más de 80 homicidios por cada 100.000 habitantes, según cifras oficiales.")]
    [InlineData("In Durango, more than 80 murders per 100,000 inhabitants were recorded, according to official figures.")]
    public void The_base_of_a_rate_is_neither_a_tally_nor_a_population(string sentence)
        => Assert.DoesNotContain(ClaimAnalysis.Run(sentence), c => c.Value == 100_000);

    [Fact]
    public void Soldiers_killed_in_an_article_about_a_state_are_counted_in_its_country_not_in_a_foreign_one()
    {
        var claim = ClaimAnalysis.Single(
            "Durango, en el norte de México, vive una ola de violencia. Estados Unidos envió ayuda a Estados Unidos y Estados Unidos pidió calma. "
            + "Más de 30 soldados han sido asesinados por minas desde 2022, según cifras del ejército.",
            "soldiers_killed_total");

        Assert.Equal("MX", claim.Subject.Geo?.Country);
    }
}
