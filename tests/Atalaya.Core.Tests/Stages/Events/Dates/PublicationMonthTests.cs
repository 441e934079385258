namespace Atalaya.Core.Tests.Stages.Events.Dates;

/// <summary>An incident the text does not date took place on the publication day or some days before: it is dated by the month.</summary>
public sealed class PublicationMonthTests
{
    [Theory]
    [InlineData("es", "Hombres armados mataron a dos policías en Zamora, Michoacán.")]
    [InlineData("de", "Bewaffnete töteten zwei Polizisten in Zamora, Michoacán.")]
    [InlineData("da", "Bevæbnede mænd dræbte to politibetjente i Zamora i Michoacán.")]
    public void An_undated_incident_takes_the_publication_month(string language, string text)
    {
        var attack = EventAnalysis.Single(text);

        Assert.True(attack.Date is { Precision: Atalaya.Core.Documents.DatePrecision.Month, Year: 2024, Month: 3 }, $"{language}: {EventAnalysis.Describe(attack)}");
    }

    [Fact]
    public void A_day_the_text_gives_stays_a_day()
    {
        var attack = EventAnalysis.Single("Gunmen killed two police officers in Zamora, Michoacán, on Sunday.");

        Assert.Equal("2024-03-10", attack.Date.ToString());
    }
}
