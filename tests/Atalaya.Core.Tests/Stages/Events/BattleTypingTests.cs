namespace Atalaya.Core.Tests.Stages.Events;

/// <summary>
/// A gunfight between an armed group and forces on duty is a battle whatever the word: dead counted on
/// both sides, a later sentence calling the attack a shootout, a killing in a military operation.
/// </summary>
public sealed class BattleTypingTests
{
    [Theory]
    [InlineData("es", "Tres policías y cinco presuntos delincuentes murieron el martes en Zamora, Michoacán.")]
    [InlineData("pt", "Três policiais e cinco suspeitos morreram na terça-feira em Zamora, Michoacán.")]
    [InlineData("en", "Three police officers and five suspected gunmen were killed on Tuesday in Zamora, Michoacán.")]
    [InlineData("nl", "Drie agenten en vijf criminelen werden dinsdag gedood in Zamora, Michoacán.")]
    [InlineData("nb", "Tre politifolk og fem kriminelle ble drept i Zamora i Michoacán tirsdag.")]
    public void Dead_counted_on_both_sides_is_an_armed_clash(string language, string text)
    {
        var clash = EventAnalysis.Single(text);

        Assert.True(clash is { Type: "Battles", Subtype: "Armed clash", Fatalities: > 0 }, $"{language}: {EventAnalysis.Describe(clash)}");
    }

    [Fact]
    public void Dead_civilians_alone_stay_violence_against_civilians()
    {
        var attack = EventAnalysis.Single("Five farmers were killed on Tuesday in Zamora, Michoacán.");

        Assert.Equal(("Violence against civilians", "Attack"), (attack.Type, attack.Subtype));
    }

    [Theory]
    [InlineData("Gunmen attacked the convoy of the security chief in Irapuato, Guanajuato, on Monday, killing two of his escorts.\n\nFive more sentences were spoken by the mayor.\n\nNo group has claimed it.\n\nAfter the shootout, police detained nine people.")]
    [InlineData("Hombres armados atacaron el lunes el convoy del jefe de seguridad en Irapuato, Guanajuato, y mataron a dos escoltas.\n\nEl alcalde habló con la prensa.\n\nNingún grupo lo ha reivindicado.\n\nTras el tiroteo, la policía detuvo a nueve personas.")]
    [InlineData("Bewaffnete griffen am Montag den Konvoi des Sicherheitschefs in Irapuato, Guanajuato, an und töteten zwei Leibwächter.\n\nDer Bürgermeister sprach mit der Presse.\n\nKeine Gruppe hat sich bekannt.\n\nNach dem Schusswechsel nahm die Polizei neun Personen fest.")]
    public void An_attack_later_called_a_shootout_is_a_battle(string text)
    {
        var events = EventAnalysis.Run(text);

        var violence = Assert.Single(events, e => e.Type != "Strategic developments");
        Assert.Equal(("Battles", "Armed clash"), (violence.Type, violence.Subtype));
    }

    [Theory]
    [InlineData("sv", "Under militärinsatsen i Zamora, Michoacán, i tisdags dödades ledaren för kartellet.")]
    [InlineData("en", "The cartel leader was killed on Tuesday during a military operation in Zamora, Michoacán.")]
    [InlineData("es", "El líder del cártel murió el martes durante un operativo militar en Zamora, Michoacán.")]
    public void A_killing_in_a_military_operation_with_no_civilian_named_is_an_armed_clash(string language, string text)
    {
        var clash = EventAnalysis.Single(text);

        Assert.True(clash is { Type: "Battles", Subtype: "Armed clash" }, $"{language}: {EventAnalysis.Describe(clash)}");
    }

    [Fact]
    public void A_civilian_killed_in_an_operation_stays_violence_against_civilians()
    {
        var attack = EventAnalysis.Single("A farmer was killed on Tuesday during a military operation in Zamora, Michoacán.");

        Assert.Equal("Violence against civilians", attack.Type);
    }
}
