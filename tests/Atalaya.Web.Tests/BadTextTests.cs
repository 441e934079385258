using System.Net;
using System.Text;
using System.Text.Json;

namespace Atalaya.Web.Tests;

/// <summary>Text no endpoint can use (NUL, control characters, lone surrogates, over-long values) is a 400 naming where it was, never a 500.</summary>
[Collection(WorkbenchTests.Name)]
public sealed class BadTextTests(WorkbenchFixture fixture)
{
    [Theory]
    [InlineData("/api/search?q=a%00b", "q")]
    [InlineData("/api/entities?q=a%00b", "q")]
    [InlineData("/api/entities?q=Cartel%1B%5B31m", "q")]
    [InlineData("/api/search?q=%01%02", "q")]
    [InlineData("/api/events?state=Jalisco%00", "state")]
    [InlineData("/api/claims?subject=a%00b", "subject")]
    [InlineData("/api/conflicts?subject=%7F", "subject")]
    [InlineData("/api/documents?actor=x%00", "actor")]
    [InlineData("/api/events/E1%1B", "path")]
    [InlineData("/api/entities/a%01b", "path")]
    [InlineData("/api/documents/a%7Fb", "path")]
    [InlineData("/api/stories/a%07b", "path")]
    public async Task Control_characters_in_a_query_or_path_are_400(string url, string parameter)
        => await fixture.Client.BadRequest(url, parameter);

    [Fact]
    public async Task Over_long_queries_are_400()
    {
        await fixture.Client.BadRequest("/api/search?q=" + new string('a', 501), "q");
        await fixture.Client.BadRequest("/api/entities?q=" + new string('b', 201), "q");
        await fixture.Client.BadRequest("/api/claims?subject=" + new string('c', 201), "subject");
    }

    [Fact]
    public async Task Invalid_utf8_in_a_query_is_read_as_replacement_characters_not_a_failure()
    {
        // %ED%A0%80 would be a lone surrogate in UTF-8; the server decodes it to U+FFFD, which is text like any other.
        var search = await fixture.Client.Json("/api/search?q=Jalisco%ED%A0%80");
        Assert.Equal(JsonValueKind.Array, search.GetProperty("documents").ValueKind);
        Assert.Equal(JsonValueKind.Array, (await fixture.Client.Json("/api/entities?q=%C0%80%ED%A0%80")).GetProperty("items").ValueKind);
    }

    [Theory]
    [InlineData("{\"text\": \"Hallan un auto con \\u0000 en San Telmo.\"}", "text")]
    [InlineData("{\"text\": \"Hallan un auto en San Telmo.\", \"title\": \"t\\u001b[2J\"}", "title")]
    [InlineData("{\"text\": \"Hallan un auto en San Telmo.\", \"source\": \"a\\u0000\"}", "source")]
    [InlineData("{\"text\": \"Hallan un auto \\ud800 en San Telmo.\"}", "body")]
    [InlineData("{\"text\": \"Hallan un auto \\udc00\\ud800 en San Telmo.\"}", "body")]
    public async Task Bad_text_in_a_posted_document_is_400_and_nothing_is_stored(string json, string field)
    {
        var client = fixture.StartOnCopy(WorkbenchFixture.Key);
        using var response = await PostRaw(client, Encoding.UTF8.GetBytes(json));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith(field + ":", JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(Articles.All.Count, (await client.Json("/api/documents?page_size=500")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Invalid_utf8_bytes_in_a_posted_body_are_400()
    {
        var client = fixture.StartOnCopy(WorkbenchFixture.Key);

        // A Latin-1 body: 'Policía' with a lone 0xED byte.
        using var response = await PostRaw(client, Encoding.Latin1.GetBytes("{\"text\": \"La Polic\u00eda detuvo a dos hombres en San Telmo.\"}"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
        Assert.StartsWith("body:", JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostRaw(HttpClient client, byte[] json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/documents", UriKind.Relative)) { Content = new ByteArrayContent(json) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Api-Key", WorkbenchFixture.Key);
        return await client.SendAsync(request);
    }
}
