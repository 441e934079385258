using Atalaya.Core.Stages.Cleaning;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Cleaning;

public sealed class UrlDatesTests
{
    [Theory]
    [InlineData("https://d.example/2017/12/13/secuestro/", "2017-12-13")]
    [InlineData("https://d.example/2017/1/5/nota", "2017-01-05")]
    [InlineData("https://d.example/2017/12/secuestro", "2017-12")]
    [InlineData("https://d.example/secuestro-20171213-0042.html", "2017-12-13")]
    [InlineData("https://d.example/archivo/2017-12-13/secuestro", "2017-12-13")]
    [InlineData("https://d.example/2021/09/balacera-20210914-0042.html", "2021-09-14")]
    [InlineData("https://d.example/nota_19991231.html?utm=x", "1999-12-31")]
    public void Date_in_the_url(string url, string expected)
    {
        Assert.Equal(expected, UrlDates.Find(url).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("https://d.example/nacional/secuestro-reynosa")]
    [InlineData("https://d.example/nota/12345678/secuestro")]
    [InlineData("https://d.example/2017/13/40/secuestro")]
    [InlineData("https://d.example/2017/1234567/secuestro")]
    public void No_date_in_the_url(string? url)
    {
        Assert.Null(UrlDates.Find(url));
    }

    [Fact]
    public void Invalid_first_match_falls_through_to_a_valid_one()
    {
        Assert.Equal("2020-08-02", UrlDates.Find("https://d.example/2017/13/x/nota-20200802.html").ToString());
    }

    [Theory]
    [InlineData("https://d.example/esteri/21_marzo_14/ostaggi-liberati.shtml", "2021-03-14")]
    [InlineData("https://d.example/world/2021/mar/14/hostages-freed", "2021-03-14")]
    [InlineData("https://d.example/nachrichten/14-maerz-2021-geiseln-befreit", "2021-03-14")]
    [InlineData("https://d.example/nyheter/2021-mars-14/gisler-satt-fri", "2021-03-14")]
    public void Month_name_in_the_url(string url, string expected)
    {
        Assert.Equal(expected, UrlDates.Find(url, Some.Resources.Dates).ToString());
    }

    [Theory]
    [InlineData("https://d.example/nacional/ataque-15-mayo-3-policias-heridos")]
    [InlineData("https://d.example/esteri/21_giorni_14/storia")]
    public void Slug_words_between_numbers_are_no_url_date(string url)
    {
        Assert.Null(UrlDates.Find(url, Some.Resources.Dates));
    }
}
