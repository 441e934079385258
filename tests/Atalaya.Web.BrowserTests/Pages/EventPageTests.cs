using Atalaya.Web.BrowserTests.Support;

namespace Atalaya.Web.BrowserTests.Pages;

[Collection(WorkbenchGroup.Name)]
public sealed class EventPageTests(Workbench workbench)
{
    [Fact]
    public async Task Opening_the_ambush_from_the_table_shows_each_language_side_by_side_with_its_evidence_marked_in_the_text()
    {
        await using var page = await workbench.OpenAsync();
        await page.GoAsync("/events.html?state=Michoac%C3%A1n");

        await page.Page.Locator("#events-table tbody tr").First.Locator("td a").First.ClickAsync();
        await page.Page.WaitForURLAsync("**/event.html?id=*");
        await page.ReadyAsync();

        var facts = await page.Page.Locator("#event-facts").InnerTextAsync();
        Assert.Contains("Battles", facts, StringComparison.Ordinal);
        Assert.Contains("Michoacán", facts, StringComparison.Ordinal);
        Assert.Contains("Jalisco Nueva Generación", facts, StringComparison.Ordinal);

        // One column per language, next to each other.
        var columns = page.Page.Locator("#sources .language-column");
        Assert.Equal(2, await columns.CountAsync());
        var spanish = await page.Page.Locator("#sources .language-column[data-language='es']").BoundingBoxAsync();
        var english = await page.Page.Locator("#sources .language-column[data-language='en']").BoundingBoxAsync();
        Assert.NotNull(spanish);
        Assert.NotNull(english);
        Assert.True(Math.Abs(spanish.Y - english.Y) < 1 && Math.Abs(spanish.X - english.X) > 100, "the two languages are not side by side");

        // The evidence is a <mark> inside the article text itself, at the words of the source.
        var spanishMarks = await page.Page.Locator($"article[data-document='{InventedArticles.AmbushSpanish}'] .article-text mark").AllInnerTextsAsync();
        var englishMarks = await page.Page.Locator($"article[data-document='{InventedArticles.AmbushEnglish}'] .article-text mark").AllInnerTextsAsync();
        Assert.Contains(spanishMarks, m => m.Contains(InventedArticles.AmbushSpanishWords, StringComparison.Ordinal));
        Assert.Contains(englishMarks, m => m.Contains(InventedArticles.AmbushEnglishWords, StringComparison.Ordinal));
        var articleText = await page.Page.Locator($"article[data-document='{InventedArticles.AmbushSpanish}'] .article-text").InnerTextAsync();
        Assert.Contains("Otros dos policías resultaron heridos", articleText, StringComparison.Ordinal);

        // The small map outlines the state and shows the point.
        Assert.Equal(1, await page.Page.Locator(".small-map path.state-focus").CountAsync());
        Assert.Equal(1, await page.Page.Locator(".small-map circle.point").CountAsync());

        await page.ScreenshotAsync("event");
        await page.AssertCleanAsync();
    }

    [Fact]
    public async Task An_unknown_event_is_a_readable_message_not_a_blank_page()
    {
        await using var page = await workbench.OpenAsync();
        await page.GoAsync("/event.html?id=V999999");

        var message = await page.Page.Locator("main [role=alert]").InnerTextAsync();
        Assert.Contains("could not be loaded", message, StringComparison.Ordinal);
        await page.ScreenshotAsync("event-unknown");
    }
}
