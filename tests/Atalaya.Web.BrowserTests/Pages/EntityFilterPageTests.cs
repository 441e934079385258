using System.Text.Json;
using Atalaya.Web.BrowserTests.Support;
using Microsoft.Playwright;

namespace Atalaya.Web.BrowserTests.Pages;

/// <summary>
/// The entity page under the URL's filters: the filter bar shows them, the figures count only the selected
/// events, the facts stay whole, and every link it makes carries the filters on.
/// </summary>
[Collection(WorkbenchGroup.Name)]
public sealed class EntityFilterPageTests(Workbench workbench)
{
    [Fact]
    public async Task A_state_filter_in_the_url_changes_the_figures_and_says_so()
    {
        await using var page = await workbench.OpenAsync();
        var cartel = await EntityIdAsync(page, "Jalisco Nueva");

        await page.GoAsync($"/entity.html?id={cartel}");
        Assert.Equal(0, await page.Page.Locator("#entity-selection").CountAsync());
        Assert.Equal("1 event with this actor", await page.Page.Locator("#entity-event-count").InnerTextAsync());
        Assert.True(await page.Page.Locator("svg.chart rect.bar").CountAsync() >= 1);
        Assert.Equal(1, await page.Page.Locator("#entity-events li").CountAsync());
        Assert.Contains("Guardia Nacional", await page.Page.Locator("svg.network").TextContentAsync() ?? "", StringComparison.Ordinal);

        // The ambush is in Michoacán: in Sinaloa the group has no event, no month and no co-actor.
        await page.GoAsync($"/entity.html?id={cartel}&state=Sinaloa");
        Assert.Equal("Sinaloa", await page.Page.Locator("#filter-state").InputValueAsync());
        var selection = await page.Page.Locator("#entity-selection").InnerTextAsync();
        Assert.Contains("in Sinaloa", selection, StringComparison.Ordinal);
        Assert.Contains("not filtered", selection, StringComparison.Ordinal);
        Assert.Equal("none in this selection", await page.Page.Locator("#entity-event-count").InnerTextAsync());
        Assert.Equal(0, await page.Page.Locator("svg.chart rect.bar").CountAsync());
        // The co-actors follow the filter; the network of co-mentions is about the entity's documents and does not.
        Assert.Equal(0, await page.Page.Locator("#co-actors").CountAsync());
        Assert.Equal(0, await page.Page.Locator("#entity-events li").CountAsync());
        Assert.Contains("in this selection", await page.Page.Locator("#latest-title").InnerTextAsync(), StringComparison.Ordinal);

        // What the entity is does not depend on the filter.
        Assert.Contains("Jalisco Nueva Generación", await page.Page.Locator("#entity-name").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Jalisco New Generation Cartel", await page.Page.Locator("#aliases").InnerTextAsync(), StringComparison.Ordinal);

        await page.ScreenshotAsync("entity-filtered-empty");
        await page.AssertCleanAsync();

        // "All events of this entity" drops the filters and keeps the entity.
        await page.Page.ClickAsync("#selection-clear");
        await page.Page.WaitForURLAsync($"**/entity.html?id={cartel}");
        await page.ReadyAsync();
        Assert.Equal("1 event with this actor", await page.Page.Locator("#entity-event-count").InnerTextAsync());
        await page.AssertCleanAsync();
    }

    [Fact]
    public async Task The_links_of_a_filtered_entity_page_keep_the_filters()
    {
        await using var page = await workbench.OpenAsync();
        var cartel = await EntityIdAsync(page, "Jalisco Nueva");
        await page.GoAsync($"/entity.html?id={cartel}&state=Michoac%C3%A1n&language=en");

        var selection = await page.Page.Locator("#selection-items").InnerTextAsync();
        Assert.Contains("in Michoacán", selection, StringComparison.Ordinal);
        Assert.Contains("English (en)", selection, StringComparison.Ordinal);
        Assert.Equal("1 event with this actor in this selection", await page.Page.Locator("#entity-event-count").InnerTextAsync());

        var eventsList = await page.Page.Locator("#entity-event-count a").GetAttributeAsync("href") ?? "";
        AssertFilters(eventsList, "/events.html", ("actor", cartel));
        var eventLink = await page.Page.Locator("#entity-events a").First.GetAttributeAsync("href") ?? "";
        AssertFilters(eventLink, "/event.html");
        var node = page.Page.Locator("svg.network a.node", new() { HasText = "Guardia Nacional" });
        AssertFilters(await node.GetAttributeAsync("href") ?? "", "/entity.html");
        await page.ScreenshotAsync("entity-filtered");
        await page.AssertCleanAsync();

        // The co-actor's page opens under the same filters, and says so.
        // The name, as a reader would click it (the anchor's own box is mostly empty space of the drawing).
        await node.Locator("text").ClickAsync();
        await page.Page.WaitForURLAsync("**/entity.html?id=*");
        await page.ReadyAsync();
        AssertFilters(page.Page.Url, "/entity.html");
        Assert.Contains("Guardia Nacional", await page.Page.Locator("#entity-name").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("in Michoacán", await page.Page.Locator("#selection-items").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("en", await page.Page.Locator("#filter-language").InputValueAsync());
        await page.AssertCleanAsync();
    }

    [Fact]
    public async Task The_filter_bar_on_the_entity_page_applies_to_it_and_keeps_the_entity()
    {
        await using var page = await workbench.OpenAsync();
        var cartel = await EntityIdAsync(page, "Jalisco Nueva");
        await page.GoAsync($"/entity.html?id={cartel}");

        // The ambush was reported in Spanish and English, not in Dutch.
        await page.Page.SelectOptionAsync("#filter-language", "nl");
        await page.Page.ClickAsync("#filters button[type=submit]");
        await page.Page.WaitForURLAsync("**/entity.html?*language=nl*");
        await page.ReadyAsync();
        Assert.Contains($"id={cartel}", page.Page.Url, StringComparison.Ordinal);
        Assert.Equal("none in this selection", await page.Page.Locator("#entity-event-count").InnerTextAsync());
        Assert.Contains("Dutch (nl)", await page.Page.Locator("#selection-items").InnerTextAsync(), StringComparison.Ordinal);

        await page.Page.SelectOptionAsync("#filter-language", "es");
        await page.Page.ClickAsync("#filters button[type=submit]");
        await page.Page.WaitForURLAsync("**/entity.html?*language=es*");
        await page.ReadyAsync();
        Assert.Equal("1 event with this actor in this selection", await page.Page.Locator("#entity-event-count").InnerTextAsync());
        Assert.True(await page.Page.Locator("svg.chart rect.bar").CountAsync() >= 1);
        await page.AssertCleanAsync();
    }

    /// <summary>The id of the first entity whose name contains the words, from the API the pages use.</summary>
    private static async Task<string> EntityIdAsync(WatchedPage page, string words)
    {
        var response = await page.Page.APIRequest.GetAsync($"/api/entities?q={Uri.EscapeDataString(words)}");
        Assert.True(response.Ok, $"entity search: {response.Status}");
        using var found = JsonDocument.Parse(await response.TextAsync());
        return found.RootElement.GetProperty("items")[0].GetProperty("id").GetString()!;
    }

    /// <summary>Asserts a link goes to the path and carries the page's filters (state Michoacán, language en), plus the given parameters.</summary>
    private static void AssertFilters(string link, string path, params (string Name, string Value)[] more)
    {
        var uri = new Uri(new Uri("http://workbench.test"), link);
        Assert.Equal(path, uri.AbsolutePath);
        var query = System.Web.HttpUtility.ParseQueryString(uri.Query);
        Assert.Equal("Michoacán", query["state"]);
        Assert.Equal("en", query["language"]);
        foreach (var (name, value) in more)
        {
            Assert.Equal(value, query[name]);
        }
    }
}
