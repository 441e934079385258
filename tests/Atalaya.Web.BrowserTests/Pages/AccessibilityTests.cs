using Atalaya.Web.BrowserTests.Support;
using Deque.AxeCore.Playwright;

namespace Atalaya.Web.BrowserTests.Pages;

/// <summary>axe-core (from its package, run inside the page) finds no serious or critical violation on any page.</summary>
[Collection(WorkbenchGroup.Name)]
public sealed class AccessibilityTests(Workbench workbench)
{
    [Fact]
    public async Task No_page_has_a_serious_or_critical_accessibility_violation()
    {
        await using var page = await workbench.OpenAsync();
        await page.GoAsync("/");
        var @event = await page.Page.EvaluateAsync<string>("async () => (await (await fetch('/api/events?state=Michoac%C3%A1n')).json()).items[0].id");
        var entity = await page.Page.EvaluateAsync<string>("async () => (await (await fetch('/api/overview')).json()).top_actors[0].entity");
        var story = await page.Page.EvaluateAsync<string>("async () => (await (await fetch('/api/stories?min_languages=2')).json()).items[0].id");
        var failures = new List<string>();
        foreach (var path in new[] { "/", "/events", $"/event?id={@event}", $"/entity?id={entity}", "/entities", "/stories", $"/story?id={story}", "/search?q=Guardia", "/alerts" })
        {
            await page.GoAsync(path);
            var result = await page.Page.RunAxe();
            foreach (var violation in result.Violations.Where(v => v.Impact is "serious" or "critical"))
            {
                failures.Add($"{path}: {violation.Id} ({violation.Impact}) {violation.Help}: {string.Join("; ", violation.Nodes.Take(3).Select(n => n.Html))}");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }
}
