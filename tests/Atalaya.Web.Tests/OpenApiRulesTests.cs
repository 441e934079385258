using System.Text.Json;

namespace Atalaya.Web.Tests;

/// <summary>
/// The rules of Redocly's recommended set that matter to a generated client, checked without Node (CI also runs
/// the linter itself: tools/openapi-lint): unique operationIds, summaries, declared responses and security.
/// </summary>
[Collection(WorkbenchTests.Name)]
public sealed class OpenApiRulesTests(WorkbenchFixture fixture)
{
    private static readonly string[] WriteAnswers = ["200", "400", "401", "403", "404", "429"];

    [Fact]
    public async Task Every_operation_has_a_unique_operation_id_a_summary_and_responses()
    {
        var document = await fixture.Client.Json("/openapi");
        var ids = new List<string>();
        foreach (var (path, operation) in Operations(document))
        {
            var id = operation.TryGetProperty("operationId", out var value) ? value.GetString() : null;
            Assert.False(string.IsNullOrEmpty(id), $"{path}: no operationId");
            Assert.Matches("^[A-Za-z0-9_-]+$", id);
            ids.Add(id);
            Assert.False(string.IsNullOrWhiteSpace(operation.TryGetProperty("summary", out var summary) ? summary.GetString() : null), $"{path}: no summary");
            Assert.True(operation.TryGetProperty("responses", out var responses) && responses.EnumerateObject().Any(), $"{path}: no responses");
        }

        Assert.Equal(24, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(document.GetProperty("servers").EnumerateArray(), s => s.GetProperty("url").GetString()!.EndsWith('/'));
    }

    [Fact]
    public async Task Posting_a_document_declares_the_api_key_scheme_and_reading_is_declared_open()
    {
        var document = await fixture.Client.Json("/openapi");
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("apiKey", scheme.GetProperty("type").GetString());
        Assert.Equal("header", scheme.GetProperty("in").GetString());
        Assert.Equal("X-Api-Key", scheme.GetProperty("name").GetString());

        var post = document.GetProperty("paths").GetProperty("/api/documents").GetProperty("post");
        var required = post.GetProperty("security").EnumerateArray().Single();
        Assert.Equal(["ApiKey"], required.EnumerateObject().Select(p => p.Name));
        foreach (var status in new[] { "401", "403", "413", "429" })
        {
            Assert.True(post.GetProperty("responses").TryGetProperty(status, out _), status);
        }

        // The review actions are writes too: the same scheme and refusals (merges and splits also answer 409 when there is nothing to do).
        foreach (var (path, conflict) in new[] { ("/api/events/{id}/review", false), ("/api/events/merge", true), ("/api/events/{id}/split", true), ("/api/entities/merge", true) })
        {
            var review = document.GetProperty("paths").GetProperty(path).GetProperty("post");
            Assert.Equal(["ApiKey"], review.GetProperty("security").EnumerateArray().Single().EnumerateObject().Select(p => p.Name));
            foreach (var status in WriteAnswers.Concat(conflict ? ["409"] : []))
            {
                Assert.True(review.GetProperty("responses").TryGetProperty(status, out _), $"{path} {status}");
            }
        }

        // Every scheme an operation names is declared, and the root says the other operations need none.
        var root = document.GetProperty("security").EnumerateArray().ToList();
        Assert.Contains(root, r => !r.EnumerateObject().Any());
        foreach (var (path, operation) in Operations(document))
        {
            foreach (var requirement in operation.TryGetProperty("security", out var security) ? security.EnumerateArray() : Enumerable.Empty<JsonElement>())
            {
                Assert.All(requirement.EnumerateObject(), p => Assert.True(document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty(p.Name, out _), $"{path}: {p.Name}"));
            }
        }
    }

    private static IEnumerable<(string Path, JsonElement Operation)> Operations(JsonElement document)
        => document.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject().Select(op => ($"{op.Name.ToUpperInvariant()} {path.Name}", op.Value)));
}
