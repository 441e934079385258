using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Atalaya.Watch.Tests.Support;

/// <summary>What a test page answers: status, body, content type and extra headers.</summary>
internal sealed record Reply(int Status, byte[] Body, string ContentType = "text/html; charset=utf-8", IReadOnlyDictionary<string, string>? Headers = null)
{
    public static Reply Html(string html) => new(200, Encoding.UTF8.GetBytes(html));

    public static Reply Xml(string xml) => new(200, Encoding.UTF8.GetBytes(xml), "application/xml; charset=utf-8");

    public static Reply Code(int status) => new(status, Encoding.UTF8.GetBytes($"status {status}"), "text/plain");
}

/// <summary>
/// A web site on 127.0.0.1 (a free port) served by the tests: pages registered by path, every request
/// logged with its headers. A page registered with an ETag answers 304 to a request that sends it back.
/// </summary>
internal sealed class LocalSite : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly ConcurrentDictionary<string, Func<HttpListenerRequest, Task<Reply>>> pages = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource stop = new();
    private readonly Task serving;

    public LocalSite()
    {
        Port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        serving = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Base => $"http://127.0.0.1:{Port}";

    /// <summary>Requests received: method, path and query, and the headers that matter to politeness.</summary>
    public ConcurrentQueue<(string Method, string Path, string? UserAgent, string? IfNoneMatch, string? Body)> Requests { get; } = new();

    public string Url(string path) => Base + path;

    public void Serve(string path, Func<HttpListenerRequest, Task<Reply>> answer) => pages[path] = answer;

    public void Serve(string path, Func<HttpListenerRequest, Reply> answer) => pages[path] = request => Task.FromResult(answer(request));

    public void Serve(string path, Reply reply) => Serve(path, _ => reply);

    /// <summary>A page with an ETag: a request sending it back gets 304 and no body.</summary>
    public void ServeWithETag(string path, Reply reply, string etag)
        => Serve(path, request => request.Headers["If-None-Match"] == etag
            ? new Reply(304, [], reply.ContentType, new Dictionary<string, string> { ["ETag"] = etag })
            : reply with { Headers = new Dictionary<string, string> { ["ETag"] = etag } });

    public int Hits(string path) => Requests.Count(r => r.Path == path);

    public void Dispose()
    {
        stop.Cancel();
        listener.Close();
        try
        {
            serving.Wait(TimeSpan.FromSeconds(10));
        }
        catch (AggregateException)
        {
            // The listener's own cancellation on close.
        }

        stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }

            // Each request on its own: a slow page must not hold the others back.
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var path = request.Url!.PathAndQuery;
        string? body = null;
        if (request.HasEntityBody)
        {
            using var reader = new StreamReader(request.InputStream, Encoding.UTF8);
            body = await reader.ReadToEndAsync();
        }

        Requests.Enqueue((request.HttpMethod, path, request.UserAgent, request.Headers["If-None-Match"], body));
        var response = context.Response;
        try
        {
            var reply = pages.TryGetValue(path, out var answer) ? await answer(request) : Reply.Code(404);
            response.StatusCode = reply.Status;
            response.ContentType = reply.ContentType;
            foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
            {
                response.Headers[name] = value;
            }

            if (reply.Status != 304)
            {
                response.ContentLength64 = reply.Body.Length;
                await response.OutputStream.WriteAsync(reply.Body, stop.Token);
            }

            response.Close();
        }
        catch (Exception error) when (error is HttpListenerException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The client gave up (a timeout under test) or the site is stopping.
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
