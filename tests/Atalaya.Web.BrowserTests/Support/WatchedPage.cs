using Microsoft.Playwright;

namespace Atalaya.Web.BrowserTests.Support;

/// <summary>
/// A browser page whose console errors, uncaught exceptions, failed requests and Content-Security-Policy
/// violations are collected, so every test can require a page that loaded cleanly.
/// </summary>
public sealed class WatchedPage : IAsyncDisposable
{
    // Runs before any page script (injected by the browser's debugging protocol, so the CSP does not block it):
    // records CSP violations, and whether anything from an article managed to run.
    private const string Watcher = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => {
          window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
        });
        """;

    private readonly IBrowserContext context;
    private readonly Workbench workbench;
    private readonly List<string> problems = [];

    private WatchedPage(IBrowserContext context, IPage page, Workbench workbench)
    {
        this.context = context;
        Page = page;
        this.workbench = workbench;
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                Add($"console {message.Type}: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => Add($"page error: {error}");
        page.RequestFailed += (_, request) => Add($"request failed: {request.Url} {request.Failure}");
    }

    public IPage Page { get; }

    public static async Task<WatchedPage> CreateAsync(IBrowserContext context, Workbench workbench)
    {
        await context.AddInitScriptAsync(Watcher);
        var page = await context.NewPageAsync();
        // Generous: on a busy two-core machine (builds beside the tests) a page load took over 20 s.
        page.SetDefaultTimeout(90_000);
        page.SetDefaultNavigationTimeout(90_000);
        return new WatchedPage(context, page, workbench);
    }

    /// <summary>Opens a workbench path and waits until its script says it is done (body[data-ready]).</summary>
    public async Task<IResponse> GoAsync(string path)
    {
        var response = await Page.GotoAsync(path) ?? throw new InvalidOperationException($"no response for {path}");
        await ReadyAsync();
        return response;
    }

    /// <summary>Waits for the page's script to finish drawing (after a navigation by click or form).</summary>
    public Task ReadyAsync() => Page.WaitForSelectorAsync("body[data-ready='true']", new() { State = WaitForSelectorState.Attached });

    /// <summary>Asserts the page produced no console error, uncaught exception, failed request or CSP violation.</summary>
    public async Task AssertCleanAsync()
    {
        var violations = await Page.EvaluateAsync<string[]>("() => window.__cspViolations ?? []");
        var all = Snapshot().Concat(violations.Select(v => "CSP violation: " + v)).ToList();
        Assert.True(all.Count == 0, $"{Page.Url} was not clean:\n{string.Join('\n', all)}\n--- server ---\n{Tail(workbench.ServerLog)}");
    }

    /// <summary>Saves a full-page screenshot as a test artifact.</summary>
    public async Task ScreenshotAsync(string name)
    {
        await Page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(workbench.ScreenshotFolder, name + ".png"),
            FullPage = true,
        });
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();

    private void Add(string problem)
    {
        lock (problems)
        {
            problems.Add(problem);
        }
    }

    private List<string> Snapshot()
    {
        lock (problems)
        {
            return [.. problems];
        }
    }

    private static string Tail(string log) => log.Length > 3000 ? log[^3000..] : log;
}
