using Atalaya.Core.Documents;
using Atalaya.Core.Resources;
using Atalaya.Core.Stages.Entities;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Entities;

/// <summary>Places written one letter off, and municipalities that share their name with their seat (invented places).</summary>
public sealed class MisspeltPlaceTests
{
    private static PlaceCandidate Place(string name, string admin1, string? admin2, string kind, long population, long id)
        => new(new GeoPoint(name, admin1, admin2, "MX", 20, -103, id, kind), kind, population);

    private static readonly FakePlaces Places = new(
    [
        ("Jalisco", Place("Jalisco", "Jalisco", null, "admin1", 8_000_000, 1)),
        ("Sonora", Place("Sonora", "Sonora", null, "admin1", 2_900_000, 2)),
        ("Ojo Zarco", Place("Ojo Zarco", "Jalisco", "Cerro Alto", "city", 6_000, 3)),
        ("Ojo Parco", Place("Ojo Parco", "Sonora", "Bacadéhuachi", "city", 900, 4)),
        ("Cerro Alto", Place("La Loma", "Jalisco", "Cerro Alto", "city", 25_000, 5)),
        ("Cerro Alto", Place("Cerro Alto", "Jalisco", "Cerro Alto", "admin2", 20_000, 6)),
    ]);

    private static DocumentEntity Locate(string text, string name)
    {
        var entities = EntityAnalysis.Run(text, new KnowledgeBase([]), Places, new FakeTagger(name, "LOC"));
        return Assert.Single(entities.Entities, e => e.Name == name);
    }

    [Theory]
    [InlineData("Hombres armados atacaron a la policía en Ojo Sarco, en el estado de Jalisco, el lunes por la noche.")]
    [InlineData("Gunmen attacked police officers in Ojo Sarco, in the state of Jalisco, on Monday night.")]
    [InlineData("Bevæbnede mænd angreb politiet i Ojo Sarco i delstaten Jalisco mandag aften.")]
    public void A_town_written_one_letter_off_next_to_its_state_is_that_town(string text)
        => Assert.Equal(3L, Locate(text, "Ojo Sarco").Geo?.GeonamesId);

    [Fact]
    public void Without_its_state_next_to_it_a_misspelt_name_stays_unplaced()
        => Assert.Null(Locate("En Jalisco la violencia no cede. Hombres armados atacaron a la policía en Ojo Sarco el lunes por la noche.", "Ojo Sarco").Geo);

    [Fact]
    public void Two_towns_one_letter_off_in_the_states_next_to_it_leave_it_unplaced()
        => Assert.Null(Locate("Hombres armados atacaron a la policía en Ojo Tarco, Jalisco y Sonora, el lunes por la noche.", "Ojo Tarco").Geo);

    [Fact]
    public void A_municipality_named_as_written_comes_before_its_seat_known_by_another_name()
        => Assert.Equal("Cerro Alto", EntityAnalysis.Run("Un convoy fue atacado en Cerro Alto, Jalisco, el viernes por la mañana.", new KnowledgeBase([]), Places)
            .Entities.Single(e => e.Name == "Cerro Alto").Geo?.Place);
}
