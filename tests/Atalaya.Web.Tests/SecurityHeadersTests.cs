using System.Net;

namespace Atalaya.Web.Tests;

[Collection(WorkbenchTests.Name)]
public sealed class SecurityHeadersTests(WorkbenchFixture fixture)
{
    [Theory]
    [InlineData("/api/filters")]
    [InlineData("/api/events?page=0")]
    [InlineData("/api/events/V999999")]
    [InlineData("/api/no-such-endpoint")]
    [InlineData("/openapi")]
    [InlineData("/")]
    [InlineData("/no-such-page.html")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        using var response = await fixture.Client.GetAsync(new Uri(url, UriKind.Relative));
        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
            policy);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", string.Join(' ', response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", string.Join(' ', response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task The_pages_are_served_as_static_files()
    {
        using var response = await fixture.Client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public void The_server_binds_to_loopback_unless_told_otherwise()
    {
        string? urls = null;
        using var app = WorkbenchServer.Build(
            new WorkbenchOptions { DatabasePath = fixture.DatabasePath },
            builder => urls = builder.WebHost.GetSetting(Microsoft.AspNetCore.Hosting.WebHostDefaults.ServerUrlsKey));
        Assert.Equal("http://127.0.0.1:5080", urls);
        Assert.Equal("http://127.0.0.1:5080", WorkbenchOptions.DefaultUrls);
    }
}
