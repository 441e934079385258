using System.Net;
using System.Text.RegularExpressions;

namespace Atalaya.Web.Tests;

/// <summary>atalaya serve as a real process over a PostgreSQL database: it answers from it, and never prints the password of its URI.</summary>
[Collection(PostgresWorkbenchTests.Name)]
public sealed partial class ServeOnPostgresTests(PostgresWorkbenchFixture fixture)
{
    [Fact]
    public async Task Serve_answers_from_a_postgresql_database_without_showing_its_password()
    {
        using var process = AtalayaCli.Start(["serve", "--db", fixture.Location, "--urls", "http://127.0.0.1:0"]);
        try
        {
            var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(1));
            Assert.NotNull(line);
            Assert.Contains("postgresql://", line, StringComparison.Ordinal);
            Assert.DoesNotContain(new Uri(fixture.Location).UserInfo.Split(':')[1], line, StringComparison.Ordinal);

            using var client = new HttpClient { BaseAddress = new Uri(Address().Match(line).Value) };
            using var response = await client.GetAsync(new Uri("/api/overview?state=Jalisco", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Jalisco", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex Address();
}
