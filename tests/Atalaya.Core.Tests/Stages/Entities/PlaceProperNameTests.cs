using Atalaya.Core.Stages.Entities;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Entities;

/// <summary>A place named with a generic head ("rancho", "ranch", "landsbyen") is named by its proper part in every language.</summary>
public sealed class PlaceProperNameTests
{
    private static readonly FakePlaces Places = new([("Jalisco", FakePlaces.Town("Jalisco", "Jalisco", 8_000_000))]);

    private static string NameOf(string text, string mention, params (string Name, string Type)[] tagged)
    {
        var entities = EntityAnalysis.Run(text, KnowledgeBase.Empty, Places, new FakeTagger(tagged));
        return Assert.Single(entities.Entities, e => e.Mentions.Any(m => m.Slice(text) == mention)).Name;
    }

    [Theory]
    [InlineData("Los colectivos hallaron restos humanos en el rancho Los Cuervos, en el municipio de Tala, Jalisco.", "rancho Los Cuervos")]
    [InlineData("Os coletivos encontraram restos humanos no rancho Los Cuervos, no município de Tala, em Jalisco.", "rancho Los Cuervos")]
    [InlineData("Search groups found human remains at the Los Cuervos ranch, in the municipality of Tala, Jalisco.", "Los Cuervos ranch")]
    [InlineData("Zoekteams vonden menselijke resten op de ranch Los Cuervos in de staat Jalisco, meldde de politie.", "Los Cuervos")]
    [InlineData("Søgehold fandt menneskelige rester på ranchen Los Cuervos i delstaten Jalisco, oplyser politiet.", "Los Cuervos")]
    public void A_ranch_is_named_by_its_proper_part(string text, string mention)
    {
        Assert.Equal("Los Cuervos", NameOf(text, mention, (mention, "LOC")));
    }

    [Fact]
    public void A_name_that_is_only_a_generic_head_keeps_its_name()
    {
        Assert.Null(PlaceProperNames.ProperPart("Rancho", new HashSet<string> { "rancho" }));
        Assert.Null(PlaceProperNames.ProperPart("rancho el sauz", new HashSet<string> { "rancho" }));
        Assert.Null(PlaceProperNames.ProperPart("Ciudad-Stad", new HashSet<string> { "stad" }));
        Assert.Equal("Villa Morena", PlaceProperNames.ProperPart("landsbyen Villa Morena", new HashSet<string> { "landsbyen" }));
    }
}
