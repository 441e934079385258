using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Playwright;

namespace Atalaya.Web.BrowserTests.Support;

/// <summary>
/// One real workbench for all browser tests: the invented articles ingested by the real CLI into a temporary
/// SQLite database, `atalaya serve` on a free loopback port, and Debian's chromium driven by Playwright.
/// </summary>
public sealed class Workbench : IAsyncLifetime
{
    /// <summary>Debian's chromium; Playwright's own browser download is not used (and does not work offline).</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>The operator's key the server is started with (review actions need it).</summary>
    public const string ApiKey = "browser-test-key-5c1d";

    private static readonly TimeSpan StartupLimit = TimeSpan.FromSeconds(90);

    private readonly string folder = Path.Combine(Path.GetTempPath(), "atalaya-browser-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly StringBuilder serverLog = new();
    private Process? server;
    private IPlaywright? playwright;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go: .artifacts/screenshots at the repository root (git-ignored).</summary>
    public string ScreenshotFolder { get; } = Screenshots.Folder();

    /// <summary>What the server printed, for failures that need it.</summary>
    public string ServerLog
    {
        get
        {
            lock (serverLog)
            {
                return serverLog.ToString();
            }
        }
    }

    public async Task InitializeAsync()
    {
        // Fail loudly, not skip: CI installs chromium, so its absence is a broken machine, not a reason to pass.
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Debian's chromium at {ChromiumPath}; install it with `apt-get install -y chromium` (.ci/run does).");
        }

        var articles = InventedArticles.WriteAll(Path.Combine(folder, "articles"));
        var database = Path.Combine(folder, "workbench.db");
        var ingest = await AtalayaCli.RunAsync(["ingest", articles, "--db", database], timeout: TimeSpan.FromMinutes(3));
        if (ingest.ExitCode != 0)
        {
            throw new InvalidOperationException($"atalaya ingest failed:\n{ingest}");
        }

        BaseUrl = $"http://127.0.0.1:{FreePort()}";
        server = AtalayaCli.Start(["serve", "--db", database, "--urls", BaseUrl], folder, new Dictionary<string, string> { ["ATALAYA_API_KEY"] = ApiKey });
        server.OutputDataReceived += (_, e) => Log(e.Data);
        server.ErrorDataReceived += (_, e) => Log(e.Data);
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        server.StandardInput.Close();
        await WaitUntilServingAsync();

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        if (server is { HasExited: false })
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }

        server?.Dispose();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; the test result is what matters.
        }
    }

    /// <summary>A fresh browser page at the given window width, with its console and CSP watched.</summary>
    public async Task<WatchedPage> OpenAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        return await WatchedPage.CreateAsync(context, this);
    }

    private void Log(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (serverLog)
        {
            serverLog.AppendLine(line);
        }
    }

    private async Task WaitUntilServingAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartupLimit)
        {
            if (server!.HasExited)
            {
                throw new InvalidOperationException($"atalaya serve exited with code {server.ExitCode}:\n{ServerLog}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(BaseUrl + "/api/filters"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but slow to answer the first request.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"atalaya serve did not answer {BaseUrl}/api/filters within {StartupLimit}:\n{ServerLog}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class WorkbenchGroup : ICollectionFixture<Workbench>
{
    public const string Name = "workbench";
}
