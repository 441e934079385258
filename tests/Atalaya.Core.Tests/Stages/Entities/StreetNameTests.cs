using Atalaya.Core.Resources;
using Atalaya.Core.Stages.Entities;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Entities;

/// <summary>
/// Mexican avenues keep their Spanish head word in every language ("paseo de ...", "calzada de
/// ..."), which is part of the name, as "rancho" is: the whole name is one place, joined to its head
/// by "de la" or "della", also where a knowledge-base name lies inside it (a street named after a
/// newspaper is no newspaper). Invented names; sentences written for these tests.
/// </summary>
public sealed class StreetNameTests
{
    private static readonly KnowledgeBase Kb = new(
    [
        new KbEntity("diario-concordia", "ORG", "media", null, "Concordia", ["diario Concordia"], null),
    ]);

    private static readonly FakePlaces Places = new([]);

    private static (string Text, string Type, string? Kb)[] Entities(string text)
        => [.. EntityAnalysis.Run(text, Kb, Places).Entities.SelectMany(e => e.Mentions.Select(m => (m.Slice(text), e.Type, e.KbId)))];

    [Theory]
    [InlineData("Los disparos se oyeron en el cruce entre el paseo de la Concordia y la calle Norte, según los vecinos.", "paseo de la Concordia")]
    [InlineData("Gli spari sono stati sentiti all'incrocio tra il Paseo della Concordia e una via laterale, secondo i residenti.", "Paseo della Concordia")]
    [InlineData("The shots were heard at the corner of Paseo de la Concordia and a side street, residents said on Monday.", "Paseo de la Concordia")]
    [InlineData("Skotten hördes i korsningen mellan Paseo de la Concordia och en sidogata, enligt de boende i området.", "Paseo de la Concordia")]
    public void An_avenue_named_with_its_head_word_is_one_place_over_a_name_inside_it(string text, string street)
    {
        var entities = Entities(text);

        Assert.Contains((street, "LOC", null), entities);
        Assert.DoesNotContain(entities, e => e.Kb == "diario-concordia");
    }

    [Fact]
    public void The_name_alone_is_still_the_knowledge_base_entity()
    {
        var text = "El diario Concordia publicó ayer la lista de los detenidos en el operativo de la policía estatal.";

        Assert.Contains(Entities(text), e => e.Kb == "diario-concordia");
    }
}
