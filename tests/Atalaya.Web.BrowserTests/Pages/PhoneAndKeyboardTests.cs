using Atalaya.Web.BrowserTests.Support;

namespace Atalaya.Web.BrowserTests.Pages;

/// <summary>At a phone's 390 pixels: no sideways scrolling, the filters folded, tables as cards, chart text readable.</summary>
[Collection(WorkbenchGroup.Name)]
public sealed class PhoneAndKeyboardTests(Workbench workbench)
{
    /// <summary>The smallest text a chart may show once scaled to the screen, in CSS pixels.</summary>
    private const double SmallestText = 11;

    [Fact]
    public async Task Every_page_fits_a_390_pixel_phone_with_readable_chart_text()
    {
        await using var page = await workbench.OpenAsync(width: 390, height: 844);
        await page.GoAsync("/");
        var @event = await page.Page.EvaluateAsync<string>("async () => (await (await fetch('/api/events?state=Michoac%C3%A1n')).json()).items[0].id");
        var entity = await page.Page.EvaluateAsync<string>("async () => (await (await fetch('/api/overview')).json()).top_actors[0].entity");
        var colima = await page.Page.EvaluateAsync<string>("async () => (await (await fetch('/api/entities?q=Colima&type=LOC')).json()).items[0].id");
        var story = await page.Page.EvaluateAsync<string>("async () => (await (await fetch('/api/stories?min_languages=2')).json()).items[0].id");
        foreach (var (name, path) in new[]
        {
            ("overview-390", "/"), ("events-390", "/events"), ("event-390", $"/event?id={@event}"), ("entity-390", $"/entity?id={entity}"),
            ("entity-claims-390", $"/entity?id={colima}"), ("entities-390", "/entities"), ("stories-390", "/stories"),
            ("story-390", $"/story?id={story}"), ("search-390", "/search?q=Guardia"), ("alerts-390", "/alerts"),
        })
        {
            await page.GoAsync(path);
            var overflow = await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (overflow > 0)
            {
                // Name the widest element past the right edge, so a failure says what to fix.
                var culprit = await page.Page.EvaluateAsync<string>(
                    """
                    () => [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                      .map((e) => `${e.tagName.toLowerCase()}#${e.id}.${[...e.classList].join('.')} (${Math.round(e.getBoundingClientRect().right)}px)`).slice(-5).join(', ')
                    """);
                Assert.Fail($"{path} is {overflow}px wider than a 390px phone: {culprit}");
            }
            var smallest = await page.Page.EvaluateAsync<double>(
                """
                () => Math.min(1000, ...[...document.querySelectorAll('main svg text')].filter((t) => t.getBoundingClientRect().width > 0).map((t) => {
                  const svg = t.ownerSVGElement;
                  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                  return parseFloat(getComputedStyle(t).fontSize) * scale;
                }))
                """);
            Assert.True(smallest >= SmallestText - 0.5, $"{path} draws chart text at {smallest:F1}px");
            await page.ScreenshotAsync(name);
        }

        await page.AssertCleanAsync();
    }

    [Fact]
    public async Task On_a_phone_the_filters_fold_behind_one_button_and_events_are_cards()
    {
        await using var page = await workbench.OpenAsync(width: 390, height: 844);
        await page.GoAsync("/events");

        Assert.False(await page.Page.Locator("#filters").IsVisibleAsync());
        await page.Page.ClickAsync("button.filter-toggle");
        Assert.True(await page.Page.Locator("#filters").IsVisibleAsync());
        Assert.Equal("true", await page.Page.Locator("button.filter-toggle").GetAttributeAsync("aria-expanded"));

        // A row is a card: its cells stacked, each with its label.
        var display = await page.Page.Locator("#events-table tbody tr").First.Locator("td").First.EvaluateAsync<string>("td => getComputedStyle(td).display");
        Assert.Equal("block", display);
        Assert.False(await page.Page.Locator("#events-table thead").IsVisibleAsync() && await page.Page.Locator("#events-table thead").BoundingBoxAsync() is { Height: > 2 });
        await page.AssertCleanAsync();
    }

    [Fact]
    public async Task Every_page_links_to_the_alerts_page_in_its_navigation_and_the_keyboard_reaches_it()
    {
        await using var page = await workbench.OpenAsync();
        await page.GoAsync("/events?state=Michoac%C3%A1n");
        var @event = await page.Page.EvaluateAsync<string>("async () => (await (await fetch('/api/events')).json()).items[0].id");
        foreach (var path in new[] { "/", "/events", $"/event?id={@event}", "/entities", "/stories", "/search?q=Guardia", "/alerts" })
        {
            await page.GoAsync(path);
            var alerts = page.Page.Locator("nav[aria-label=Pages] a", new() { HasText = "Alerts" });
            Assert.Equal(1, await alerts.CountAsync());
            Assert.Equal("/alerts.html", await alerts.GetAttributeAsync("href"));
            Assert.Equal(path == "/alerts" ? "page" : null, await alerts.GetAttributeAsync("aria-current"));
        }

        // From the top of a page, Tab by Tab (skip link, brand, the pages before it) to the link, and Enter opens the page.
        await page.GoAsync("/events?state=Michoac%C3%A1n");
        var reached = false;
        for (var presses = 0; presses < 12 && !reached; presses++)
        {
            await page.Page.Keyboard.PressAsync("Tab");
            reached = await page.Page.EvaluateAsync<bool>("() => document.activeElement?.textContent === 'Alerts' && document.activeElement.closest('nav') !== null");
        }

        Assert.True(reached, "Tab never reached the Alerts link of the navigation");
        Assert.True(await page.Page.EvaluateAsync<bool>("() => { const a = document.activeElement; const s = getComputedStyle(a); return s.outlineStyle !== 'none' || s.boxShadow !== 'none'; }"), "the focused Alerts link shows no focus ring");
        await page.Page.Keyboard.PressAsync("Enter");
        await page.Page.WaitForURLAsync("**/alerts.html");
        await page.ReadyAsync();
        Assert.Equal("Alerts", await page.Page.Locator("main h1").InnerTextAsync());
        await page.AssertCleanAsync();
    }

    [Fact]
    public async Task A_skip_link_passes_the_map()
    {
        await using var page = await workbench.OpenAsync();
        await page.GoAsync("/");
        await page.Page.Locator("a.skip-map").FocusAsync();
        Assert.True(await page.Page.Locator("a.skip-map").IsVisibleAsync());
        await page.Page.Keyboard.PressAsync("Enter");
        Assert.Equal("state-title", await page.Page.EvaluateAsync<string>("() => document.activeElement.id"));
    }
}
