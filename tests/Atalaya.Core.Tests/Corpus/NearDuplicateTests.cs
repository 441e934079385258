using static Atalaya.Core.Tests.Corpus.Invented;

namespace Atalaya.Core.Tests.Corpus;

public sealed class NearDuplicateTests
{
    private const string Wire =
        "Hombres armados atacaron la madrugada del martes una vivienda en la colonia Las Palmas de Villa Ocaso, donde murieron cuatro personas y otras dos resultaron heridas.\n\n"
        + "Según la fiscalía estatal, los agresores llegaron en dos camionetas y dispararon contra la fachada antes de huir por la carretera que lleva a la sierra.\n\n"
        + "Vecinos relataron que escucharon más de cuarenta detonaciones y que la policía municipal tardó casi una hora en llegar al lugar de los hechos.\n\n"
        + "El gobierno del estado anunció el envío de un centenar de agentes y la instalación de puestos de control en los accesos al municipio.\n\n"
        + "La fiscalía no descartó que el ataque esté relacionado con la disputa entre grupos criminales por el control de las rutas de la región.\n\n"
        + "Hasta el cierre de esta edición no se había informado de ninguna detención relacionada con el caso.\n";

    [Fact]
    public void A_syndicated_copy_with_a_new_headline_byline_and_trimmed_last_paragraph_is_a_duplicate_of_the_original()
    {
        var original = Document("wire-1", "es", "2025-03-04", "Ataque armado deja cuatro muertos en Villa Ocaso\n\n" + Wire, "Ataque armado deja cuatro muertos en Villa Ocaso");
        var trimmed = Wire[..Wire.LastIndexOf("Hasta el cierre", StringComparison.Ordinal)];
        var copy = Document("paper-2", "es", "2025-03-04", "Masacre en Villa Ocaso: cuatro víctimas\nPor Redacción Norte\n\n" + trimmed + "Publicidad\n", "Masacre en Villa Ocaso: cuatro víctimas");
        copy.Byline = "Redacción Norte";
        copy.Boilerplate = [new() { Start = copy.Text!.LastIndexOf("Publicidad", StringComparison.Ordinal), End = copy.Text.Length - 1, Text = "Publicidad" }];
        var copyOfCopy = Document("paper-3", "es", "2025-03-05", "Cuatro muertos en Villa Ocaso\n\n" + trimmed, "Cuatro muertos en Villa Ocaso");

        var corpus = Build(original, copy, copyOfCopy);

        Assert.Null(corpus.Documents[0].DuplicateOf);
        Assert.Equal("wire-1", corpus.Documents[1].DuplicateOf);
        Assert.Equal("wire-1", corpus.Documents[2].DuplicateOf);
        Assert.Single(corpus.Documents.Select(d => d.Story).Distinct());
    }

    [Fact]
    public void An_exact_copy_points_at_the_first_document_with_that_text()
    {
        var corpus = Build(Document("a", "es", null, Wire), Document("b", "es", null, Wire));

        Assert.Equal("a", corpus.Documents[1].DuplicateOf);
    }

    [Fact]
    public void Another_outlets_write_up_of_the_same_event_is_not_a_copy()
    {
        var rewrite = "Cuatro personas perdieron la vida y dos más quedaron lesionadas luego de que un comando irrumpiera en un domicilio de Villa Ocaso.\n\n"
            + "Testigos dijeron a este medio que los atacantes viajaban en vehículos sin placas. Las autoridades estatales reforzaron la vigilancia.\n\n"
            + "El ayuntamiento decretó tres días de luto y pidió a la población mantener la calma mientras avanzan las investigaciones.\n";

        var corpus = Build(Document("a", "es", "2025-03-04", Wire), Document("b", "es", "2025-03-04", rewrite));

        Assert.Null(corpus.Documents[1].DuplicateOf);
    }

    [Fact]
    public void A_later_excerpt_keeping_more_than_half_of_an_earlier_article_word_for_word_is_a_copy()
    {
        var excerpt = Wire[..Wire.IndexOf("La fiscalía no descartó", StringComparison.Ordinal)];

        var corpus = Build(Document("a", "es", null, Wire), Document("b", "es", null, excerpt));

        Assert.Equal("a", corpus.Documents[1].DuplicateOf);
    }

    [Fact]
    public void A_later_text_that_expands_an_earlier_short_one_is_news_not_a_copy()
    {
        var first = Wire[..Wire.IndexOf("Vecinos relataron", StringComparison.Ordinal)];

        var corpus = Build(Document("a", "es", null, first), Document("b", "es", null, Wire));

        Assert.Null(corpus.Documents[1].DuplicateOf);
    }

    [Fact]
    public void An_excerpt_keeping_a_third_of_an_article_is_an_article_of_its_own()
    {
        var third = Wire[..Wire.IndexOf("Vecinos relataron", StringComparison.Ordinal)];

        var corpus = Build(Document("a", "es", null, Wire), Document("b", "es", null, third));

        Assert.Null(corpus.Documents[1].DuplicateOf);
    }

    [Fact]
    public void The_same_text_declared_in_another_language_is_looked_for_within_that_language_only()
    {
        var corpus = Build(Document("a", "es", null, Wire + "\n"), Document("b", "pt", null, Wire + "\n\n"));

        Assert.Null(corpus.Documents[1].DuplicateOf);
    }
}
