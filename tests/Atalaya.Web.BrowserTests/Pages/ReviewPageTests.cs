using Atalaya.Web.BrowserTests.Support;

namespace Atalaya.Web.BrowserTests.Pages;

/// <summary>An analyst reviews an event from its page with the operator's key; the events list shows and filters the status.</summary>
[Collection(WorkbenchGroup.Name)]
public sealed class ReviewPageTests(Workbench workbench)
{
    [Fact]
    public async Task A_wrong_key_is_refused_and_the_page_says_so()
    {
        await using var page = await workbench.OpenAsync();
        await page.GoAsync("/events?state=Guerrero");
        var id = await page.Page.Locator("#events-table tbody tr").First.GetAttributeAsync("data-event");
        await page.GoAsync($"/event?id={id}");

        await page.Page.FillAsync("#review-key", "not-the-key");
        await page.Page.SelectOptionAsync("#review-status-choice", "rejected");
        await page.Page.ClickAsync("#review-form button[type=submit]");
        await page.Page.Locator("#review-message", new() { HasText = "Not saved" }).WaitForAsync();

        Assert.Contains("Unauthorized", await page.Page.Locator("#review-message").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("unreviewed", await page.Page.Locator("#review-status").GetAttributeAsync("data-status"));
    }

    [Fact]
    public async Task An_analyst_verifies_an_event_with_a_note_and_the_list_filters_it()
    {
        await using var page = await workbench.OpenAsync();
        await page.GoAsync("/events?state=Sinaloa");
        var id = await page.Page.Locator("#events-table tbody tr").First.GetAttributeAsync("data-event");
        await page.GoAsync($"/event?id={id}");
        Assert.Equal("unreviewed", await page.Page.Locator("#review-status").GetAttributeAsync("data-status"));

        await page.Page.FillAsync("#review-key", Workbench.ApiKey);
        await page.Page.SelectOptionAsync("#review-status-choice", "verified");
        await page.Page.FillAsync("#review-reviewer", "Ana");
        await page.Page.FillAsync("#review-note-text", "Matches the army's statement <b>bold</b>");
        await page.Page.ClickAsync("#review-form button[type=submit]");
        await page.Page.WaitForLoadStateAsync();
        await page.ReadyAsync();
        await page.Page.Locator("#review-status[data-status='verified']").WaitForAsync();
        // The note is text, never markup.
        Assert.Contains("<b>bold</b>", await page.Page.Locator("#review-note").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync("event-reviewed");

        await page.GoAsync("/events?review=verified");
        Assert.Equal(id, await page.Page.Locator("#events-table tbody tr").First.GetAttributeAsync("data-event"));
        Assert.Equal(1, await page.Page.Locator("#events-table tbody tr").CountAsync());
        Assert.Equal("verified", await page.Page.Locator("#events-table [data-review]").InnerTextAsync());
        await page.AssertCleanAsync();
    }
}
