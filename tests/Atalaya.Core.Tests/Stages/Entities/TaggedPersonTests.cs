using Atalaya.Core.Documents;
using Atalaya.Core.Stages.Entities;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Entities;

/// <summary>
/// What the tagger calls a person and is none: a model written as an acronym, a road between two
/// places joined by a hyphen. Invented models and towns.
/// </summary>
public sealed class TaggedPersonTests
{
    private static readonly FakePlaces Places = new(
    [
        ("Puerto Alto", FakePlaces.Town("Puerto Alto", "Jalisco", 3_000)),
        ("Villa Serena", FakePlaces.Town("Villa Serena", "Jalisco", 2_000)),
    ]);

    private static DocumentEntities Analyze(string text, string person)
        => EntityAnalysis.Run(text, KnowledgeBase.Empty, Places, new FakeTagger(person, "PER"));

    [Theory]
    [InlineData("La mina estalló al paso de un vehículo blindado del tipo ZORAX, usado en patrullajes.", "ZORAX")]
    [InlineData("The mine went off under an armoured ZORAX vehicle used for patrols in the area.", "ZORAX")]
    [InlineData("Minen eksploderte under et pansret kjøretøy av typen ZORAX som brukes til patruljering.", "ZORAX")]
    public void A_word_in_capitals_is_no_person(string text, string word)
        => Assert.DoesNotContain(Analyze(text, word).Entities, e => e.Type == "PER");

    [Theory]
    [InlineData("Los militares fueron atacados sobre la ruta Puerto Alto-Villa Serena el viernes.")]
    [InlineData("Os militares foram atacados na estrada Puerto Alto-Villa Serena na sexta-feira.")]
    [InlineData("The soldiers were attacked on the Puerto Alto-Villa Serena road on Friday.")]
    public void Two_places_joined_by_a_hyphen_are_no_person(string text)
        => Assert.DoesNotContain(Analyze(text, "Puerto Alto-Villa Serena").Entities, e => e.Type == "PER");
}
