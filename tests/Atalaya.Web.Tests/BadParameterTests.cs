namespace Atalaya.Web.Tests;

/// <summary>Every kind of bad query parameter gets a 400 problem naming the parameter, never a 500.</summary>
/// <remarks>Run on both engines: <see cref="BadParameterTestsOnSqlite"/> and <see cref="BadParameterTestsOnPostgres"/>.</remarks>
public abstract class BadParameterTests(WorkbenchFixture fixture)
{
    [Theory]
    [InlineData("/api/events?from=2026-13-01", "from")]
    [InlineData("/api/events?from=yesterday", "from")]
    [InlineData("/api/events?to=2026-02-30", "to")]
    [InlineData("/api/events?from=2026-03-01&to=2026-02-01", "from")]
    [InlineData("/api/events?page=0", "page")]
    [InlineData("/api/events?page=-3", "page")]
    [InlineData("/api/events?page=two", "page")]
    [InlineData("/api/events?page=99999999999999", "page")]
    [InlineData("/api/events?page_size=0", "page_size")]
    [InlineData("/api/events?page_size=501", "page_size")]
    [InlineData("/api/events?page_size=1.5", "page_size")]
    [InlineData("/api/events?sort=random", "sort")]
    [InlineData("/api/events?sort=date&sort=-date", "sort")]
    [InlineData("/api/events?language=Spanish", "language")]
    [InlineData("/api/events?page=2147483647&page_size=500", "page")]
    [InlineData("/api/overview?to=20260101", "to")]
    [InlineData("/api/overview?language=e1", "language")]
    [InlineData("/api/events.csv?from=2026-1-1", "from")]
    [InlineData("/api/events.geojson?page_size=x&from=bad", "from")]
    [InlineData("/api/stories?page=0", "page")]
    [InlineData("/api/stories?from=2026-02-01&to=2026-01-01", "from")]
    [InlineData("/api/documents?page_size=1000", "page_size")]
    [InlineData("/api/documents?to=soon", "to")]
    [InlineData("/api/entities?type=PERSON", "type")]
    [InlineData("/api/entities?page=0", "page")]
    [InlineData("/api/claims?page_size=-1", "page_size")]
    [InlineData("/api/conflicts?page=a", "page")]
    [InlineData("/api/search", "q")]
    [InlineData("/api/search?q=", "q")]
    [InlineData("/api/search?q=%22%2A%28%29", "q")]
    [InlineData("/api/search?q=police&page=0", "page")]
    public Task Bad_values_are_400_with_the_parameter_named(string url, string parameter)
        => fixture.Client.BadRequest(url, parameter);

    [Theory]
    [InlineData("/api/search?q=AND")]
    [InlineData("/api/search?q=NEAR(a%20b)")]
    [InlineData("/api/search?q=%22unterminated")]
    [InlineData("/api/search?q=col%3Avalue")]
    [InlineData("/api/entities?q=%25_%5C")]
    [InlineData("/api/events?state=%27%3B%20DROP%20TABLE%20corpus_events%3B%20--")]
    [InlineData("/api/events?actor=E1%27%20OR%201%3D1")]
    public async Task Query_syntax_in_values_is_taken_literally(string url)
    {
        var json = await fixture.Client.Json(url);
        Assert.True(json.GetProperty("total").GetInt64() >= 0);
    }
}

[Collection(WorkbenchTests.Name)]
public sealed class BadParameterTestsOnSqlite(WorkbenchFixture fixture) : BadParameterTests(fixture);

[Collection(PostgresWorkbenchTests.Name)]
public sealed class BadParameterTestsOnPostgres(PostgresWorkbenchFixture fixture) : BadParameterTests(fixture);
