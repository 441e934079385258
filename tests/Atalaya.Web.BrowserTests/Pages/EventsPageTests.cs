using Atalaya.Web.BrowserTests.Support;
using Microsoft.Playwright;

namespace Atalaya.Web.BrowserTests.Pages;

[Collection(WorkbenchGroup.Name)]
public sealed class EventsPageTests(Workbench workbench)
{
    [Fact]
    public async Task Applying_a_state_filter_puts_it_in_the_url_and_leaves_only_that_state_in_the_table()
    {
        await using var page = await workbench.OpenAsync();
        await page.GoAsync("/events.html");
        var before = await page.Page.Locator("#events-table tbody tr").CountAsync();

        await page.Page.SelectOptionAsync("#filter-state", "Michoacán");
        await page.Page.ClickAsync("#filters button[type=submit]");
        await page.Page.WaitForURLAsync("**/events.html?state=*");
        await page.ReadyAsync();

        Assert.Contains("state=Michoac%C3%A1n", page.Page.Url, StringComparison.Ordinal);
        var states = await page.Page.Locator("#events-table tbody td[data-state]").EvaluateAllAsync<string[]>("tds => tds.map(td => td.dataset.state)");
        Assert.NotEmpty(states);
        Assert.All(states, state => Assert.Equal("Michoacán", state));
        Assert.True(states.Length < before, $"{states.Length} rows after the filter, {before} before");
        // The filter is kept in the links to other pages and in the exports.
        Assert.Contains("state=Michoac%C3%A1n", await page.Page.Locator("nav a", new() { HasText = "Overview" }).GetAttributeAsync("href"), StringComparison.Ordinal);
        Assert.Contains("state=Michoac%C3%A1n", await page.Page.Locator("#export-csv").GetAttributeAsync("href"), StringComparison.Ordinal);

        await page.ScreenshotAsync("events-filtered");
        await page.AssertCleanAsync();
    }

    [Fact]
    public async Task A_date_range_and_a_language_from_the_filter_bar_select_the_events_their_sources_report()
    {
        await using var page = await workbench.OpenAsync();
        await page.GoAsync("/events.html");

        await page.Page.FillAsync("#filter-from", "2025-04-01");
        await page.Page.SelectOptionAsync("#filter-language", "es");
        await page.Page.ClickAsync("#filters button[type=submit]");
        await page.Page.WaitForURLAsync("**from=2025-04-01*");
        await page.ReadyAsync();

        Assert.Contains("language=es", page.Page.Url, StringComparison.Ordinal);
        var states = await page.Page.Locator("#events-table tbody td[data-state]").EvaluateAllAsync<string[]>("tds => tds.map(td => td.dataset.state)");
        Assert.Equal(["Michoacán"], states);
        // The controls show the filters the URL holds.
        Assert.Equal("2025-04-01", await page.Page.InputValueAsync("#filter-from"));
        Assert.Equal("es", await page.Page.InputValueAsync("#filter-language"));
        await page.AssertCleanAsync();
    }

    [Fact]
    public async Task A_bad_filter_value_shows_the_servers_reason_instead_of_an_empty_table()
    {
        await using var page = await workbench.OpenAsync();
        await page.GoAsync("/events.html?from=2025-13-45");

        var message = await page.Page.Locator("main [role=alert]").InnerTextAsync();
        Assert.Contains("from", message, StringComparison.Ordinal);
        Assert.Equal(0, await page.Page.Locator("#events-table").CountAsync());
        await page.ScreenshotAsync("events-bad-filter");
    }

    [Fact]
    public async Task Sorting_by_fatalities_orders_the_rows_and_a_second_click_reverses_them()
    {
        await using var page = await workbench.OpenAsync();
        await page.GoAsync("/events.html");

        await page.Page.ClickAsync("a.sort[data-sort='fatalities']");
        await page.Page.WaitForURLAsync("**sort=-fatalities*");
        await page.ReadyAsync();
        var descending = await Fatalities(page.Page);
        Assert.Equal(descending.OrderByDescending(f => f), descending);
        Assert.Equal(5, descending[0]);

        await page.Page.ClickAsync("a.sort[data-sort='fatalities']");
        await page.Page.WaitForURLAsync("**sort=fatalities*");
        await page.ReadyAsync();
        var ascending = await Fatalities(page.Page);
        Assert.Equal(ascending.OrderBy(f => f), ascending);

        await page.ScreenshotAsync("events-sorted");
        await page.AssertCleanAsync();
    }

    [Fact]
    public async Task The_next_page_shows_the_following_events_and_keeps_sort_and_page_size()
    {
        await using var page = await workbench.OpenAsync();
        await page.GoAsync("/events.html?sort=date&page_size=2");
        var first = await page.Page.Locator("#events-table tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.event)");
        Assert.Equal(2, first.Length);
        Assert.Contains("Page 1 of 4", await page.Page.Locator("nav.pager").InnerTextAsync(), StringComparison.Ordinal);

        await page.Page.ClickAsync("nav.pager a[rel=next]");
        await page.Page.WaitForURLAsync("**page=2*");
        await page.ReadyAsync();

        var second = await page.Page.Locator("#events-table tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.event)");
        Assert.Equal(2, second.Length);
        Assert.Empty(first.Intersect(second));
        Assert.Contains("sort=date", page.Page.Url, StringComparison.Ordinal);
        Assert.Contains("Page 2 of 4", await page.Page.Locator("nav.pager").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertCleanAsync();
    }

    [Fact]
    public async Task Export_links_download_the_filtered_set_as_acled_csv_and_geojson()
    {
        await using var page = await workbench.OpenAsync();
        await page.GoAsync("/events.html?state=Sinaloa");

        var csv = await page.Page.APIRequest.GetAsync(await page.Page.Locator("#export-csv").GetAttributeAsync("href") ?? "");
        Assert.Equal(200, csv.Status);
        var csvText = await csv.TextAsync();
        Assert.Contains("event_id_cnty", csvText, StringComparison.Ordinal);
        Assert.Contains("Sinaloa", csvText, StringComparison.Ordinal);
        Assert.DoesNotContain("Michoacán", csvText, StringComparison.Ordinal);

        var geojson = await page.Page.APIRequest.GetAsync(await page.Page.Locator("#export-geojson").GetAttributeAsync("href") ?? "");
        Assert.Equal(200, geojson.Status);
        Assert.Contains("FeatureCollection", await geojson.TextAsync(), StringComparison.Ordinal);
        await page.AssertCleanAsync();
    }

    /// <summary>The reported fatalities of the rows in table order (where the server puts unknown counts is its own choice).</summary>
    private static async Task<int[]> Fatalities(IPage page)
    {
        var cells = await page.Locator("#events-table tbody td[data-fatalities]").EvaluateAllAsync<string[]>("tds => tds.map(td => td.dataset.fatalities)");
        return [.. cells.Where(c => c.Length > 0).Select(c => int.Parse(c, System.Globalization.CultureInfo.InvariantCulture))];
    }
}
