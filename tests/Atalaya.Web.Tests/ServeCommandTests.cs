using System.Net;
using System.Text.RegularExpressions;

namespace Atalaya.Web.Tests;

/// <summary>atalaya serve as a real process: it prints where it listens, answers there, and refuses a missing database.</summary>
[Collection(WorkbenchTests.Name)]
public sealed partial class ServeCommandTests(WorkbenchFixture fixture)
{
    [Fact]
    public async Task Serve_prints_its_loopback_address_and_answers_there()
    {
        using var process = AtalayaCli.Start(["serve", "--db", fixture.DatabasePath, "--urls", "http://127.0.0.1:0"]);
        try
        {
            var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(1));
            Assert.NotNull(line);
            var url = Address().Match(line).Value;
            Assert.StartsWith("http://127.0.0.1:", url, StringComparison.Ordinal);
            Assert.Contains("off", await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(1)), StringComparison.Ordinal);

            using var client = new HttpClient { BaseAddress = new Uri(url) };
            using var response = await client.GetAsync(new Uri("/api/filters", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Jalisco", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task Serve_answers_the_allowed_host_names_and_refuses_others()
    {
        using var process = AtalayaCli.Start(["serve", "--db", fixture.DatabasePath, "--urls", "http://127.0.0.1:0", "--allowed-hosts", "atalaya.lan,mesa.lan"]);
        try
        {
            var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(1));
            using var client = new HttpClient { BaseAddress = new Uri(Address().Match(line ?? "").Value) };
            foreach (var (host, expected) in new[] { ("atalaya.lan", HttpStatusCode.OK), ("mesa.lan", HttpStatusCode.OK), ("127.0.0.1", HttpStatusCode.OK), ("rebound.example", HttpStatusCode.MisdirectedRequest) })
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/filters", UriKind.Relative));
                request.Headers.Host = host;
                using var response = await client.SendAsync(request);
                Assert.True(expected == response.StatusCode, $"{host}: {(int)response.StatusCode}");
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task Serve_refuses_a_missing_database_with_its_name()
    {
        var result = await AtalayaCli.RunAsync("serve", "--db", "/nonexistent-folder/none.db", "--urls", "http://127.0.0.1:0");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("none.db", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_ends_after_the_summary_when_output_is_redirected()
    {
        using var folder = new TempFolder();
        var result = await AtalayaCli.RunAsync(["demo", "--db", folder.File("demo.db")], timeout: TimeSpan.FromMinutes(3));
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("workbench on", result.StdOut, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"http://[^\s,]+")]
    private static partial Regex Address();
}
