using System.Net;

namespace Atalaya.Web.Tests;

/// <summary>Every page answers at its name without ".html", as typed or shared; the API and unknown names are untouched.</summary>
[Collection(WorkbenchTests.Name)]
public sealed class CleanPageUrlTests(WorkbenchFixture fixture)
{
    [Theory]
    [InlineData("/events", "/events.html")]
    [InlineData("/events/", "/events.html")]
    [InlineData("/event?id=V1", "/event.html")]
    [InlineData("/entities", "/entities.html")]
    [InlineData("/entity?id=E1", "/entity.html")]
    [InlineData("/stories", "/stories.html")]
    [InlineData("/story?id=S1", "/story.html")]
    [InlineData("/search?q=cartel", "/search.html")]
    public async Task A_page_answers_at_its_name_as_at_its_file(string clean, string file)
    {
        using var byName = await fixture.Client.GetAsync(new Uri(clean, UriKind.Relative));
        using var byFile = await fixture.Client.GetAsync(new Uri(file, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, byName.StatusCode);
        Assert.Equal("text/html", byName.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await byFile.Content.ReadAsStringAsync(), await byName.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/index")]
    [InlineData("/css")]
    public async Task Other_names_are_still_not_found(string url)
    {
        using var response = await fixture.Client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_api_keeps_its_own_paths()
    {
        using var response = await fixture.Client.GetAsync(new Uri("/api/events", UriKind.Relative));
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }
}
