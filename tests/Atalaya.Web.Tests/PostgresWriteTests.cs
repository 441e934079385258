using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Atalaya.Web.Tests;

/// <summary>
/// POST /api/documents to a real `atalaya serve` process over a PostgreSQL database: the document is
/// analyzed, stored, consolidated and kept in the workbench's tables in the same request, and every
/// read then answers as a SQLite copy of the same corpus answers after the same post.
/// </summary>
[Collection(PostgresWorkbenchTests.Name)]
public sealed partial class PostgresWriteTests(PostgresWorkbenchFixture fixture)
{
    private static readonly object Body = new { text = Articles.Posted, title = "Asesinan a dos comerciantes en Uruapan", url = "https://example.org/uruapan", published = "2026-03-02" };

    /// <summary>The reads a posted document changes: its lists, counts, search and name search.</summary>
    private static readonly string[] Reads =
    [
        "/api/filters",
        "/api/overview",
        "/api/overview?state=Michoac%C3%A1n",
        "/api/overview?language=es",
        "/api/events?page_size=500",
        "/api/events?state=Michoac%C3%A1n",
        "/api/stories?page_size=500",
        "/api/documents?page_size=500",
        "/api/documents?state=Michoac%C3%A1n",
        "/api/entities?q=uruapan",
    ];

    [Fact]
    public async Task A_posted_document_is_stored_consolidated_and_read_as_on_sqlite()
    {
        var uri = fixture.NewCopyUri();
        var sqlite = fixture.StartOnCopy(WorkbenchFixture.Key);
        using var process = AtalayaCli.Start(
            ["serve", "--db", uri, "--urls", "http://127.0.0.1:0"],
            environment: new Dictionary<string, string> { [WorkbenchOptions.ApiKeyVariable] = WorkbenchFixture.Key });
        try
        {
            var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(2));
            Assert.NotNull(line);
            using var postgres = new HttpClient { BaseAddress = new Uri(Address().Match(line).Value), Timeout = TimeSpan.FromMinutes(3) };
            var before = await postgres.Json("/api/documents?page_size=500");
            Assert.Equal(Articles.All.Count, before.GetProperty("total").GetInt32());

            using var wrong = await postgres.SendAsync(Post("wrong-key"));
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);

            using var created = await postgres.SendAsync(Post(WorkbenchFixture.Key));
            var body = await created.Content.ReadAsStringAsync();
            Assert.True(created.StatusCode == HttpStatusCode.Created, body);
            var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
            Assert.Equal($"/api/documents/{id}", created.Headers.Location?.OriginalString);
            using var onSqlite = await sqlite.SendAsync(Post(WorkbenchFixture.Key));
            Assert.Equal(HttpStatusCode.Created, onSqlite.StatusCode);
            Assert.Equal(await onSqlite.Content.ReadAsStringAsync(), body);

            // Found at once through the full-text index, the name search and the pre-counted facets.
            var found = await postgres.Json($"/api/documents/{Uri.EscapeDataString(id)}");
            Assert.Equal(Articles.Posted, found.GetProperty("text").GetString());
            Assert.False(string.IsNullOrEmpty(found.GetProperty("story").GetString()));
            var search = await postgres.Json("/api/search?q=comerciantes%20Uruapan");
            Assert.Contains(id, search.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()));
            Assert.Contains((await postgres.Json("/api/entities?q=uruapan")).GetProperty("items").EnumerateArray(), e => e.GetProperty("name").GetString() == "Uruapan");
            Assert.Equal(Articles.All.Count + 1, (await postgres.Json("/api/documents?page_size=500")).GetProperty("total").GetInt32());
            foreach (var url in Reads.Append($"/api/documents/{Uri.EscapeDataString(id)}"))
            {
                Assert.Equal(await sqlite.GetStringAsync(url), await postgres.GetStringAsync(url));
            }

            // The same text again is known, not stored twice.
            using var again = await postgres.SendAsync(Post(WorkbenchFixture.Key));
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.Equal(Articles.All.Count + 1, (await postgres.Json("/api/documents?page_size=500")).GetProperty("total").GetInt32());
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static HttpRequestMessage Post(string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/documents", UriKind.Relative)) { Content = JsonContent.Create(Body) };
        request.Headers.Add("X-Api-Key", key);
        return request;
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex Address();
}
