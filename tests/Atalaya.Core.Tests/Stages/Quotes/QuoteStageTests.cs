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

    [Theory]
    [InlineData(
        "\"Our patrols will stay in every town of the region until the attacks stop,\" said Claudia Sheinbaum on Tuesday.",
        "The president spoke in Mexico City after a meeting with the security cabinet.",
        "\"Nobody will be left without protection in the mountains,\" she added.")]
    [InlineData(
        "«Las patrullas seguirán en cada pueblo de la región hasta que cesen los ataques», afirmó Claudia Sheinbaum el martes.",
        "La presidenta habló en la Ciudad de México tras una reunión con el gabinete de seguridad.",
        "«Nadie quedará sin protección en la sierra», añadió.")]
    [InlineData(
        "„Unsere Patrouillen bleiben in jedem Ort der Region, bis die Angriffe aufhören“, sagte Claudia Sheinbaum am Dienstag.",
        "Die Präsidentin sprach in Mexiko-Stadt nach einem Treffen mit dem Sicherheitskabinett.",
        "„Niemand in den Bergen wird ohne Schutz bleiben“, fügte sie hinzu.")]
    [InlineData(
        "« Nos patrouilles resteront dans chaque village de la région jusqu'à la fin des attaques », a déclaré Claudia Sheinbaum mardi.",
        "La présidente s'exprimait à Mexico après une réunion du cabinet de sécurité.",
        "« Personne ne restera sans protection dans la montagne », a-t-elle ajouté.")]
    [InlineData(
        "– Patruljene blir værende i hver by i regionen til angrepene stopper, sier Claudia Sheinbaum.",
        "Presidenten snakket i Mexico by etter et møte med sikkerhetskabinettet.",
        "– Ingen i fjellene skal stå uten beskyttelse, la hun til.")]
    public void A_pronoun_or_a_bare_verb_after_a_quote_refers_back_to_the_person_named_last(string first, string between, string second)
    {
        var quotes = Quotes(Some.Lines(first, between, second));

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, quote => Assert.Equal("Claudia Sheinbaum Pardo", quote.Speaker?.Name));
    }

    [Fact]
    public void A_bare_verb_followed_by_its_own_subject_refers_back_to_nobody()
    {
        var quotes = Quotes(Some.Lines(
            "«Las patrullas seguirán en cada pueblo de la región hasta que cesen los ataques», afirmó Claudia Sheinbaum el martes.",
            "«Nadie quedará sin protección en la sierra», añadió el portavoz del gobierno estatal."));

        Assert.Equal("Claudia Sheinbaum Pardo", quotes[0].Speaker?.Name);
        Assert.Null(quotes[1].Speaker);
    }

    [Fact]
    public void A_pronoun_reaches_back_only_a_few_sentences()
    {
        var quotes = Quotes(Some.Lines(
            "\"Our patrols will stay in every town of the region until the attacks stop,\" said Claudia Sheinbaum on Tuesday.",
            "Soldiers arrived in the valley on Wednesday morning.",
            "The roads to the north were closed for two days.",
            "Schools reopened on Friday after the army left.",
            "Farmers went back to their fields the next week.",
            "\"We are not afraid of them any more,\" she said."));

        Assert.Null(quotes[1].Speaker);
    }

    [Fact]
    public void A_person_named_inside_a_quote_is_not_whom_a_pronoun_refers_back_to()
    {
        var quotes = Quotes(Some.Lines(
            "\"Our patrols will stay in every town of the region until the attacks stop,\" said Claudia Sheinbaum on Tuesday.",
            "\"We are not afraid of them,\" said a farmer. \"They killed Omar García Harfuch's cousin last year in this very village.\"",
            "\"Nobody will be left without protection in the mountains,\" she added."));

        Assert.Equal("Claudia Sheinbaum Pardo", quotes[^1].Speaker?.Name);
    }

    [Fact]
    public void A_quote_that_goes_on_in_the_same_paragraph_keeps_its_speaker()
    {
        var quotes = Quotes("\"Our patrols will stay in every town of the region until the attacks stop,\" Claudia Sheinbaum said. \"Nobody will be left without protection.\"");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("Claudia Sheinbaum Pardo", quotes[1].Speaker?.Name);
        Assert.Equal("Nobody will be left without protection.", quotes[1].Span.Slice(Some.Lines("\"Our patrols will stay in every town of the region until the attacks stop,\" Claudia Sheinbaum said. \"Nobody will be left without protection.\"")));
    }

    [Fact]
    public void A_quote_in_a_new_paragraph_without_attribution_keeps_no_speaker()
    {
        var quotes = Quotes(Some.Lines(
            "\"Our patrols will stay in every town of the region until the attacks stop,\" Claudia Sheinbaum said.",
            "\"Nobody here believes the patrols will stay for long in the mountains.\""));

        Assert.Null(quotes[1].Speaker);
    }

    private static IReadOnlyList<DocumentQuote> Quotes(string text)
        => Some.Pipeline.Analyze(Some.Document(text, published: "2024-03-12")).Document.Get(Annotations.Quotes).Quotes;
}
