using Atalaya.Core.Documents;
using Atalaya.Core.Pipeline;
using Atalaya.Core.Stages.Geo;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Entities;

/// <summary>Neighbourhoods of a big city written after a locative preposition without a cue word (invented neighbourhoods, shipped gazetteer).</summary>
public sealed class NeighbourhoodTests
{
    private static DocumentEntities Analyze(string text)
        => Some.Pipeline.Analyze(Some.Document(text, published: "2024-03-12")).Document.Get(Annotations.Entities);

    [Theory]
    [InlineData("Tiroteo en Monterrey. Hombres armados dispararon el lunes contra una patrulla en las Lomas de Tarambuco, en Monterrey, y mataron a dos policías, informó la policía de Monterrey.", "Lomas de Tarambuco", "Nuevo León")]
    [InlineData("Schießerei in Monterrey. Bewaffnete haben am Montag in den Lomas de Tarambuco in Monterrey zwei Polizisten erschossen, teilte die Polizei von Monterrey mit.", "Lomas de Tarambuco", "Nuevo León")]
    [InlineData("Skyting i Tijuana. Væpnede menn skjøt mandag to politifolk i Lomas de Tarambuco i Tijuana, opplyser politiet i Tijuana.", "Lomas de Tarambuco", "Baja California")]
    public void A_name_of_several_words_after_a_locative_preposition_is_a_neighbourhood_of_the_city_the_document_is_about(string text, string name, string state)
    {
        var entities = Analyze(text);
        var place = Assert.Single(entities.Entities, e => e.Name.Contains("Tarambuco", StringComparison.Ordinal));

        Assert.Equal("LOC", place.Type);
        Assert.Equal(PlaceKinds.Locality, place.Geo?.Kind);
        Assert.Equal(state, place.Geo?.Admin1);
        Assert.Contains(name, place.Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Violencia en Zacatecas. Hombres armados mataron el lunes a dos policías en las Lomas de Tarambuco, según la fiscalía de Zacatecas.")]
    [InlineData("Gewalt in Zacatecas. Bewaffnete haben am Montag in den Lomas de Tarambuco zwei Polizisten erschossen, teilte die Staatsanwaltschaft von Zacatecas mit.")]
    [InlineData("Vold i Zacatecas. Væpnede menn skjøt mandag to politifolk i Lomas de Tarambuco, opplyser påtalemyndigheten i Zacatecas.")]
    public void A_name_is_not_put_in_a_place_that_is_not_a_big_city(string text)
    {
        var entities = Analyze(text);

        Assert.DoesNotContain(entities.Entities, e => e.Name.Contains("Tarambuco", StringComparison.Ordinal) && e.Geo is not null);
    }
}
