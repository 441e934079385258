using Atalaya.Web.BrowserTests.Support;

namespace Atalaya.Web.BrowserTests.Pages;

[Collection(WorkbenchGroup.Name)]
public sealed class EntityStorySearchTests(Workbench workbench)
{
    [Fact]
    public async Task Entity_page_opened_from_an_event_shows_name_aliases_months_and_the_co_actor_network()
    {
        await using var page = await workbench.OpenAsync();
        await page.GoAsync("/events.html?state=Michoac%C3%A1n");
        await page.Page.Locator("#events-table a", new() { HasText = "Jalisco Nueva Generación" }).First.ClickAsync();
        await page.Page.WaitForURLAsync("**/entity.html?id=*");
        await page.ReadyAsync();

        Assert.Contains("Jalisco Nueva Generación", await page.Page.Locator("#entity-name").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Jalisco New Generation Cartel", await page.Page.Locator("#aliases").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Page.Locator("svg.chart rect.bar").CountAsync() >= 1);
        Assert.Contains("Guardia Nacional", await page.Page.Locator("svg.network").TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.True(await page.Page.Locator("#entity-events li").CountAsync() >= 1);

        await page.ScreenshotAsync("entity");
        await page.AssertCleanAsync();
    }

    [Fact]
    public async Task Entity_page_puts_the_claims_on_a_timeline_and_shows_the_figure_that_changed()
    {
        await using var page = await workbench.OpenAsync();
        await page.GoAsync("/search.html?q=Colima");
        await page.Page.Locator("#search-entities a", new() { HasText = "Colima" }).First.ClickAsync();
        await page.Page.WaitForURLAsync("**/entity.html?id=*");
        await page.ReadyAsync();

        Assert.Equal(2, await page.Page.Locator("svg.timeline circle.claim-dot").CountAsync());
        // A tally that grew is an update: its two values joined by a line, neither marked as a disagreement.
        Assert.Equal(1, await page.Page.Locator("svg.timeline polyline.claim-update").CountAsync());
        Assert.Equal(0, await page.Page.Locator("svg.timeline circle.claim-conflict").CountAsync());
        Assert.DoesNotContain("sources disagree", await page.Page.Locator("#conflicts").InnerTextAsync(), StringComparison.Ordinal);
        var claims = await page.Page.Locator("#claims tbody").InnerTextAsync();
        Assert.Contains("police_killed_total", claims, StringComparison.Ordinal);
        Assert.Contains("134 policías han sido asesinados", claims, StringComparison.Ordinal);
        var conflicts = await page.Page.Locator("#conflicts").InnerTextAsync();
        Assert.Contains("120 → 134", conflicts, StringComparison.Ordinal);

        await page.ScreenshotAsync("entity-claims");
        await page.AssertCleanAsync();
    }

    [Fact]
    public async Task Stories_filter_by_sources_and_languages_and_the_story_compares_what_each_source_says()
    {
        await using var page = await workbench.OpenAsync();
        await page.GoAsync("/stories.html");
        var all = await page.Page.Locator("#stories-table tbody tr").CountAsync();

        await page.Page.SelectOptionAsync("#triage-min_languages", "2");
        await page.Page.ClickAsync("#story-triage button[type=submit]");
        await page.Page.WaitForURLAsync("**min_languages=2*");
        await page.ReadyAsync();

        var rows = page.Page.Locator("#stories-table tbody tr");
        Assert.Equal(1, await rows.CountAsync());
        Assert.True(all > 1);
        var text = await rows.First.InnerTextAsync();
        Assert.Contains("Sahuayo", text, StringComparison.Ordinal);
        Assert.Contains("Michoacán", text, StringComparison.Ordinal);
        Assert.Contains("Jalisco Nueva Generación", text, StringComparison.Ordinal);

        await rows.First.Locator("a").First.ClickAsync();
        await page.Page.WaitForURLAsync("**/story.html?id=*");
        await page.ReadyAsync();
        // One row per source; both give five dead and the same place, marked as shared.
        Assert.Equal(2, await page.Page.Locator("#source-comparison tbody tr").CountAsync());
        var shared = await page.Page.Locator("#source-comparison mark.shared").AllInnerTextsAsync();
        Assert.Contains("5", shared);
        Assert.Contains(shared, s => s.Contains("Sahuayo", StringComparison.Ordinal));
        await page.ScreenshotAsync("story-comparison");
        await page.AssertCleanAsync();
    }

    [Fact]
    public async Task Story_of_the_ambush_puts_the_spanish_and_english_articles_side_by_side()
    {
        await using var page = await workbench.OpenAsync();
        await page.GoAsync("/stories.html");
        await page.ScreenshotAsync("stories");
        var row = page.Page.Locator("#stories-table tbody tr", new() { HasText = "Sahuayo" }).First;
        Assert.Contains("Spanish (es)", await row.InnerTextAsync(), StringComparison.Ordinal);

        await row.Locator("a").First.ClickAsync();
        await page.Page.WaitForURLAsync("**/story.html?id=*");
        await page.ReadyAsync();

        Assert.Equal(1, await page.Page.Locator("#story-documents .language-column[data-language='es'] article").CountAsync());
        Assert.Equal(1, await page.Page.Locator("#story-documents .language-column[data-language='en'] article").CountAsync());
        Assert.Contains("Otros dos policías", await page.Page.Locator("#story-documents").InnerTextAsync(), StringComparison.Ordinal);

        // The one ambush both articles report is listed once, and opens its event page.
        var @event = page.Page.Locator("#story-events li").First;
        Assert.Equal(1, await page.Page.Locator("#story-events li").CountAsync());
        Assert.Contains("Battles", await @event.InnerTextAsync(), StringComparison.Ordinal);
        await @event.Locator("a").First.ClickAsync();
        await page.Page.WaitForURLAsync("**/event.html?id=*");

        await page.Page.GoBackAsync();
        await page.ReadyAsync();
        await page.ScreenshotAsync("story");
        await page.AssertCleanAsync();
    }

    [Fact]
    public async Task Search_marks_the_words_found_in_the_articles_and_lists_matching_entities()
    {
        await using var page = await workbench.OpenAsync();
        await page.GoAsync("/");
        await page.Page.FillAsync("#quick-search", "Sahuayo");
        await page.Page.PressAsync("#quick-search", "Enter");
        await page.Page.WaitForURLAsync("**/search.html?q=Sahuayo");
        await page.ReadyAsync();

        var marks = await page.Page.Locator("#search-documents mark").AllInnerTextsAsync();
        Assert.NotEmpty(marks);
        Assert.All(marks, mark => Assert.Equal("sahuayo", mark.ToLowerInvariant()));
        Assert.Contains("Sahuayo", await page.Page.Locator("#search-entities").InnerTextAsync(), StringComparison.Ordinal);

        await page.ScreenshotAsync("search");

        // A hit opens the story of its document, that document outlined among the others.
        var hit = page.Page.Locator("#search-documents li").First;
        var document = await hit.GetAttributeAsync("data-document");
        await hit.Locator("h3 a").ClickAsync();
        await page.Page.WaitForURLAsync("**/story.html?document=*");
        await page.ReadyAsync();
        Assert.Equal(document, await page.Page.Locator("#story-documents article.current").GetAttributeAsync("data-document"));
        await page.AssertCleanAsync();
    }
}
