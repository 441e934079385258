using System.Net;
using System.Text.Json;
using Atalaya.Web;
using Atalaya.Web.Http;
using Microsoft.AspNetCore.TestHost;

namespace Atalaya.Web.Tests;

/// <summary>Only the host names the server serves are answered, so a DNS-rebinding page cannot read the API.</summary>
[Collection(WorkbenchTests.Name)]
public sealed class HostCheckTests(WorkbenchFixture fixture)
{
    [Theory]
    [InlineData("localhost")]
    [InlineData("localhost:5080")]
    [InlineData("LOCALHOST.")]
    [InlineData("127.0.0.1:5080")]
    [InlineData("[::1]:5080")]
    public async Task Loopback_names_are_answered(string host)
    {
        using var response = await Get(fixture.Client, host, "/api/filters");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("attacker.example", "/api/filters")]
    [InlineData("attacker.example:5080", "/api/documents")]
    [InlineData("localhost.attacker.example", "/")]
    [InlineData("127.0.0.1.nip.io", "/openapi")]
    public async Task Other_names_are_421_with_the_way_to_allow_them(string host, string path)
    {
        using var response = await Get(fixture.Client, host, path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString()!;
        Assert.StartsWith("Host:", detail, StringComparison.Ordinal);
        Assert.Contains("--allowed-hosts", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Jalisco", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_the_operator_allows_and_the_bound_address_are_answered()
    {
        var app = fixture.StartOnCopy(new WorkbenchOptions { DatabasePath = "", Urls = "http://192.0.2.10:5080", AllowedHosts = ["atalaya.lan,mesa.lan", "Proxy.Example"] });
        using var client = app.GetTestClient();
        foreach (var host in new[] { "atalaya.lan", "mesa.lan:8443", "proxy.example", "192.0.2.10:5080", "localhost" })
        {
            using var response = await Get(client, host, "/api/filters");
            Assert.True(response.StatusCode == HttpStatusCode.OK, host);
        }

        using var other = await Get(client, "atalaya.lan.attacker.example", "/api/filters");
        Assert.Equal(HttpStatusCode.MisdirectedRequest, other.StatusCode);
    }

    [Fact]
    public void A_wildcard_binding_serves_this_machines_own_addresses()
    {
        var hosts = new ServedHosts("http://0.0.0.0:5080", []);
        Assert.True(hosts.Allows("127.0.0.1"));
        Assert.True(hosts.Allows(Dns.GetHostName()));
        Assert.False(hosts.Allows("attacker.example"));
        Assert.True(new ServedHosts("http://*:5080", []).Allows(Dns.GetHostName()));
        Assert.False(new ServedHosts("http://127.0.0.1:5080", []).Allows(Dns.GetHostName() + ".attacker.example"));
    }

    private static Task<HttpResponseMessage> Get(HttpClient client, string host, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Host = host;
        return client.SendAsync(request);
    }
}
