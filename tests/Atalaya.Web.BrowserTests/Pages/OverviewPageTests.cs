using Atalaya.Web.BrowserTests.Support;

namespace Atalaya.Web.BrowserTests.Pages;

[Collection(WorkbenchGroup.Name)]
public sealed class OverviewPageTests(Workbench workbench)
{
    [Fact]
    public async Task Map_draws_every_state_shades_those_with_events_and_puts_a_point_per_located_event()
    {
        await using var page = await workbench.OpenAsync();
        await page.GoAsync("/");

        Assert.Equal(32, await page.Page.Locator("#overview-map path.state").CountAsync());
        Assert.True(await page.Page.Locator("#overview-map circle.point").CountAsync() >= 4);
        var michoacan = await page.Page.Locator("#overview-map path.state[data-state='Michoacán']").GetAttributeAsync("fill");
        var yucatan = await page.Page.Locator("#overview-map path.state[data-state='Yucatán']").GetAttributeAsync("fill");
        Assert.NotEqual(yucatan, michoacan);

        // The ambush's five dead make its point larger than a point without fatalities.
        var radii = await page.Page.Locator("#overview-map circle.point").EvaluateAllAsync<double[]>("cs => cs.map(c => Number(c.getAttribute('r')))");
        Assert.True(radii.Max() > radii.Min(), string.Join(", ", radii));

        await page.ScreenshotAsync("overview");
        await page.AssertCleanAsync();
    }

    [Fact]
    public async Task Overview_shows_weekly_bars_top_actors_and_the_story_told_in_two_languages()
    {
        await using var page = await workbench.OpenAsync();
        await page.GoAsync("/");

        Assert.True(await page.Page.Locator("svg.chart rect.bar").CountAsync() >= 3);
        Assert.Contains("Jalisco Nueva Generación", await page.Page.Locator("#top-actors").InnerTextAsync(), StringComparison.Ordinal);
        var stories = await page.Page.Locator("#latest-stories").InnerTextAsync();
        Assert.Contains("Spanish (es)", stories, StringComparison.Ordinal);
        Assert.Contains("English (en)", stories, StringComparison.Ordinal);
        await page.AssertCleanAsync();
    }

    [Fact]
    public async Task Clicking_a_point_opens_its_event()
    {
        await using var page = await workbench.OpenAsync();
        await page.GoAsync("/");

        await page.Page.Locator("#overview-map a:has(circle.point)").First.ClickAsync();
        await page.ReadyAsync();

        Assert.Contains("/event.html?id=", page.Page.Url, StringComparison.Ordinal);
        Assert.True(await page.Page.Locator("#event-facts").IsVisibleAsync());
        await page.AssertCleanAsync();
    }
}
