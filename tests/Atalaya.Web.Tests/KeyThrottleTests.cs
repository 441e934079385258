using System.Net;
using System.Text;
using Atalaya.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Atalaya.Web.Tests;

/// <summary>Wrong API keys are throttled per client address: the sixth within a minute is 429 with Retry-After, even with the right key.</summary>
[Collection(WorkbenchTests.Name)]
public sealed class KeyThrottleTests(WorkbenchFixture fixture)
{
    private static readonly IPAddress Guesser = IPAddress.Parse("10.0.0.7");
    private static readonly IPAddress Analyst = IPAddress.Parse("10.0.0.8");

    [Fact]
    public async Task The_sixth_wrong_key_in_a_minute_is_429_for_that_address_only_until_the_minute_passes()
    {
        var clock = new ManualClock();
        var app = fixture.StartOnCopy(new WorkbenchOptions { DatabasePath = "", ApiKey = WorkbenchFixture.Key }, services => services.AddSingleton<TimeProvider>(clock));
        var server = app.GetTestServer();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            Assert.Equal(StatusCodes.Status401Unauthorized, (await Post(server, Guesser, $"guess-{attempt}")).Response.StatusCode);
            clock.Advance(TimeSpan.FromSeconds(5));
        }

        var throttled = await Post(server, Guesser, "guess-6");
        Assert.Equal(StatusCodes.Status429TooManyRequests, throttled.Response.StatusCode);
        Assert.Equal("35", throttled.Response.Headers.RetryAfter.ToString());
        Assert.Contains("too many wrong keys", await new StreamReader(throttled.Response.Body).ReadToEndAsync(), StringComparison.Ordinal);

        // The right key does not get through either: a throttled client learns nothing about the keys it tries.
        Assert.Equal(StatusCodes.Status429TooManyRequests, (await Post(server, Guesser, WorkbenchFixture.Key)).Response.StatusCode);

        // Another address is not held back by the first one's failures.
        Assert.Equal(StatusCodes.Status401Unauthorized, (await Post(server, Analyst, "typo")).Response.StatusCode);

        // When the oldest failure leaves the minute, one more attempt is allowed.
        clock.Advance(TimeSpan.FromSeconds(36));
        Assert.Equal(StatusCodes.Status401Unauthorized, (await Post(server, Guesser, "guess-7")).Response.StatusCode);
        Assert.Equal(StatusCodes.Status429TooManyRequests, (await Post(server, Guesser, "guess-8")).Response.StatusCode);
    }

    [Theory]
    [InlineData("10.1.2.3", "10.1.2.3")]
    [InlineData("::ffff:10.1.2.3", "10.1.2.3")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::9", "2001:db8:1:2::/64")]
    public void An_ipv6_client_is_counted_by_its_64_bit_network(string address, string client)
        => Assert.Equal(client, Atalaya.Web.Api.KeyAttemptThrottle.ClientOf(IPAddress.Parse(address)));

    private static Task<HttpContext> Post(TestServer server, IPAddress from, string key) => server.SendAsync(context =>
    {
        context.Connection.RemoteIpAddress = from;
        context.Request.Method = HttpMethods.Post;
        context.Request.Path = "/api/documents";
        context.Request.Headers["X-Api-Key"] = key;
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes("{\"text\": \"Detienen a un hombre en San Telmo.\"}"));
    });

    /// <summary>A clock the test moves by hand, so the minute of the throttle passes without waiting.</summary>
    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;
    }
}
