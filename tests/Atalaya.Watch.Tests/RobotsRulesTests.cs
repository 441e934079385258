namespace Atalaya.Watch.Tests;

public sealed class RobotsRulesTests
{
    private const string Robots = """
        # invented site
        User-agent: *
        Disallow: /privado/
        Allow: /privado/publico
        Disallow: /*.pdf$

        User-agent: OtroBot
        User-agent: atalaya
        Disallow: /borradores
        Crawl-delay: 2.5
        """;

    [Fact]
    public void The_group_naming_our_token_wins_over_the_star_group()
    {
        var ours = RobotsRules.Parse(Robots, "Atalaya");

        Assert.False(ours.Allows(new Uri("http://127.0.0.1/borradores/uno.html")));
        Assert.True(ours.Allows(new Uri("http://127.0.0.1/privado/nota.html")));
        Assert.Equal(TimeSpan.FromSeconds(2.5), ours.CrawlDelay);
    }

    [Fact]
    public void Without_our_group_the_longest_rule_of_the_star_group_decides_and_patterns_match()
    {
        var others = RobotsRules.Parse(Robots, "SomeCrawler");

        Assert.False(others.Allows(new Uri("http://127.0.0.1/privado/nota.html")));
        Assert.True(others.Allows(new Uri("http://127.0.0.1/privado/publico/nota.html")));
        Assert.False(others.Allows(new Uri("http://127.0.0.1/informe/anual.pdf")));
        Assert.True(others.Allows(new Uri("http://127.0.0.1/informe/anual.pdf?v=2")));
        Assert.True(others.Allows(new Uri("http://127.0.0.1/notas/1.html")));
        Assert.Null(others.CrawlDelay);
    }

    [Fact]
    public void No_file_allows_everything_and_an_unreachable_one_nothing()
    {
        Assert.True(RobotsRules.AllowAll.Allows(new Uri("http://127.0.0.1/x")));
        Assert.False(RobotsRules.DisallowAll.Allows(new Uri("http://127.0.0.1/x")));
        Assert.True(RobotsRules.Parse("", "Atalaya").Allows(new Uri("http://127.0.0.1/x")));
    }
}
