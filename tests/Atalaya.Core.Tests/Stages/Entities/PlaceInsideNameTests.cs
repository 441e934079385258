using Atalaya.Core.Documents;
using Atalaya.Core.Stages.Entities;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Entities;

/// <summary>
/// A place is never taken from inside a person's name: a full name the tagger sees wins over a
/// country or city its first word also names, unless the whole is a place. Invented people.
/// </summary>
public sealed class PlaceInsideNameTests
{
    private static readonly FakePlaces Places = new(
    [
        ("Chad", new PlaceCandidate(new GeoPoint("Chad", null, null, "TD", 15, 19, 2434508), "country", 17_000_000)),
        ("Francia", new PlaceCandidate(new GeoPoint("France", null, null, "FR", 46, 2, 3017382), "country", 67_000_000)),
        ("Jordan", new PlaceCandidate(new GeoPoint("Jordan", null, null, "JO", 31, 36, 248816), "country", 10_000_000)),
        ("Puerto Alto", FakePlaces.Town("Puerto Alto", "Jalisco", 300_000)),
        ("Puerto", FakePlaces.Town("Puerto", "Jalisco", 1_000)),
    ]);

    private static DocumentEntities Analyze(string text, string person)
        => EntityAnalysis.Run(text, KnowledgeBase.Empty, Places, new FakeTagger(person, "PER"));

    [Theory]
    [InlineData("The spokesman, Chad Whitley, said the patrol had been ambushed on the road.", "Chad Whitley")]
    [InlineData("La vocera, Francia Olvera Ruiz, confirmó que la patrulla fue emboscada en la carretera.", "Francia Olvera Ruiz")]
    [InlineData("Woordvoerder Jordan Verhulst zei dat de patrouille op de weg in een hinderlaag liep.", "Jordan Verhulst")]
    [InlineData("Talsmann Jordan Søreide sa at patruljen ble overfalt på veien natt til fredag.", "Jordan Søreide")]
    public void A_full_name_opening_with_a_country_is_one_person(string text, string person)
    {
        var entities = Analyze(text, person);

        var only = Assert.Single(entities.Entities);
        Assert.Equal(("PER", person), (only.Type, only.Mentions.Single().Slice(text)));
    }

    [Fact]
    public void A_place_the_tagger_calls_a_person_stays_a_place()
    {
        var text = "Los enfrentamientos en Puerto Alto dejaron cinco muertos el domingo por la noche.";
        var entities = Analyze(text, "Puerto Alto");

        Assert.DoesNotContain(entities.Entities, e => e.Type == "PER");
    }
}
