using System.Diagnostics;
using Atalaya.Web.BrowserTests.Support;
using Xunit.Abstractions;

namespace Atalaya.Web.BrowserTests.Pages;

/// <summary>Every page at an 800-pixel window: loads cleanly, needs no sideways scrolling, and is screenshotted.</summary>
[Collection(WorkbenchGroup.Name)]
public sealed class LayoutTests(Workbench workbench, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_page_fits_an_800_pixel_window()
    {
        await using var page = await workbench.OpenAsync(width: 800);
        var story = await FirstIdAsync(page, "/api/stories", "items");
        var @event = await FirstIdAsync(page, "/api/events", "items");
        var overview = await page.Page.APIRequest.GetAsync("/api/overview");
        using var overviewJson = System.Text.Json.JsonDocument.Parse(await overview.TextAsync());
        var entity = overviewJson.RootElement.GetProperty("top_actors")[0].GetProperty("entity").GetString();
        var pages = new Dictionary<string, string>
        {
            ["overview-800"] = "/",
            ["events-800"] = "/events.html",
            ["event-800"] = $"/event.html?id={@event}",
            ["entity-800"] = $"/entity.html?id={entity}",
            ["stories-800"] = "/stories.html",
            ["story-800"] = $"/story.html?id={story}",
            ["search-800"] = "/search.html?q=Guardia",
        };
        foreach (var (name, path) in pages)
        {
            // Time to drawn (navigation, scripts, API calls, rendering), reported for the record, not asserted.
            var clock = Stopwatch.StartNew();
            await page.GoAsync(path);
            output.WriteLine($"{path}: drawn in {clock.ElapsedMilliseconds} ms");
            var overflow = await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{path} is {overflow}px wider than an 800px window");
            await page.ScreenshotAsync(name);
        }

        await page.AssertCleanAsync();
    }

    private static async Task<string> FirstIdAsync(WatchedPage page, string api, string list)
    {
        var response = await page.Page.APIRequest.GetAsync(api);
        using var json = System.Text.Json.JsonDocument.Parse(await response.TextAsync());
        return json.RootElement.GetProperty(list)[0].GetProperty("id").GetString()!;
    }
}
