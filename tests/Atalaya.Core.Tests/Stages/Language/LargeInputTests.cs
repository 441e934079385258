using System.Text;
using Atalaya.Core.Documents;

namespace Atalaya.Core.Tests.Stages.Language;

/// <summary>Very long inputs: reading stops once the answer is certain, and the answer is still right.</summary>
public sealed class LargeInputTests
{
    private const int TenMegabytes = 10 * 1024 * 1024;

    private static readonly string[] Spanish =
    [
        "La policía detuvo el martes a tres hombres acusados de extorsionar a comerciantes del mercado central.",
        "Un incendio provocado destruyó anoche la sede de una cooperativa agrícola en las afueras del pueblo.",
        "Los vecinos denunciaron que los disparos se escucharon durante casi una hora y que nadie acudió a ayudarlos.",
        "El alcalde aseguró que no renunciará pese a las amenazas que ha recibido desde principios de año.",
        "Según la fiscalía, el grupo armado cobraba cuotas semanales a los transportistas de la zona.",
        "Dos agentes resultaron heridos durante el enfrentamiento y fueron trasladados a un hospital cercano.",
    ];

    private static readonly string[] Swedish =
    [
        "Polisen grep på tisdagen tre män som misstänks för att ha utpressat handlare på torget.",
        "En anlagd brand förstörde i natt lokalerna för en bostadsrättsförening i utkanten av staden.",
        "De boende säger att de hörde skottlossning i nästan en timme, men att ingen kom för att hjälpa dem.",
        "Enligt åklagaren krävde gänget varje vecka pengar av lastbilschaufförerna i området.",
    ];

    private static readonly string[] Dutch =
    [
        "De politie heeft dinsdag drie mannen aangehouden die winkeliers op de markt zouden hebben afgeperst.",
        "Een brandstichting heeft vannacht het gebouw van een buurtvereniging aan de rand van de stad verwoest.",
        "Buurtbewoners zeggen dat ze bijna een uur lang schoten hoorden, maar dat niemand hen kwam helpen.",
        "Volgens het Openbaar Ministerie eiste de bende elke week geld van vrachtwagenchauffeurs uit de regio.",
    ];

    [Fact]
    public void Ten_megabytes_of_one_language_are_identified()
    {
        var text = Build(TenMegabytes, Spanish);

        var guess = LangId.Identifier.Identify(text);

        Assert.Equal("es", guess.Code);
        Assert.True(guess.Confidence >= 0.9, guess.ToString());
    }

    [Fact]
    public void Ten_megabytes_read_through_spans_are_identified()
    {
        var text = Build(TenMegabytes, Swedish);
        var spans = Enumerable.Range(0, text.Length / 1000).Select(i => new TextSpan(i * 1000, (i * 1000) + 1000));

        Assert.Equal("sv", LangId.Identifier.Identify(text, spans).Code);
    }

    [Fact]
    public void Ten_megabytes_alternating_two_languages_give_one_of_them()
    {
        var paragraphs = new[] { string.Join(' ', Swedish), string.Join(' ', Dutch) };
        var builder = new StringBuilder(TenMegabytes + 1000);
        for (var i = 0; builder.Length < TenMegabytes; i++)
        {
            builder.Append(paragraphs[i % 2]).Append("\n\n");
        }

        var guess = LangId.Identifier.Identify(builder.ToString());

        Assert.True(guess.Code is "sv" or "nl", guess.ToString());
        Assert.InRange(guess.Confidence, 0.0, 1.0);
    }

    [Fact]
    public void A_long_text_ending_in_another_language_keeps_the_language_of_its_bulk()
    {
        // Reading stops early; what comes after the first tens of thousands of letters cannot win.
        var text = Build(TenMegabytes / 10, Dutch) + string.Join(' ', Enumerable.Repeat(string.Join(' ', Swedish), 5));

        Assert.Equal("nl", LangId.Identifier.Identify(text).Code);
    }

    /// <summary>Sentences in a rotating order (so the text is not one period repeated) up to <paramref name="length"/> characters.</summary>
    private static string Build(int length, string[] sentences)
    {
        var builder = new StringBuilder(length + 1000);
        for (var i = 0; builder.Length < length; i++)
        {
            builder.Append(sentences[(i * 7 + (i / sentences.Length)) % sentences.Length]).Append(i % 5 == 4 ? "\n\n" : " ");
        }

        return builder.ToString();
    }
}
