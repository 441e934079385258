using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Atalaya.Web;
using Microsoft.AspNetCore.TestHost;

namespace Atalaya.Web.Tests;

/// <summary>A request body over the limit is 413 with a problem naming the limit, not a 500, in the test server and in a real one.</summary>
[Collection(WorkbenchTests.Name)]
public sealed partial class BodyLimitTests(WorkbenchFixture fixture)
{
    [Fact]
    public async Task A_body_over_the_configured_limit_is_413_and_nothing_is_stored()
    {
        var app = fixture.StartOnCopy(new WorkbenchOptions { DatabasePath = "", ApiKey = WorkbenchFixture.Key, MaxRequestBodyBytes = 4096 });
        using var client = app.GetTestClient();
        using var response = await client.SendAsync(Post(Body(8192)));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.RequestEntityTooLarge, body);
        Assert.Contains("4,096 bytes", JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(Articles.All.Count, (await client.Json("/api/documents?page_size=500")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_real_server_answers_413_to_a_body_over_32_MB_sent_with_or_without_a_length()
    {
        using var folder = new TempFolder();
        var database = folder.File("copy.db");
        File.Copy(fixture.DatabasePath, database);
        using var process = AtalayaCli.Start(["serve", "--db", database, "--urls", "http://127.0.0.1:0"], environment: new Dictionary<string, string> { ["ATALAYA_API_KEY"] = WorkbenchFixture.Key });
        try
        {
            var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(1));
            // The client waits for the server's go-ahead as long as it takes on a busy machine (the default is one second).
            using var handler = new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromMinutes(1) };
            using var client = new HttpClient(handler) { BaseAddress = new Uri(Address().Match(line ?? "").Value), Timeout = TimeSpan.FromMinutes(2) };
            var json = Body(33 * 1024 * 1024);

            // A NUL in the path (the test server cannot even send one) is refused too, not a 500.
            using (var nul = await client.GetAsync(new Uri("/api/events/E1%00", UriKind.Relative)))
            {
                Assert.Equal(HttpStatusCode.BadRequest, nul.StatusCode);
            }

            using var declared = await client.SendAsync(Post(json));
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared.StatusCode);

            // Sent in chunks, the length is only known while reading: Kestrel's own limit stops it, still as a 413.
            var answer = await SendChunked(client.BaseAddress!, json);
            Assert.StartsWith("HTTP/1.1 413", answer, StringComparison.Ordinal);
            Assert.Contains("application/problem+json", answer, StringComparison.Ordinal);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>
    /// Posts the body in chunks over a plain socket and returns what the server answered. The server closes the
    /// connection once it refuses the body, so the answer is read while the body is still being sent.
    /// </summary>
    private static async Task<string> SendChunked(Uri server, byte[] json)
    {
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        var stream = tcp.GetStream();
        var answer = ReadAnswer(stream);
        var head = $"POST /api/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Api-Key: {WorkbenchFixture.Key}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        try
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
            for (var offset = 0; offset < json.Length && !answer.IsCompleted; offset += 65536)
            {
                var size = Math.Min(65536, json.Length - offset);
                await stream.WriteAsync(Encoding.ASCII.GetBytes($"{size:X}\r\n"));
                await stream.WriteAsync(json.AsMemory(offset, size));
                await stream.WriteAsync("\r\n"u8.ToArray());
            }

            await stream.WriteAsync("0\r\n\r\n"u8.ToArray());
        }
        catch (IOException)
        {
            // The server stopped reading: its answer is already on its way.
        }

        return await answer.WaitAsync(TimeSpan.FromMinutes(1));
    }

    private static async Task<string> ReadAnswer(Stream stream)
    {
        var buffer = new byte[8192];
        var read = 0;
        try
        {
            while (read < buffer.Length && !Encoding.ASCII.GetString(buffer, 0, read).Contains('}', StringComparison.Ordinal))
            {
                var count = await stream.ReadAsync(buffer.AsMemory(read));
                if (count == 0)
                {
                    break;
                }

                read += count;
            }
        }
        catch (IOException)
        {
            // A reset after the answer: what was read is the answer.
        }

        return Encoding.ASCII.GetString(buffer, 0, read);
    }

    private static byte[] Body(int size)
    {
        var text = new StringBuilder(size);
        while (text.Length < size)
        {
            text.Append("La policía halló un vehículo abandonado en San Telmo. ");
        }

        return Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { text = text.ToString() }));
    }

    private static HttpRequestMessage Post(byte[] json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/documents", UriKind.Relative)) { Content = new ByteArrayContent(json) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Api-Key", WorkbenchFixture.Key);

        // The client waits for the server's go-ahead, so a refused body is not sent into a closed connection.
        request.Headers.ExpectContinue = true;
        return request;
    }

    [GeneratedRegex(@"http://[^\s,]+")]
    private static partial Regex Address();
}
