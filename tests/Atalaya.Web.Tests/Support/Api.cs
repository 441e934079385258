using System.Net;
using System.Text.Json;

namespace Atalaya.Web.Tests;

/// <summary>Requests to the API and the checks every answer shares.</summary>
public static class Api
{
    public static async Task<JsonElement> Json(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{url}: {(int)response.StatusCode} {body}");
        var type = response.Content.Headers.ContentType?.MediaType;
        Assert.True(type is "application/json" or "application/problem+json", $"{url}: content type {type}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asserts a problem+json 400 whose detail names the parameter.</summary>
    public static async Task BadRequest(this HttpClient client, string url, string parameter)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{url}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        Assert.StartsWith(parameter + ":", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    public static IEnumerable<string> Strings(this JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!);
}
