using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Atalaya.Web.Tests;

/// <summary>POST /api/documents: refused without an operator key, 401 for a wrong one, analyzed and stored with the right one.</summary>
[Collection(WorkbenchTests.Name)]
public sealed class WriteTests(WorkbenchFixture fixture)
{
    private static readonly object Body = new { text = Articles.Posted, title = "Asesinan a dos comerciantes en Uruapan", url = "https://example.org/uruapan", published = "2026-03-02" };

    [Fact]
    public async Task Without_a_configured_key_writes_are_forbidden()
    {
        var client = fixture.Client;
        using var request = Post(Body, WorkbenchFixture.Key);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("ATALAYA_API_KEY", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong-key")]
    [InlineData("test-key-7f3a ")]
    public async Task A_missing_or_wrong_key_is_401(string? key)
    {
        var client = fixture.StartOnCopy(WorkbenchFixture.Key);
        using var request = Post(Body, key);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var documents = await client.Json("/api/documents?page_size=500");
        Assert.Equal(Articles.All.Count, documents.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_right_key_stores_the_analyzed_document_and_it_is_then_found()
    {
        var client = fixture.StartOnCopy(WorkbenchFixture.Key);
        var michoacanBefore = (await client.Json("/api/events?state=Michoac%C3%A1n")).GetProperty("total").GetInt32();
        using var request = Post(Body, WorkbenchFixture.Key);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        var document = JsonDocument.Parse(body).RootElement;
        var id = document.GetProperty("id").GetString()!;
        Assert.Equal("es", document.GetProperty("language").GetString());
        Assert.Equal(Articles.Posted, document.GetProperty("text").GetString());
        Assert.NotEmpty(document.GetProperty("entities").EnumerateArray());
        Assert.Equal($"/api/documents/{id}", response.Headers.Location?.OriginalString);

        var found = await client.Json($"/api/documents/{Uri.EscapeDataString(id)}");
        Assert.Equal(Articles.Posted, found.GetProperty("text").GetString());
        var list = await client.Json("/api/documents?page_size=500");
        Assert.Equal(Articles.All.Count + 1, list.GetProperty("total").GetInt32());
        var search = await client.Json("/api/search?q=comerciantes%20Uruapan");
        Assert.Contains(id, search.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()));

        // Consolidated: its event, story and entities are in the lists the pages read.
        Assert.Equal(michoacanBefore + 1, (await client.Json("/api/events?state=Michoac%C3%A1n")).GetProperty("total").GetInt32());
        Assert.Contains((await client.Json("/api/entities?q=uruapan")).GetProperty("items").EnumerateArray(), e => e.GetProperty("name").GetString() == "Uruapan");
        Assert.False(string.IsNullOrEmpty(found.GetProperty("story").GetString()));

        // The same text again is not stored twice.
        using var again = Post(Body, WorkbenchFixture.Key);
        using var second = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(Articles.All.Count + 1, (await client.Json("/api/documents?page_size=500")).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("not json", "body")]
    [InlineData("[1, 2]", "body")]
    [InlineData("{\"title\": \"no text\"}", "text")]
    [InlineData("{\"text\": \"   \"}", "text")]
    [InlineData("{\"text\": 42}", "body")]
    [InlineData("{\"text\": \"Un texto\", \"url\": \"javascript:alert(1)\"}", "url")]
    [InlineData("", "body")]
    public async Task Bad_bodies_are_400(string json, string parameter)
    {
        var client = fixture.StartOnCopy(WorkbenchFixture.Key);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/documents", UriKind.Relative))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Api-Key", WorkbenchFixture.Key);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
        Assert.StartsWith(parameter + ":", JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static HttpRequestMessage Post(object body, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/documents", UriKind.Relative)) { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return request;
    }
}
