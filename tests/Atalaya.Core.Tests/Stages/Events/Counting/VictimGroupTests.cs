namespace Atalaya.Core.Tests.Stages.Events.Counting;

/// <summary>
/// How the dead of one incident are counted: groups that share one verb of dying add up, within a
/// sentence and across sentences told with "also"; wounded, vehicles, ranges and those who took part
/// are no dead of their own.
/// </summary>
public sealed class VictimGroupTests
{
    [Theory]
    [InlineData("es", "Dos policías y tres sicarios murieron en un enfrentamiento en Uruapan, Michoacán, el martes.", 5)]
    [InlineData("fr", "Quatre policiers et deux civils sont morts dans une embuscade à Uruapan, au Michoacán, mardi.", 6)]
    [InlineData("en", "Four police officers and two civilians were killed in an ambush in Uruapan, Michoacán, on Tuesday.", 6)]
    [InlineData("de", "Vier Polizisten und zwei Zivilisten wurden getötet, als Bewaffnete am Dienstag in Uruapan, Michoacán, einen Konvoi angriffen.", 6)]
    [InlineData("nb", "Fem antatt kriminelle og to soldater ble drept i en skuddveksling i Uruapan i Michoacán tirsdag.", 7)]
    public void Groups_joined_before_one_verb_of_dying_add_up(string language, string text, int dead)
    {
        var clash = EventAnalysis.Single(text);

        Assert.True(clash.Fatalities == dead, $"{language}: {EventAnalysis.Describe(clash)}");
    }

    [Theory]
    [InlineData("de", "In Uruapan, Michoacán, eröffneten am Dienstag mehrere Angreifer das Feuer auf sie, 14 Polizisten wurden erschossen.", 14)]
    [InlineData("en", "On Tuesday several gunmen opened fire on a convoy in Uruapan, Michoacán; 14 police officers were shot dead.", 14)]
    public void A_group_far_from_the_verb_with_another_count_between_is_not_its_victims(string language, string text, int dead)
    {
        var attack = EventAnalysis.Run(text).Single(e => e.Fatalities is not null);

        Assert.True(attack.Fatalities == dead, $"{language}: {EventAnalysis.Describe(attack)}");
    }

    [Theory]
    [InlineData("nl", "Bij een hinderlaag in Uruapan, Michoacán, werden dinsdag dertien agenten gedood, negen anderen raakten gewond.")]
    [InlineData("en", "In an ambush in Uruapan, Michoacán, on Tuesday thirteen officers were killed, nine others were wounded.")]
    [InlineData("sv", "Vid ett bakhåll i Uruapan i Michoacán i tisdags dödades tretton poliser, nio andra skadades.")]
    public void A_count_of_the_wounded_after_the_dead_is_not_added_to_them(string language, string text)
    {
        var clash = EventAnalysis.Run(text).Single(e => e.Fatalities is not null);

        Assert.True(clash.Fatalities == 13 && clash.Injured == 9, $"{language}: {EventAnalysis.Describe(clash)}");
    }

    [Theory]
    [InlineData("de", "Bewaffnete eröffneten am Dienstag in Uruapan, Michoacán, das Feuer auf sie.14 Polizisten wurden erschossen.")]
    [InlineData("es", "Hombres armados atacaron un convoy en Uruapan, Michoacán, el martes.14 policías murieron.")]
    [InlineData("nb", "Væpnede menn angrep en konvoi i Uruapan i Michoacán tirsdag.14 politifolk ble drept.")]
    public void Digits_glued_to_the_full_stop_before_them_are_a_count(string language, string text)
    {
        var attack = EventAnalysis.Run(text).Single(e => e.Fatalities is not null);

        Assert.True(attack.Fatalities == 14, $"{language}: {EventAnalysis.Describe(attack)}");
    }

    [Theory]
    [InlineData("de", "In Uruapan, Michoacán, wurden am Dienstag 14 Polizisten erschossen, zwei ihrer Fahrzeuge in Brand gesteckt.")]
    [InlineData("es", "La emboscada en Uruapan, Michoacán, el martes dejó 13 agentes muertos y dos patrullas quemadas.")]
    [InlineData("en", "The ambush in Uruapan, Michoacán, on Tuesday left 13 officers dead and two trucks burned.")]
    public void Vehicles_counted_after_the_dead_are_no_dead(string language, string text)
    {
        var attack = EventAnalysis.Run(text).Single(e => e.Fatalities is not null);

        Assert.True(attack.Fatalities is 13 or 14 && attack.Fatalities != 15 && attack.Fatalities != 16, $"{language}: {EventAnalysis.Describe(attack)}");
    }

    [Theory]
    [InlineData("en", "Gunmen killed two of his bodyguards and a bystander in Uruapan, Michoacán, on Tuesday.")]
    [InlineData("es", "Los sicarios mataron a dos escoltas y a una mujer en Uruapan, Michoacán, el martes.")]
    [InlineData("es", "En Uruapan, Michoacán, el martes, además de dos escoltas también murió una mujer.")]
    [InlineData("da", "Bevæbnede mænd dræbte to livvagter og en forbipasserende i Uruapan i Michoacán tirsdag.")]
    public void A_victim_of_one_joined_to_a_counted_group_adds_one(string language, string text)
    {
        var attack = EventAnalysis.Run(text).Single(e => e.Fatalities is not null);

        Assert.True(attack.Fatalities == 3, $"{language}: {EventAnalysis.Describe(attack)}");
    }

    [Theory]
    [InlineData("en", "Eight attackers died in a clash with soldiers in Uruapan, Michoacán, on Tuesday.\n\nOne soldier also died in the fighting.")]
    [InlineData("es", "Ocho agresores murieron en un enfrentamiento con militares en Uruapan, Michoacán, el martes.\n\nUn soldado también murió en el enfrentamiento.")]
    [InlineData("it", "Otto aggressori sono morti in uno scontro con i militari a Uruapan, Michoacán, martedì.\n\nÈ morto anche un soldato nello scontro.")]
    [InlineData("nb", "Åtte angripere ble drept i en skuddveksling med soldater i Uruapan i Michoacán tirsdag.\n\nEn soldat ble også drept i skuddvekslingen.")]
    public void Dead_told_later_with_also_add_to_the_incident(string language, string text)
    {
        var clash = EventAnalysis.Run(text).Single(e => e.Fatalities is not null);

        Assert.True(clash.Fatalities == 9, $"{language}: {EventAnalysis.Describe(clash)}");
    }

    [Theory]
    [InlineData("en", "Eight attackers died in a clash with soldiers in Uruapan, Michoacán, on Tuesday.\n\nThe army also said eight attackers died in the clash.")]
    [InlineData("de", "Acht Angreifer starben am Dienstag bei einem Gefecht mit Soldaten in Uruapan, Michoacán.\n\nDie Armee teilte auch mit, dass acht Angreifer starben.")]
    public void The_same_figure_told_again_with_also_is_not_added(string language, string text)
    {
        var clash = EventAnalysis.Run(text).Single(e => e.Fatalities is not null);

        Assert.True(clash.Fatalities == 8, $"{language}: {EventAnalysis.Describe(clash)}");
    }

    [Theory]
    [InlineData("da", "Mellem otte til ti personer blev dræbt i et angreb i Uruapan i Michoacán tirsdag.")]
    [InlineData("en", "Eight to ten people were killed in an attack in Uruapan, Michoacán, on Tuesday.")]
    [InlineData("fr", "Huit à dix personnes ont été tuées dans une attaque à Uruapan, au Michoacán, mardi.")]
    public void A_range_of_one_group_counts_its_lower_figure(string language, string text)
    {
        var attack = EventAnalysis.Run(text).Single(e => e.Fatalities is not null);

        Assert.True(attack.Fatalities == 8, $"{language}: {EventAnalysis.Describe(attack)}");
    }

    [Theory]
    [InlineData("da", "Politiet mener, at otte personer deltog i drabet på borgmesteren i Uruapan i Michoacán tirsdag.")]
    [InlineData("en", "Police believe eight men participated in the killing of the mayor in Uruapan, Michoacán, on Tuesday.")]
    [InlineData("es", "La policía cree que ocho hombres participaron en el asesinato del alcalde en Uruapan, Michoacán, el martes.")]
    public void Those_who_took_part_in_a_killing_are_not_its_dead(string language, string text)
    {
        var events = EventAnalysis.Run(text);

        Assert.True(events.All(e => e.Fatalities != 8), $"{language}: {string.Join("; ", events.Select(EventAnalysis.Describe))}");
    }
}
