using Atalaya.Web.BrowserTests.Support;

namespace Atalaya.Web.BrowserTests.Pages;

/// <summary>A place's and an actor's page lead on: the events there, the documents, a footprint map and who is named with it.</summary>
[Collection(WorkbenchGroup.Name)]
public sealed class EntityHubPageTests(Workbench workbench)
{
    [Fact]
    public async Task A_state_no_actor_names_lists_the_events_placed_in_it_its_documents_and_a_footprint()
    {
        await using var page = await workbench.OpenAsync();
        await page.GoAsync("/");
        var id = await page.Page.EvaluateAsync<string>(
            "async () => (await (await fetch('/api/entities?q=Guerrero&type=LOC')).json()).items.find(e => e.name === 'Guerrero').id");
        await page.GoAsync($"/entity.html?id={id}");

        Assert.True(await page.Page.Locator("#entity-events-at li").CountAsync() >= 1);
        Assert.Contains("fosa", (await page.Page.Locator("#entity-documents").InnerTextAsync()).ToLowerInvariant(), StringComparison.Ordinal);
        // Placed only to the state: the footprint rings the state, it draws no point.
        Assert.Equal(1, await page.Page.Locator("#entity-footprint g.state-ring[data-state='Guerrero']").CountAsync());
        Assert.Equal(0, await page.Page.Locator("#entity-footprint circle.point").CountAsync());
        await page.ScreenshotAsync("entity-place");
        await page.AssertCleanAsync();
    }

    [Fact]
    public async Task An_armed_group_shows_the_entities_named_with_it_and_its_sources_by_outlet_never_by_path()
    {
        await using var page = await workbench.OpenAsync();
        await page.GoAsync("/");
        var id = await page.Page.EvaluateAsync<string>(
            "async () => (await (await fetch('/api/entities?q=Jalisco%20Nueva&type=ORG')).json()).items[0].id");
        await page.GoAsync($"/entity.html?id={id}");

        Assert.True(await page.Page.Locator("svg.network a.node").CountAsync() >= 2);
        var documents = await page.Page.Locator("#entity-documents").InnerTextAsync();
        Assert.Contains("sahuayo-es.txt", documents, StringComparison.Ordinal);
        Assert.DoesNotContain("/", documents.Replace("file ", "", StringComparison.Ordinal).Split('\n').First(l => l.Contains(".txt", StringComparison.Ordinal)), StringComparison.Ordinal);
        await page.AssertCleanAsync();
    }
}
