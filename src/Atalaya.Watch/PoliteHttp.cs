using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace Atalaya.Watch;

/// <summary>What one GET gave: the body (null for a 304), or the reason it failed.</summary>
internal sealed record Fetched(HttpStatusCode Status, byte[]? Body, string? MediaType, string? Charset, string? ETag, string? LastModified, Uri FinalUrl, string? Error)
{
    public bool NotModified => Status == HttpStatusCode.NotModified;

    public static Fetched Failed(Uri url, string error, HttpStatusCode status = 0) => new(status, null, null, null, null, null, url, error);
}

/// <summary>
/// Every request of a watch: one HttpClient with a clear User-Agent, redirects followed (at most 5),
/// compressed answers accepted, each attempt bounded by the timeout, and retries with exponential
/// back-off and jitter (Microsoft.Extensions.Http.Resilience) for connection errors, timeouts, 408,
/// 429 and 5xx answers, a Retry-After honoured up to half a minute; all of it inside the host's turn.
/// </summary>
internal sealed class PoliteHttp : IDisposable
{
    private readonly HttpClient client;
    private readonly HostGate gate;
    private readonly WatchOptions options;

    public PoliteHttp(WatchOptions options)
    {
        this.options = options;
        gate = new HostGate(options);
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(0, options.Retries),
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                MaxDelay = TimeSpan.FromSeconds(30),
                ShouldRetryAfterHeader = true,
            })
            .AddTimeout(new HttpTimeoutStrategyOptions { Timeout = options.Timeout })
            .Build();
        var sockets = new SocketsHttpHandler
        {
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = 5,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        client = new HttpClient(new ResilienceHandler(pipeline) { InnerHandler = sockets })
        {
            // Each attempt has its own limit (the timeout strategy above); the retries add up.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
    }

    /// <summary>A conditional GET (with the validators given) of at most <see cref="WatchOptions.MaxBytes"/>.</summary>
    public async Task<Fetched> GetAsync(Uri url, string accept, string? etag, string? lastModified, TimeSpan? crawlDelay, CancellationToken cancellation)
    {
        using var turn = await gate.EnterAsync(url, crawlDelay, cancellation).ConfigureAwait(false);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd(accept);
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (lastModified is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        }

        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellation).ConfigureAwait(false);
            var final = response.RequestMessage?.RequestUri ?? url;
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new Fetched(response.StatusCode, null, null, null, etag, lastModified, final, null);
            }

            if (!response.IsSuccessStatusCode)
            {
                return Fetched.Failed(final, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd(), response.StatusCode);
            }

            var content = response.Content.Headers;
            if (content.ContentLength > options.MaxBytes)
            {
                return Fetched.Failed(final, $"answer is {Megabytes(content.ContentLength.Value)}, above the {Megabytes(options.MaxBytes)} limit", response.StatusCode);
            }

            var body = await ReadBoundedAsync(response.Content, cancellation).ConfigureAwait(false);
            if (body is null)
            {
                return Fetched.Failed(final, $"answer is above the {Megabytes(options.MaxBytes)} limit (not read further)", response.StatusCode);
            }

            return new Fetched(
                response.StatusCode,
                body,
                content.ContentType?.MediaType,
                content.ContentType?.CharSet?.Trim('"'),
                response.Headers.ETag?.ToString(),
                content.LastModified?.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
                final,
                null);
        }
        catch (TimeoutRejectedException)
        {
            return Fetched.Failed(url, $"no answer within {options.Timeout.TotalSeconds:0.#} s ({options.Retries + 1} attempts)");
        }
        catch (HttpRequestException error)
        {
            return Fetched.Failed(url, $"cannot fetch: {error.Message}");
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return Fetched.Failed(url, $"no answer within {options.Timeout.TotalSeconds:0.#} s");
        }
        catch (IOException error)
        {
            return Fetched.Failed(url, $"connection broken: {error.Message}");
        }
    }

    /// <summary>POSTs JSON (to a webhook); null when the receiver answered 2xx, else the reason.</summary>
    public async Task<string?> PostJsonAsync(Uri url, string json, CancellationToken cancellation)
    {
        try
        {
            using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
            using var response = await client.PostAsync(url, content, cancellation).ConfigureAwait(false);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd();
        }
        catch (TimeoutRejectedException)
        {
            return $"no answer within {options.Timeout.TotalSeconds:0.#} s";
        }
        catch (HttpRequestException error)
        {
            return $"cannot post: {error.Message}";
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return $"no answer within {options.Timeout.TotalSeconds:0.#} s";
        }
    }

    public void Dispose()
    {
        client.Dispose();
        gate.Dispose();
    }

    /// <summary>The body, or null past the limit (a server may send more than its Content-Length said, or none).</summary>
    private async Task<byte[]?> ReadBoundedAsync(HttpContent content, CancellationToken cancellation)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(options.Timeout);
        var stream = await content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, timeout.Token).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > options.MaxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }

    private static string Megabytes(long bytes) => $"{bytes / 1024.0 / 1024.0:0.#} MB";
}
