namespace Atalaya.Core.Tests.Stages.Claims;

/// <summary>Claims in invented sentences, in several languages, through the real pipeline.</summary>
public sealed class ClaimStageTests
{
    [Theory]
    [InlineData("The State Department offers a reward of up to $5 million for information leading to the arrest of Ismael Zambada García.", 5_000_000)]
    [InlineData("Estados Unidos ofrece una recompensa de 5 millones de dólares por Ismael Zambada García.", 5_000_000)]
    [InlineData("Op het hoofd van Ismael Zambada García staat een beloning van $ 5 miljoen.", 5_000_000)]
    [InlineData("Die USA haben eine Belohnung von 5 Millionen Dollar auf Ismael Zambada García ausgesetzt.", 5_000_000)]
    [InlineData("Les États-Unis offrent une récompense de 2,5 millions de dollars pour Ismael Zambada García.", 2_500_000)]
    [InlineData("Myndighetene i USA har tidligere utlovet en belønning på 5 millioner dollar for pågripelsen av Ismael Zambada García, som ikke er tatt.", 5_000_000)]
    public void A_reward_in_dollars_is_about_the_person_it_is_offered_for(string sentence, double value)
    {
        var reward = ClaimAnalysis.Single(sentence, "reward_usd");

        Assert.Equal(value, reward.Value);
        Assert.Equal("USD", reward.Unit);
        Assert.Equal("PER", reward.Subject.Type);
        Assert.Equal("2024-03-12", reward.AsOf?.ToString());
    }

    [Fact]
    public void A_reward_names_the_agency_that_offers_it_and_a_pronoun_points_at_the_person_before()
    {
        var reward = ClaimAnalysis.Single(
            "Ismael Zambada García spent decades out of reach of the law. The DEA offered a bounty of $15 million for him.", "reward_usd");

        Assert.Equal("Ismael Zambada García", reward.Subject.Name);
        Assert.Equal("Drug Enforcement Administration", reward.Agency?.Name);
    }

    [Theory]
    [InlineData("El Cártel de Sinaloa fue fundado en 1989 en Culiacán.", 1989)]
    [InlineData("The Sinaloa Cartel was founded in 1989.", 1989)]
    [InlineData("Het Sinaloakartel is een van de machtigste organisaties in Mexico en begon rond 1989 te opereren.", 1989)]
    [InlineData("Das Sinaloa-Kartell wurde 1989 gegründet.", 1989)]
    public void A_founding_year_is_about_the_group(string sentence, double year)
    {
        var founded = ClaimAnalysis.Single(sentence, "founded_year");

        Assert.Equal(year, founded.Value);
        Assert.Equal("ORG", founded.Subject.Type);
    }

    [Theory]
    [InlineData("Ismael Zambada García, 76, was arrested in Texas.", 76)]
    [InlineData("Ismael Zambada García, de 76 años, fue detenido en Texas.", 76)]
    [InlineData("De 76-jarige Ismael Zambada García werd gearresteerd.", 76)]
    [InlineData("Ismael Zambada García er 76 år gammel og har ledet kartellet i mange år sammen med sønnene.", 76)]
    [InlineData("Ismael Zambada García (76) wurde in Texas festgenommen.", 76)]
    public void An_age_is_about_the_person_beside_it(string sentence, double age)
    {
        var claim = ClaimAnalysis.Single(sentence, "age");

        Assert.Equal(age, claim.Value);
        Assert.Equal("Ismael Zambada García", claim.Subject.Name);
    }

    [Fact]
    public void A_prison_term_in_years_is_no_age()
        => Assert.DoesNotContain(ClaimAnalysis.Run("Joaquín Guzmán Loera fue condenado a cadena perpetua y 30 años, según el tribunal."), c => c.Attribute == "age");

    [Fact]
    public void Revenue_in_billions_is_about_the_article_s_group()
    {
        var revenue = ClaimAnalysis.Single(
            "Het Sinaloakartel smokkelt cocaïne naar Europa. De omzet wordt geschat op 3 miljard dollar.", "revenue_usd");

        Assert.Equal(3_000_000_000, revenue.Value);
        Assert.Equal("ORG", revenue.Subject.Type);
    }

    [Fact]
    public void Blockades_at_points_in_states_are_the_group_s_roadblock_counts()
    {
        var claims = ClaimAnalysis.Run("Tras la captura, el Cártel de Sinaloa bloqueó carreteras en 40 puntos de 6 estados con vehículos incendiados.");

        Assert.Contains(claims, c => c.Attribute == "roadblock_points" && c.Value == 40);
        Assert.Contains(claims, c => c.Attribute == "roadblock_states" && c.Value == 6);
    }

    [Fact]
    public void Presence_in_american_states_counts_us_states()
    {
        var claim = ClaimAnalysis.Single("According to the DEA, the Sinaloa Cartel has a presence in 40 American states.", "us_states_present");

        Assert.Equal(40, claim.Value);
    }

    [Fact]
    public void Police_killed_since_a_year_and_per_year_are_tallies_of_the_state()
    {
        var claims = ClaimAnalysis.Run("Desde 2019 han sido asesinados 300 policías en Zacatecas, unos 60 al año.");

        Assert.Contains(claims, c => c.Attribute == "police_killed_total" && c.Value == 300 && c.Subject.Name == "Zacatecas");
        Assert.Contains(claims, c => c.Attribute == "police_killed_per_year" && c.Value == 60);
    }

    [Fact]
    public void Homicides_last_year_and_so_far_this_year_share_their_noun()
    {
        var claims = ClaimAnalysis.Run("The state of Zacatecas is among the most violent in Mexico. Last year it recorded 1,500 homicides, with another 300 so far this year.");

        Assert.Contains(claims, c => c.Attribute == "homicides" && c.Value == 1500 && c.Subject.Name == "Zacatecas" && c.AsOf.ToString() == "2023");
        Assert.Contains(claims, c => c.Attribute == "homicides_ytd" && c.Value == 300);
    }

    [Fact]
    public void Officers_killed_off_duty_in_a_year_are_dated_by_that_year()
    {
        var claim = ClaimAnalysis.Single("I Zacatecas har minst ni politibetjenter blitt drept mens de hadde fri i 2022.", "police_killed_off_duty");

        Assert.Equal(9, claim.Value);
        Assert.Equal("2022", claim.AsOf?.ToString());
    }

    [Fact]
    public void A_count_of_one_incident_is_no_tally()
        => Assert.Empty(ClaimAnalysis.Run("Cuatro policías fueron asesinados el lunes en Zacatecas."));

    [Fact]
    public void Members_arrested_are_no_count_of_members()
        => Assert.DoesNotContain(ClaimAnalysis.Run("Soldiers arrested 12 members of the Sinaloa Cartel in Culiacán."), c => c.Attribute == "members");

    [Fact]
    public void A_language_without_claim_cues_gives_no_claims()
        => Assert.Empty(ClaimAnalysis.Run("Die Polizei sagte am Montag, dass nichts passiert sei.", published: null));
}
