using Atalaya.Core.Documents;
using Atalaya.Core.Pipeline;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Quotes;

/// <summary>Direct quotes and their speakers in invented sentences, in several languages, through the real pipeline.</summary>
public sealed class QuoteStageTests
{
    [Theory]
    [InlineData("\"We will not negotiate with criminal groups under any circumstances,\" said Claudia Sheinbaum on Tuesday in Mexico City.", "We will not negotiate with criminal groups under any circumstances,")]
    [InlineData("La presidenta Claudia Sheinbaum dijo: «No vamos a negociar con los grupos criminales bajo ninguna circunstancia».", "No vamos a negociar con los grupos criminales bajo ninguna circunstancia")]
    [InlineData("«No vamos a negociar con los grupos criminales bajo ninguna circunstancia», afirmó Claudia Sheinbaum en su conferencia matutina.", "No vamos a negociar con los grupos criminales bajo ninguna circunstancia")]
    [InlineData("„Wir werden mit kriminellen Gruppen unter keinen Umständen verhandeln“, sagte Claudia Sheinbaum am Dienstag in Mexiko-Stadt.", "Wir werden mit kriminellen Gruppen unter keinen Umständen verhandeln")]
    [InlineData("« Nous ne négocierons jamais avec les groupes criminels du pays », a déclaré Claudia Sheinbaum mardi à Mexico.", "Nous ne négocierons jamais avec les groupes criminels du pays")]
    [InlineData("\"We zullen nooit onderhandelen met de criminele groepen in dit land\", aldus Claudia Sheinbaum dinsdag in Mexico-Stad.", "We zullen nooit onderhandelen met de criminele groepen in dit land")]
    public void A_quote_is_the_words_between_the_marks_and_its_speaker_is_named_beside_the_speech_verb(string text, string words)
    {
        var quote = Assert.Single(Quotes(text));

        Assert.Equal(words, quote.Span.Slice(text));
        Assert.Equal("Claudia Sheinbaum Pardo", quote.Speaker?.Name);
    }

    [Fact]
    public void Nordic_dash_speech_ends_at_the_comma_before_the_attribution()
    {
        var text = Some.Lines(
            "Presidenten møtte pressen i Mexico by tirsdag morgen etter angrepet.",
            "– Vi kommer aldri til å forhandle med de kriminelle gruppene, sier Claudia Sheinbaum.");

        var quote = Assert.Single(Quotes(text));

        Assert.Equal("Vi kommer aldri til å forhandle med de kriminelle gruppene", quote.Span.Slice(text));
        Assert.Equal("Claudia Sheinbaum Pardo", quote.Speaker?.Name);
    }

    [Fact]
    public void A_quote_whose_attribution_names_nobody_keeps_no_speaker()
    {
        var quote = Assert.Single(Quotes("\"Nobody in this town feels safe any more,\" a resident said on Sunday after the shooting."));

        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void A_nickname_in_quotation_marks_is_no_quote()
        => Assert.Empty(Quotes("Soldiers arrested a man known as \"El Gordo\" in Culiacán on Monday morning."));

    private static IReadOnlyList<DocumentQuote> Quotes(string text)
        => Some.Pipeline.Analyze(Some.Document(text, published: "2024-03-12")).Document.Get(Annotations.Quotes).Quotes;
}
