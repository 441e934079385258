using Atalaya.Core.Documents;
using Atalaya.Core.Resources;
using Atalaya.Core.Stages.Entities;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Entities;

/// <summary>
/// Words that are also place names in the gazetteer: months, numbers, given names and surnames,
/// and towns abroad with weak evidence (invented people; the gazetteer entries stand for real ones).
/// </summary>
public sealed class PlaceHygieneTests
{
    private static PlaceCandidate Place(string name, string? admin1, string country, string kind, long population, long id)
        => new(new GeoPoint(name, admin1, null, country, 10, 10, id, kind), kind, population);

    private static readonly FakePlaces Places = new(
    [
        ("Mascota", Place("Mascota", "Jalisco", "MX", "city", 7_000, 1)),
        ("Jalisco", Place("Jalisco", "Jalisco", "MX", "admin1", 8_000_000, 2)),
        ("March", Place("March", "England", "GB", "city", 21_000, 3)),
        ("Março", Place("Março", "Lisboa", "PT", "city", 5_000, 4)),
        ("Israel", Place("Israel", null, "IL", "country", 9_000_000, 5)),
        ("India", Place("India", null, "IN", "country", 1_400_000_000, 6)),
        ("Santos", Place("Santos", "São Paulo", "BR", "city", 433_000, 7)),
        ("Palmer", Place("Palmerston North", "Manawatu", "NZ", "city", 500_000, 8)),
        ("Houston", Place("Houston", "Texas", "US", "city", 2_300_000, 9)),
        ("Man", Place("Man", "Montagnes", "CI", "city", 240_000, 10)),
        ("Mexiko", Place("Mexico", null, "MX", "country", 126_000_000, 11)),
    ]);

    private static IEnumerable<string> Locations(string text)
        => EntityAnalysis.Run(text, new KnowledgeBase([]), Places).Entities.Where(e => e.Type == "LOC").Select(e => e.Name);

    [Theory]
    [InlineData("In March, soldiers arrested two men in Mascota, Jalisco, after a long chase.", "March")]
    [InlineData("Em Março, soldados prenderam dois homens em Mascota, Jalisco, depois de uma perseguição.", "Março")]
    public void A_month_is_no_place(string text, string month)
    {
        var places = Locations(text).ToList();

        Assert.DoesNotContain(month, places);
        Assert.Contains("Mascota", places);
    }

    [Theory]
    [InlineData("El fiscal del estado, Israel Montero, confirmó el ataque en Mascota durante la noche.", "Israel")]
    [InlineData("Officials at Air India said that every flight to Mascota was cancelled on Monday.", "India")]
    [InlineData("El fiscal Ramiro Cortés de los Santos habló con la prensa en Mascota el martes.", "Santos")]
    public void A_place_inside_a_longer_name_is_no_place(string text, string name)
        => Assert.DoesNotContain(name, Locations(text));

    [Fact]
    public void A_country_before_a_capitalized_noun_in_german_is_still_the_country()
        => Assert.Contains("Mexiko", Locations("Die Regierung sagt, dass in Mexiko Drogenkartelle immer mächtiger werden."));

    [Theory]
    [InlineData("The suspects fled towards Palmer before soldiers arrived in Mascota on Friday.", "Palmer")]
    [InlineData("Man tror att gruppen ligger bakom attacken i Mascota i fredags.", "Man")]
    public void A_town_abroad_written_as_another_name_or_opening_a_sentence_is_no_place(string text, string name)
        => Assert.DoesNotContain(name, Locations(text));

    [Fact]
    public void A_big_town_abroad_written_as_itself_stays_a_place()
        => Assert.Contains("Houston", Locations("Flights from Houston to Mascota were suspended after the attack, the airline said."));
}
