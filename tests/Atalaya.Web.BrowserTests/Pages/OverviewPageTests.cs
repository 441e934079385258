using Atalaya.Web.BrowserTests.Support;

namespace Atalaya.Web.BrowserTests.Pages;

[Collection(WorkbenchGroup.Name)]
public sealed class OverviewPageTests(Workbench workbench)
{
    [Fact]
    public async Task Map_draws_every_state_shades_those_with_events_and_puts_a_marker_per_located_place()
    {
        await using var page = await workbench.OpenAsync();
        await page.GoAsync("/");

        Assert.Equal(32, await page.Page.Locator("#overview-map path.state").CountAsync());
        Assert.True(await page.Page.Locator("#overview-map circle.point, #overview-map g.cluster").CountAsync() >= 4);
        var michoacan = await page.Page.Locator("#overview-map path.state[data-state='Michoacán']").GetAttributeAsync("fill");
        var yucatan = await page.Page.Locator("#overview-map path.state[data-state='Yucatán']").GetAttributeAsync("fill");
        Assert.NotEqual(yucatan, michoacan);

        // The ambush's five dead make its point larger than a point without fatalities.
        var radii = await page.Page.Locator("#overview-map circle.point").EvaluateAllAsync<double[]>("cs => cs.map(c => Number(c.getAttribute('r')))");
        Assert.True(radii.Max() > radii.Min(), string.Join(", ", radii));

        // Every located event is on the map exactly once: as a point, inside a cluster's count or inside a state's ring.
        var drawn = await page.Page.EvaluateAsync<int>(
            "() => document.querySelectorAll('#overview-map circle.point').length"
            + " + [...document.querySelectorAll('#overview-map g.cluster, #overview-map g.state-ring')].reduce((n, g) => n + Number(g.dataset.count), 0)");
        var points = await page.Page.EvaluateAsync<int>(
            "async () => (await (await fetch('/api/overview')).json()).points.filter(p => !p.country || p.country === 'MX').filter(p => p.precision !== 'country').length");
        Assert.Equal(points, drawn);

        await page.ScreenshotAsync("overview");
        await page.AssertCleanAsync();
    }

    [Fact]
    public async Task An_event_placed_only_to_a_state_is_a_ring_at_the_state_never_a_point_and_one_abroad_is_listed_outside_Mexico()
    {
        await using var page = await workbench.OpenAsync();
        await page.GoAsync("/");

        var ring = page.Page.Locator("#overview-map g.state-ring[data-state='Guerrero']");
        Assert.Equal(1, await ring.CountAsync());
        Assert.Contains("placed only to Guerrero", await ring.Locator("title").TextContentAsync(), StringComparison.Ordinal);
        var stateOnly = await page.Page.EvaluateAsync<string[]>(
            "async () => (await (await fetch('/api/overview')).json()).points.filter(p => p.precision === 'state' && p.country === 'MX').map(p => p.id)");
        Assert.NotEmpty(stateOnly);
        foreach (var id in stateOnly)
        {
            Assert.Equal(0, await page.Page.Locator($"#overview-map circle.point[data-event='{id}']").CountAsync());
        }

        var outside = await page.Page.Locator("#outside-mexico").InnerTextAsync();
        Assert.Contains("Madrid", outside, StringComparison.Ordinal);
        Assert.Contains("ES", outside, StringComparison.Ordinal);
        Assert.Contains("placed to a state only", await page.Page.Locator("#map-legend").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertCleanAsync();
    }

    [Fact]
    public async Task Crowded_events_are_one_cluster_with_their_count_and_clicking_it_zooms_in_until_they_stand_apart()
    {
        await using var page = await workbench.OpenAsync();
        await page.GoAsync("/");

        // Three events a few kilometres apart and one far away, drawn by the page's own map module.
        var counts = await page.Page.EvaluateAsync<int[]>(
            """
            async () => {
              const { mexicoMap } = await import('/js/map.js');
              const near = (id, lat, lon) => ({ id, lat, lon, fatalities: 1, type: 'Battles', date: '2025-01-01', place: 'X', state: 'Jalisco', precision: 'place', country: 'MX' });
              const drawn = await mexicoMap({ points: [near('A', 20.67, -103.35), near('B', 20.70, -103.40), near('C', 20.62, -103.30), near('D', 25.68, -100.31)], pointHref: (p) => `/event.html?id=${p.id}` });
              drawn.element.id = 'cluster-test';
              document.body.append(drawn.element);
              const before = [document.querySelectorAll('#cluster-test g.cluster').length, Number(document.querySelector('#cluster-test g.cluster')?.dataset.count ?? 0), document.querySelectorAll('#cluster-test circle.point').length];
              document.querySelector('#cluster-test a.cluster-link').dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
              return [...before, document.querySelectorAll('#cluster-test g.cluster').length, document.querySelectorAll('#cluster-test circle.point').length];
            }
            """);
        // Zoomed on the three, which now stand apart; the far one is out of the frame.
        Assert.Equal([1, 3, 1, 0, 3], counts);
        await page.AssertCleanAsync();
    }

    [Fact]
    public async Task The_map_is_one_tab_stop_with_arrow_keys_inside_and_a_table_of_its_events()
    {
        await using var page = await workbench.OpenAsync();
        await page.GoAsync("/");
        var inTabOrder = await page.Page.Locator("#overview-map svg a[tabindex='0']").CountAsync();
        Assert.Equal(1, inTabOrder);
        Assert.Equal(0, await page.Page.Locator("#overview-map svg a:not([tabindex])").CountAsync());

        await page.Page.Locator("#overview-map svg a[tabindex='0']").FocusAsync();
        var first = await page.Page.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-label')");
        await page.Page.Keyboard.PressAsync("ArrowRight");
        var second = await page.Page.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-label')");
        Assert.NotEqual(first, second);
        Assert.Equal(1, await page.Page.Locator("#overview-map svg a[tabindex='0']").CountAsync());

        // One Tab leaves the map, whichever marker had the focus.
        await page.Page.Keyboard.PressAsync("Tab");
        Assert.False(await page.Page.EvaluateAsync<bool>("() => document.querySelector('#overview-map svg').contains(document.activeElement)"));

        var rows = await page.Page.Locator("details.map-table tbody tr").CountAsync();
        Assert.Equal(await page.Page.EvaluateAsync<int>("async () => (await (await fetch('/api/overview')).json()).points.length"), rows);
        await page.AssertCleanAsync();
    }

    [Fact]
    public async Task Filtering_a_state_frames_it()
    {
        await using var page = await workbench.OpenAsync();
        await page.GoAsync("/");
        var country = await page.Page.Locator("#overview-map svg.map").GetAttributeAsync("viewBox");
        await page.GoAsync("/?state=Michoac%C3%A1n");

        Assert.Equal(1, await page.Page.Locator("#overview-map path.state-focus[data-state='Michoacán']").CountAsync());
        // Framed on the state: the state's outline spans most of the drawing.
        var share = await page.Page.EvaluateAsync<double>(
            "() => { const s = document.querySelector(\"#overview-map path[data-state='Michoacán']\").getBBox(); const v = document.querySelector('#overview-map svg.map').viewBox.baseVal; return s.width / v.width; }");
        Assert.True(share > 0.4, $"Michoacán spans {share:P0} of the map's width");
        Assert.NotNull(country);
        await page.AssertCleanAsync();
    }

    [Fact]
    public async Task Overview_shows_bars_on_a_time_axis_top_actors_and_the_story_told_in_two_languages()
    {
        await using var page = await workbench.OpenAsync();
        await page.GoAsync("/");

        Assert.True(await page.Page.Locator("svg.chart rect.bar").CountAsync() >= 3);
        // Every tick label names its year, and the event dated only to a month is counted apart.
        var ticks = await page.Page.Locator("svg.time-chart text.tick").AllTextContentsAsync();
        Assert.NotEmpty(ticks);
        Assert.All(ticks, tick => Assert.Matches(@"\b20\d\d\b", tick));
        Assert.Matches(@"^\d+ events? without a day-precise date", await page.Page.Locator("#undated-events").InnerTextAsync());
        Assert.Contains("Jalisco Nueva Generación", await page.Page.Locator("#top-actors").InnerTextAsync(), StringComparison.Ordinal);
        var stories = await page.Page.Locator("#latest-stories").InnerTextAsync();
        Assert.Contains("Spanish (es)", stories, StringComparison.Ordinal);
        Assert.Contains("English (en)", stories, StringComparison.Ordinal);
        await page.AssertCleanAsync();
    }

    [Fact]
    public async Task Clicking_a_point_opens_its_event()
    {
        await using var page = await workbench.OpenAsync();
        await page.GoAsync("/");

        await page.Page.Locator("#overview-map a:has(circle.point)").First.ClickAsync();
        await page.ReadyAsync();

        Assert.Contains("/event.html?id=", page.Page.Url, StringComparison.Ordinal);
        Assert.True(await page.Page.Locator("#event-facts").IsVisibleAsync());
        await page.AssertCleanAsync();
    }

    [Fact]
    public async Task The_time_axis_spaces_bars_by_their_dates_and_picks_years_for_a_long_span()
    {
        await using var page = await workbench.OpenAsync();
        await page.GoAsync("/");

        // Three weeks: two in 2015 and one in 2019. On a true time axis the 2019 bar is far from the 2015 ones.
        var positions = await page.Page.EvaluateAsync<double[]>(
            """
            async () => {
              const { timeStackedBars } = await import('/js/timeline.js');
              const figure = timeStackedBars([
                { week: '2015-03-02', type: 'Battles', events: 2 },
                { week: '2015-03-09', type: 'Battles', events: 1 },
                { week: '2019-06-03', type: 'Riots', events: 4 },
              ], 0, { label: 'test' });
              document.body.append(figure);
              const svg = figure.querySelector('svg');
              return [svg.dataset.bin === 'year' ? 1 : 0, ...[...svg.querySelectorAll('rect.bar')].map((r) => Number(r.getAttribute('x')))];
            }
            """);
        Assert.Equal(1, positions[0]);
        var xs = positions.Skip(1).Order().ToArray();
        Assert.Equal(2, xs.Length);
        Assert.True(xs[1] - xs[0] > 300, $"bars at {string.Join(", ", xs)}");
        await page.AssertCleanAsync();
    }
}
