using Atalaya.Core.Documents;

namespace Atalaya.Core.Tests.Documents;

public sealed class PartialDateTests
{
    [Fact]
    public void Prints_as_iso_8601_at_its_precision()
    {
        Assert.Equal("2020", PartialDate.OfYear(2020).ToString());
        Assert.Equal("2020-07", PartialDate.OfMonth(2020, 7).ToString());
        Assert.Equal("2020-07-04", PartialDate.OfDay(2020, 7, 4).ToString());
        Assert.Equal("1905-01-09", PartialDate.OfDay(1905, 1, 9).ToString());
    }

    [Theory]
    [InlineData(2024, 2, 29, "2024-02-29")]
    [InlineData(2024, 0, 0, "2024")]
    [InlineData(2100, 12, 31, "2100-12-31")]
    public void TryCreate_accepts_calendar_dates(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, PartialDate.TryCreate(year, month, day).ToString());
    }

    [Theory]
    [InlineData(2023, 2, 29)]
    [InlineData(2024, 4, 31)]
    [InlineData(1899, 12, 31)]
    [InlineData(2101, 1, 1)]
    public void TryCreate_refuses_impossible_or_implausible_dates(int year, int month, int day)
    {
        Assert.Null(PartialDate.TryCreate(year, month, day));
    }

    [Theory]
    [InlineData("2020-08", "2020-08-02", true)]
    [InlineData("2020", "2020-08-02", true)]
    [InlineData("2020-08-02", "2020-08-02", true)]
    [InlineData("2020-08-02", "2020-08-03", false)]
    [InlineData("2020-08", "2020-09-02", false)]
    [InlineData("2020", "2021-01", false)]
    public void Compatible_when_one_can_refine_the_other(string a, string b, bool expected)
    {
        Assert.Equal(expected, Parse(a).IsCompatibleWith(Parse(b)));
        Assert.Equal(expected, Parse(b).IsCompatibleWith(Parse(a)));
    }

    private static PartialDate Parse(string iso)
    {
        var parts = iso.Split('-').Select(int.Parse).ToArray();
        return PartialDate.TryCreate(parts[0], parts.Length > 1 ? parts[1] : 0, parts.Length > 2 ? parts[2] : 0)!.Value;
    }
}
