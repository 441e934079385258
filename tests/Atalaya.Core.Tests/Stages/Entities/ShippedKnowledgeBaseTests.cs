using Atalaya.Core.Pipeline;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Entities;

/// <summary>The shipped knowledge base through the whole pipeline: descriptions of people never take a person's name away.</summary>
public sealed class ShippedKnowledgeBaseTests
{
    [Theory]
    [InlineData("Militares detuvieron a dos integrantes del cártel Caborca en Sonora.", "cártel Caborca", "cartel-de-caborca")]
    [InlineData("Un operativo contra el cartel Jalisco Nueva Generación dejó tres detenidos.", "cartel Jalisco Nueva Generación", "cjng")]
    public void A_cartel_is_named_with_or_without_de(string text, string name, string kbId)
    {
        var entities = Some.Pipeline.Analyze(Some.Document(text)).Document.Get(Annotations.Entities);

        var cartel = Assert.Single(entities.Entities, e => e.KbId == kbId);
        Assert.Contains(cartel.Mentions, m => m.Slice(text) == name);
    }

    [Theory]
    [InlineData("El gobierno de Trump anunció nuevas sanciones contra los cárteles mexicanos.", "Trump", "donald-trump")]
    [InlineData("La esposa de El Mencho fue detenida en Zapopan, según la fiscalía.", "El Mencho", "nemesio-oseguera")]
    [InlineData("La facción de El Mayo controla el sur de Culiacán desde hace meses.", "El Mayo", "ismael-zambada")]
    public void A_description_of_a_person_leaves_the_person_a_mention(string text, string name, string kbId)
    {
        var entities = Some.Pipeline.Analyze(Some.Document(text)).Document.Get(Annotations.Entities);

        var person = Assert.Single(entities.Entities, e => e.KbId == kbId);
        Assert.Contains(person.Mentions, m => m.Slice(text) == name);
    }
}
