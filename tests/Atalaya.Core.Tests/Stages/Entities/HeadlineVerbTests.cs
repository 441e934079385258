using Atalaya.Core.Resources;
using Atalaya.Core.Stages.Entities;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Entities;

/// <summary>
/// A headline or a clause after a colon opens with a capital, often on a verb or a noun of violence
/// ("Mueren", "Anschlag", "Dödades"); the tagger may take it for a one-word name. A word of the
/// language's event lexicon names nothing; a name of the same letters in a longer name, and the
/// gazetteer's places, are not touched. Invented towns; sentences written for these tests.
/// </summary>
public sealed class HeadlineVerbTests
{
    private static readonly KnowledgeBase Kb = new([]);

    private static readonly FakePlaces Places = new([("Zaretla", FakePlaces.Town("Zaretla", "Jalisco", 7_000))]);

    private static string[] Mentions(string text, params (string Name, string Type)[] tagged)
        => [.. EntityAnalysis.Run(text, Kb, Places, new FakeTagger(tagged)).Entities.SelectMany(e => e.Mentions).Select(m => m.Slice(text))];

    [Theory]
    [InlineData("Zaretla: Mueren dos guardias tras un ataque armado contra su patrulla en la sierra.", "Mueren")]
    [InlineData("Zaretla: Anschlag auf eine Polizeistreife, zwei Beamte wurden dabei schwer verletzt.", "Anschlag")]
    [InlineData("Zaretla: Dödades två vakter när deras patrull angreps i bergen under natten.", "Dödades")]
    public void A_word_of_violence_opening_a_clause_is_no_name(string text, string word)
    {
        Assert.DoesNotContain(word, Mentions(text, (word, "PER")));
    }

    [Fact]
    public void A_one_word_name_that_is_no_word_of_violence_stays()
    {
        var text = "Zaretla: Lozada confirma el ataque contra la patrulla de la policía estatal en la sierra.";

        Assert.Contains("Lozada", Mentions(text, ("Lozada", "PER")));
    }

    [Fact]
    public void A_name_the_tagger_found_beside_it_stays()
    {
        var text = "Zaretla: Mueren dos guardias; el comandante Efrén Lozada Rivas confirmó el ataque.";

        Assert.Contains("Efrén Lozada Rivas", Mentions(text, ("Mueren", "PER"), ("Efrén Lozada Rivas", "PER")));
    }
}
