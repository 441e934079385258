using System.Text;
using System.Text.Json;

namespace Atalaya.Cli.Tests.Fuzz;

/// <summary>One body for POST /api/documents and what the server must answer: 201 (a good article) or a 4xx problem.</summary>
public sealed record FuzzBody(string Class, byte[] Json, bool Good);

/// <summary>Request bodies for the server's write endpoint: good articles mixed with every kind of bad JSON and text.</summary>
public static class FuzzBodies
{
    private static readonly string[] BadClasses =
    [
        "truncated-json", "text-of-wrong-type", "not-an-object", "empty-body", "no-text", "lone-surrogate-escape", "latin1-bytes",
        "truncated-utf8", "nul-in-text", "control-characters-in-title", "deeply-nested-json", "script-url", "random-bytes",
    ];

    public static List<FuzzBody> Make(Random random, FuzzArticles.Maker articles, int count)
    {
        var bodies = new List<FuzzBody>();
        for (var i = 0; i < count; i++)
        {
            var text = articles.Next();
            if (i % 12 == 0)
            {
                bodies.Add(new FuzzBody("good", JsonSerializer.SerializeToUtf8Bytes(new { text, title = "Nota " + i, url = $"https://example.org/nota/{i}" }), Good: true));
                continue;
            }

            var @class = BadClasses[random.Next(BadClasses.Length)];
            bodies.Add(new FuzzBody(@class, Bad(random, @class, text), Good: false));
        }

        return bodies;
    }

    private static byte[] Bad(Random random, string @class, string text)
    {
        var good = JsonSerializer.SerializeToUtf8Bytes(new { text });
        var quoted = text.Replace("\"", "", StringComparison.Ordinal);
        return @class switch
        {
            "truncated-json" => good[..random.Next(1, good.Length - 1)],
            "text-of-wrong-type" => Encoding.UTF8.GetBytes(random.Next(3) switch { 0 => "{\"text\": 7}", 1 => "{\"text\": [\"a\"]}", _ => "{\"text\": \"ok\", \"title\": {\"x\": 1}}" }),
            "not-an-object" => Encoding.UTF8.GetBytes(random.Next(3) switch { 0 => "[]", 1 => "\"texto\"", _ => "null" }),
            "empty-body" => [],
            "no-text" => "{\"title\": \"Sin texto\"}"u8.ToArray(),
            "lone-surrogate-escape" => Encoding.UTF8.GetBytes($"{{\"text\": \"{quoted} \\ud800\"}}"),
            "latin1-bytes" => Encoding.Latin1.GetBytes($"{{\"text\": \"Policía de Peñasco: {quoted}\"}}"),
            "truncated-utf8" => [.. Encoding.UTF8.GetBytes($"{{\"text\": \"{quoted} "), 0xF0, 0x9F, .. "\"}"u8],
            "nul-in-text" => Encoding.UTF8.GetBytes($"{{\"text\": \"{quoted}\\u0000{quoted}\"}}"),
            "control-characters-in-title" => Encoding.UTF8.GetBytes($"{{\"text\": \"{quoted}\", \"title\": \"\\u001b[2J\\u0007\"}}"),
            "deeply-nested-json" => Encoding.UTF8.GetBytes($"{{\"text\": {new string('[', 100 + random.Next(5000))}}}"),
            "script-url" => Encoding.UTF8.GetBytes($"{{\"text\": \"{quoted}\", \"url\": \"javascript:alert(1)\"}}"),
            "random-bytes" => FuzzFiles.RandomBytes(random, 16 + random.Next(4096)),
            _ => throw new ArgumentOutOfRangeException(nameof(@class), @class, null),
        };
    }
}
