using Atalaya.Web.BrowserTests.Support;

namespace Atalaya.Web.BrowserTests.Pages;

/// <summary>An article's HTML and script are text: shown as written, never run, never turned into elements.</summary>
[Collection(WorkbenchGroup.Name)]
public sealed class SecurityTests(Workbench workbench)
{
    [Fact]
    public async Task The_hostile_article_shows_its_markup_as_text_on_the_event_story_and_search_pages()
    {
        await using var page = await workbench.OpenAsync();
        await page.GoAsync("/events.html?state=Colima");
        await page.Page.Locator("#events-table tbody tr").First.Locator("td a").First.ClickAsync();
        await page.Page.WaitForURLAsync("**/event.html?id=*");
        await page.ReadyAsync();
        await AssertInertAsync(page, $"article[data-document='{InventedArticles.HostileEnglish}']");
        await page.ScreenshotAsync("event-hostile");

        await page.GoAsync("/stories.html");
        await page.Page.Locator("#stories-table a", new() { HasText = "Tecomán" }).ClickAsync();
        await page.Page.WaitForURLAsync("**/story.html?id=*");
        await page.ReadyAsync();
        await AssertInertAsync(page, $"article[data-document='{InventedArticles.HostileEnglish}']");

        await page.GoAsync("/search.html?q=Tecom%C3%A1n");
        await AssertInertAsync(page, "#search-documents");
        await page.AssertCleanAsync();
    }

    [Fact]
    public async Task Pages_are_served_with_a_content_security_policy_without_unsafe_inline()
    {
        await using var page = await workbench.OpenAsync();
        foreach (var path in new[] { "/", "/events.html", "/js/pages/overview.js", "/data/mx-states.json" })
        {
            var response = await page.Page.APIRequest.GetAsync(path);
            Assert.Equal(200, response.Status);
            var headers = response.Headers;
            Assert.True(headers.TryGetValue("content-security-policy", out var policy), $"{path} has no CSP");
            Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
            Assert.Equal("nosniff", headers["x-content-type-options"]);
        }
    }

    private static async Task AssertInertAsync(WatchedPage page, string selector)
    {
        var container = page.Page.Locator(selector).First;
        Assert.Contains(InventedArticles.HostileMarkup, await container.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Page.Locator("main img, main script, main b").CountAsync());
        Assert.Null(await page.Page.EvaluateAsync<int?>("() => window.__pwned ?? null"));
    }
}
