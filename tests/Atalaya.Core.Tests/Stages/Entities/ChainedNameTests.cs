using Atalaya.Core.Documents;
using Atalaya.Core.Stages.Entities;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Entities;

/// <summary>
/// Two names of one knowledge-base entity written into one another ("cartello di" + "Valle Norte
/// Unido", joined by a hyphen) make one mention. An invented group.
/// </summary>
public sealed class ChainedNameTests
{
    private static readonly KnowledgeBase Kb = new(
    [
        new KbEntity("valle-norte-unido", "ORG", "criminal_group", null, "Organización del Valle", ["cartello di Valle", "Cártel de Valle", "Kartell Valle", "Valle Norte Unido"], null),
    ]);

    [Theory]
    [InlineData("Gli inquirenti sospettano il cartello di Valle-Norte Unido, attivo nella regione da anni.", "cartello di Valle-Norte Unido")]
    [InlineData("Los investigadores sospechan del Cártel de Valle-Norte Unido, activo en la región desde hace años.", "Cártel de Valle-Norte Unido")]
    [InlineData("Die Ermittler verdächtigen das Kartell Valle-Norte Unido, das seit Jahren in der Region aktiv ist.", "Kartell Valle-Norte Unido")]
    [InlineData("Utredarna misstänker kartellen Valle-Norte Unido, som har varit aktivt i regionen i flera år.", "Valle-Norte Unido")]
    public void Names_of_one_entity_written_into_one_another_make_one_mention(string text, string expected)
    {
        var entities = EntityAnalysis.Run(text, Kb, new FakePlaces([]));

        var group = Assert.Single(entities.Entities);
        Assert.Equal([expected], group.Mentions.Select(m => m.Slice(text)));
    }
}
