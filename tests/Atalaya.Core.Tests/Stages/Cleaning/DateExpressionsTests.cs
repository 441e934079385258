using Atalaya.Core.Documents;
using Atalaya.Core.Stages.Cleaning;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Cleaning;

public sealed class DateExpressionsTests
{
    private static List<DateMatch> Find(string text) => DateExpressions.Find(text, new TextSpan(0, text.Length), Some.Resources.Dates);

    [Theory]
    [InlineData("2020-07", "2020-07", "2020-07")]
    [InlineData("date 2024-03-12T10:00:00Z", "2024-03-12", "2024-03-12T10:00:00Z")]
    [InlineData("14/10/2019 - 15:59:24", "2019-10-14", "14/10/2019")]
    [InlineData("Oppdatert 05.02.2025 kl. 14:10", "2025-02-05", "05.02.2025 kl. 14:10")]
    [InlineData("el 13 de diciembre de 2017", "2017-12-13", "13 de diciembre de 2017")]
    [InlineData("Published 12 March 2024", "2024-03-12", "12 March 2024")]
    [InlineData("Posted March 12, 2024", "2024-03-12", "March 12, 2024")]
    [InlineData("Sept. 3rd, 2023", "2023-09-03", "Sept. 3rd, 2023")]
    [InlineData("le 1er mars 2024 à 09h15", "2024-03-01", "1er mars 2024 à 09h15")]
    [InlineData("am 5. Februar 2025", "2025-02-05", "5. Februar 2025")]
    [InlineData("3 d'agost de 2024", "2024-08-03", "3 d'agost de 2024")]
    [InlineData("desde diciembre de 2017", "2017-12", "diciembre de 2017")]
    [InlineData("12 MARZO 2024", "2024-03-12", "12 MARZO 2024")]
    public void Date_is_read_with_its_span(string text, string expected, string span)
    {
        var match = Find(text)[0];

        Assert.Equal(expected, match.Date.ToString());
        Assert.Equal(span, match.Span.Slice(text));
    }

    [Theory]
    [InlineData("14/10/19", "2019-10-14")]
    [InlineData("01.01.69", "2069-01-01")]
    [InlineData("03/25/2024", "2024-03-25")]
    [InlineData("29/02/2024", "2024-02-29")]
    public void Numeric_dates_are_day_first_with_two_digit_years_and_month_first_fallback(string text, string expected)
    {
        Assert.Equal(expected, Assert.Single(Find(text)).Date.ToString());
    }

    [Theory]
    [InlineData("31/02/2024")]
    [InlineData("2024-02-30")]
    [InlineData("13 de Navolato de 2024")]
    [InlineData("3 de marzo de 1850")]
    [InlineData("la temporada 2019-2020")]
    [InlineData("llamar al 5555-1234")]
    public void Impossible_or_non_dates_are_rejected(string text)
    {
        Assert.Empty(Find(text));
    }

    [Fact]
    public void Several_dates_are_found_in_text_order()
    {
        var found = Find("Del 3 de marzo de 2024 al 2024-04-10, y de nuevo el 15/05/2024");

        Assert.Equal(["2024-03-03", "2024-04-10", "2024-05-15"], found.Select(f => f.Date.ToString()));
    }

    [Fact]
    public void Offsets_are_relative_to_the_whole_text_when_searching_a_span()
    {
        const string text = "Título\nPublicado el 13 de diciembre de 2017\n";

        var match = Assert.Single(DateExpressions.Find(text, new TextSpan(7, 43), Some.Resources.Dates));

        Assert.Equal("13 de diciembre de 2017", match.Span.Slice(text));
    }

    [Fact]
    public void Date_span_does_not_include_the_space_after_a_time()
    {
        const string text = "12/03/2024 10:00 | Actualizado";

        Assert.Equal("12/03/2024 10:00", Find(text)[0].Span.Slice(text));
    }
}
