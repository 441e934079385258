namespace Atalaya.Watch.Tests;

public sealed class ItemUrlsTests
{
    [Theory]
    [InlineData("http://127.0.0.1:8080/a.html?utm_source=feed", "http://127.0.0.1:8080/a.html")]
    [InlineData("https://Example.ORG:443/nota?id=4&utm_medium=rss&fbclid=x#comentarios", "https://example.org/nota?id=4")]
    [InlineData("https://example.org/nota?id=4", "https://example.org/nota?id=4")]
    public void Tracking_parameters_fragments_default_ports_and_host_case_do_not_make_another_item(string given, string expected)
        => Assert.Equal(expected, ItemUrls.Canonical(new Uri(given)));
}
