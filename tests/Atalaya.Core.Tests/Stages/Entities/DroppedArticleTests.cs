using Atalaya.Core.Stages.Entities;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Entities;

/// <summary>A knowledge-base name written without the article after its preposition ("de la" → "de", "van de" → "van") is still that entity.</summary>
public sealed class DroppedArticleTests
{
    private static readonly KnowledgeBase Kb = new(
    [
        new KbEntity("secretaria-costas", "ORG", "government", null, "Secretaría de la Vigilancia Costera", ["Ministerie van de Kustwacht", "Secretaria de la Vigilància Costanera"], null),
    ]);

    private static readonly FakePlaces Places = new([("Jalisco", FakePlaces.Town("Jalisco", "Jalisco", 8_000_000))]);

    [Theory]
    [InlineData("La Secretaría de Vigilancia Costera informó que detuvo a tres hombres en Jalisco.", "Secretaría de Vigilancia Costera")]
    [InlineData("La Secretaria de Vigilància Costanera va informar que va detenir tres homes a Jalisco.", "Secretaria de Vigilància Costanera")]
    [InlineData("Het Ministerie van Kustwacht meldde dat drie mannen in Jalisco zijn opgepakt.", "Ministerie van Kustwacht")]
    public void A_name_without_its_article_links_to_the_knowledge_base(string text, string written)
    {
        var entities = EntityAnalysis.Run(text, Kb, Places);

        var body = Assert.Single(entities.Entities, e => e.Mentions.Any(m => m.Slice(text) == written));
        Assert.Equal("secretaria-costas", body.KbId);
    }

    [Fact]
    public void A_name_missing_a_content_word_is_not_the_entity()
    {
        const string text = "La Secretaría de la Vigilancia informó que detuvo a tres hombres en Jalisco.";

        var entities = EntityAnalysis.Run(text, Kb, Places);

        Assert.DoesNotContain(entities.Entities, e => e.KbId == "secretaria-costas");
    }
}
