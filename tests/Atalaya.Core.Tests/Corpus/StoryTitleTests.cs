using Atalaya.Core.Contract;
using static Atalaya.Core.Tests.Corpus.Invented;

namespace Atalaya.Core.Tests.Corpus;

/// <summary>A story's title comes from its first document: the headline, else the lead sentence of the body.</summary>
public sealed class StoryTitleTests
{
    [Fact]
    public void A_story_whose_first_document_has_a_headline_takes_it()
    {
        var corpus = Build(
            Document("a", "es", "2025-05-02", "Enfrentamiento en Villa Ocaso deja tres muertos\n\nTres hombres murieron el jueves en un enfrentamiento en Villa Ocaso.", "Enfrentamiento en Villa Ocaso deja tres muertos"));

        Assert.Equal("Enfrentamiento en Villa Ocaso deja tres muertos", Assert.Single(corpus.Stories).Title);
    }

    [Fact]
    public void Without_a_headline_the_lead_sentence_is_the_title_without_a_date_stamp_or_boilerplate()
    {
        var text = "Compartir en Facebook\n date 2025-05 Tres hombres murieron el jueves en un enfrentamiento en Villa Ocaso. La fiscalía abrió una investigación.\n";
        var document = Document("a", "es", "2025-05-02", text);
        document.Boilerplate = [new ContractSpan { Start = 0, End = 21, Text = "Compartir en Facebook" }];

        var corpus = Build(document);

        Assert.Equal("Tres hombres murieron el jueves en un enfrentamiento en Villa Ocaso.", Assert.Single(corpus.Stories).Title);
    }

    [Fact]
    public void A_long_lead_is_cut_at_a_word_with_an_ellipsis()
    {
        var text = "Tres hombres armados que viajaban en una camioneta blanca sin placas murieron el jueves por la tarde en un enfrentamiento con agentes de la policía estatal en las afueras de Villa Ocaso, según informó la fiscalía.";

        var title = Assert.Single(Build(Document("a", "es", "2025-05-02", text)).Stories).Title!;

        Assert.EndsWith("…", title, StringComparison.Ordinal);
        Assert.True(title.Length <= 111, title);
        Assert.StartsWith(title[..^1], text, StringComparison.Ordinal);
        Assert.Equal(' ', text[title.Length - 1]);
    }

    [Fact]
    public void A_fragment_is_no_title()
        => Assert.Null(Assert.Single(Build(Document("a", "es", "2025-05-02", "Foto: archivo")).Stories).Title);
}
