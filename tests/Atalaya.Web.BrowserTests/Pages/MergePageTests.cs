using Atalaya.Web.BrowserTests.Support;

namespace Atalaya.Web.BrowserTests.Pages;

/// <summary>
/// An analyst merges another event into the one on screen from its page, with the operator's key: the page shows both
/// events' sources and where the other went; the other id's page leads to the merge; a split puts both back (so the
/// shared database is left as the other tests expect it).
/// </summary>
[Collection(WorkbenchGroup.Name)]
public sealed class MergePageTests(Workbench workbench)
{
    [Fact]
    public async Task An_analyst_merges_two_events_from_the_event_page_and_splits_them_again()
    {
        await using var page = await workbench.OpenAsync();
        await page.GoAsync("/events");
        var ids = await page.Page.EvaluateAsync<string[]>("async () => (await (await fetch('/api/events?sort=date&page_size=2')).json()).items.map(e => e.id)");
        var (kept, merged) = (ids[0], ids[1]);
        await page.GoAsync($"/event?id={kept}");
        var sourcesBefore = await page.Page.Locator("#sources .source").CountAsync();
        var otherSources = await page.Page.EvaluateAsync<int>($"async () => (await (await fetch('/api/events/{merged}')).json()).documents.length");
        Assert.Equal(0, await page.Page.Locator("#merged-from").CountAsync());

        await page.Page.FillAsync("#review-key", Workbench.ApiKey);
        await page.Page.FillAsync("#merge-other", merged);
        await page.Page.FillAsync("#merge-note", "One incident told by two outlets");
        // Saved, the page loads again to show the merge: only the page loaded after it has #merged-from.
        await page.Page.ClickAsync("#merge-button");
        await page.Page.WaitForSelectorAsync("body[data-ready='true'] #merged-from");

        Assert.Contains(merged, await page.Page.Locator("#merged-from").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Page.Locator("#sources .source").CountAsync() >= Math.Max(sourcesBefore, otherSources));
        await page.ScreenshotAsync("event-merged");

        // The other id leads to the event it was merged into, and says so.
        await page.GoAsync($"/event?id={merged}");
        Assert.Contains(kept, await page.Page.Locator("#merged-into").InnerTextAsync(), StringComparison.Ordinal);
        await page.GoAsync("/events");
        Assert.Equal(0, await page.Page.Locator($"#events-table tbody tr[data-event='{merged}']").CountAsync());

        await page.GoAsync($"/event?id={kept}");
        await page.Page.FillAsync("#review-key", Workbench.ApiKey);
        // Only the page loaded after the split is drawn without #merged-from.
        await page.Page.ClickAsync("#split-button");
        await page.Page.WaitForSelectorAsync("body[data-ready='true'] #review:not(:has(#merged-from))");
        Assert.Equal(sourcesBefore, await page.Page.Locator("#sources .source").CountAsync());
        await page.GoAsync($"/event?id={merged}");
        Assert.Equal(0, await page.Page.Locator("#merged-into").CountAsync());
        await page.AssertCleanAsync();
    }
}
