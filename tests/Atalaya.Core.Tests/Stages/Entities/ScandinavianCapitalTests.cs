using Atalaya.Core.Documents;
using Atalaya.Core.Resources;
using Atalaya.Core.Stages.Entities;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Entities;

/// <summary>
/// Swedish, Danish and Norwegian write only the first word of a name of several words with a
/// capital, foreign names included: there a knowledge-base name counts when its first word is
/// capitalized. Elsewhere half of a name's capitals are still needed. Invented group; sentences
/// written for these tests.
/// </summary>
public sealed class ScandinavianCapitalTests
{
    private static readonly KnowledgeBase Kb = new(
    [
        new KbEntity("frente-serrano", "ORG", "criminal_group", null, "Frente Armado Serrano", ["Frente Serrano"], null),
    ]);

    private static readonly FakePlaces Places = new([]);

    private static string[] Mentions(string text)
        => [.. EntityAnalysis.Run(text, Kb, Places).Entities.Where(e => e.KbId == "frente-serrano").SelectMany(e => e.Mentions).Select(m => m.Slice(text))];

    [Theory]
    [InlineData("Enligt polisen i delstaten låg gruppen Frente armado serrano bakom attacken mot kontoret i går kväll.", "Frente armado serrano")]
    [InlineData("Ifølge politiet i delstaten stod gruppen Frente armado serrano bag angrebet på kontoret i går aftes.", "Frente armado serrano")]
    [InlineData("Ifølge politiet i delstaten sto gruppen Frente armado serrano bak angrepet på kontoret i går kveld.", "Frente armado serrano")]
    public void A_name_with_its_first_word_capitalized_is_the_name_in_a_Nordic_language(string text, string expected)
        => Assert.Equal([expected], Mentions(text));

    [Fact]
    public void A_sentence_opening_capital_proves_nothing_in_a_Nordic_language()
        => Assert.Empty(Mentions("Frente armado serrano är inget namn här, sade polisen i delstaten till tidningen i går kväll."));

    [Theory]
    [InlineData("Según la policía estatal, el grupo Frente armado serrano estuvo detrás del ataque contra la oficina anoche.")]
    [InlineData("According to state police, the group Frente armado serrano was behind the attack on the office last night.")]
    public void Elsewhere_one_capital_of_three_is_not_enough(string text)
        => Assert.Empty(Mentions(text));
}
