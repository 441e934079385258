using System.Text;
using System.Text.Json;

namespace Atalaya.Cli.Tests.Fuzz;

/// <summary>
/// Many small inputs packed as the records of a few large .jsonl files, so that thousands of cases cost a few
/// process starts: good articles mixed with broken, mistyped and badly encoded records and hostile text.
/// </summary>
public static class FuzzRecords
{
    /// <summary>Bad record classes; each line of one of them must be reported by its file and line.</summary>
    private static readonly string[] BadClasses =
    [
        "truncated-json", "text-of-wrong-type", "null-text", "no-text", "empty-text", "not-an-object", "lone-surrogate-escape",
        "random-bytes", "deeply-nested-json", "wrong-type-title",
    ];

    /// <summary>
    /// Hostile record classes. Invalid UTF-8 inside a string may be reported or decoded as Windows-1252 (as files
    /// are); either is fine, losing it silently or ending the run is not.
    /// </summary>
    private static readonly string[] HostileClasses = ["nul-and-control-characters", "bidi-overrides", "odd-id-and-title", "latin1-bytes", "truncated-utf8"];

    /// <summary>Writes <paramref name="files"/> .jsonl files of <paramref name="linesPerFile"/> lines into <paramref name="folder"/>.</summary>
    public static List<FuzzInput> Write(Random random, FuzzArticles.Maker articles, string folder, int files, int linesPerFile)
    {
        var inputs = new List<FuzzInput>();
        for (var f = 0; f < files; f++)
        {
            var path = Path.Combine(folder, $"registros-{f}.jsonl");
            using var output = new FileStream(path, FileMode.CreateNew);
            for (var line = 1; line <= linesPerFile; line++)
            {
                var roll = random.NextDouble();
                var id = $"fz-{articles.Serial}";
                var text = articles.Next();
                FuzzInput input;
                byte[] bytes;
                if (roll < 0.04)
                {
                    bytes = Good(id, text);
                    input = FuzzInput.Record("good-record", FuzzExpectation.Good, path, line);
                }
                else if (roll < 0.12)
                {
                    var @class = HostileClasses[random.Next(HostileClasses.Length)];
                    bytes = Hostile(random, @class, id, text);
                    input = FuzzInput.Record(@class, FuzzExpectation.Hostile, path, line);
                }
                else
                {
                    var @class = BadClasses[random.Next(BadClasses.Length)];
                    bytes = Bad(random, @class, id, text);
                    input = FuzzInput.Record(@class, FuzzExpectation.Bad, path, line);
                }

                output.Write(bytes);
                output.WriteByte((byte)'\n');
                inputs.Add(input);
            }
        }

        return inputs;
    }

    public static byte[] Good(string id, string text) => JsonSerializer.SerializeToUtf8Bytes(new { id, language = (string?)null, title = "Nota " + id, text });

    private static byte[] Hostile(Random random, string @class, string id, string text) => @class switch
    {
        "nul-and-control-characters" => JsonSerializer.SerializeToUtf8Bytes(new { id, text = Sprinkle(random, text, ["\0", "\u0001", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\r"]) }),
        "bidi-overrides" => JsonSerializer.SerializeToUtf8Bytes(new { id, title = "\u202etxt.exe\u202c " + id, text = Sprinkle(random, text, ["\u202e", "\u202d", "\u2066", "\u2069", "\u200f", "\u061c"]) }),
        "odd-id-and-title" => JsonSerializer.SerializeToUtf8Bytes(new { id = id + "\n\"'`$(x)\u001b]0;t\u0007", title = "\"cita\" 'otra'\r\nlínea", text }),
        "latin1-bytes" => Encoding.Latin1.GetBytes($"{{\"id\": \"{id}\", \"text\": \"Policía de Peñasco: {text.Replace("\"", "", StringComparison.Ordinal)}\"}}"),
        "truncated-utf8" => [.. Encoding.UTF8.GetBytes($"{{\"id\": \"{id}\", \"text\": \"{text.Replace("\"", "", StringComparison.Ordinal)} "), 0xE2, 0x82, .. "\"}"u8],
        _ => throw new ArgumentOutOfRangeException(nameof(@class), @class, null),
    };

    private static byte[] Bad(Random random, string @class, string id, string text)
    {
        var good = Good(id, text);
        return @class switch
        {
            // Cut before the closing brace: never valid JSON.
            "truncated-json" => good[..random.Next(1, good.Length - 1)],
            "text-of-wrong-type" => Encoding.UTF8.GetBytes($"{{\"id\": \"{id}\", \"text\": {random.Next(5) switch { 0 => "42", 1 => "true", 2 => "[\"a\", \"b\"]", 3 => "{\"p\": \"x\"}", _ => "-1.5e308" }}}}"),
            "null-text" => Encoding.UTF8.GetBytes($"{{\"id\": \"{id}\", \"text\": null}}"),
            "no-text" => Encoding.UTF8.GetBytes($"{{\"id\": \"{id}\", \"title\": \"Solo un título\"}}"),
            "empty-text" => Encoding.UTF8.GetBytes($"{{\"id\": \"{id}\", \"text\": \"{(random.Next(2) == 0 ? "" : "  \\n\\t ")}\"}}"),
            "not-an-object" => Encoding.UTF8.GetBytes(random.Next(5) switch { 0 => "42", 1 => "\"solo texto\"", 2 => "[1, 2, 3]", 3 => "null", _ => "true" }),
            "lone-surrogate-escape" => Encoding.UTF8.GetBytes($"{{\"id\": \"{id}\", \"text\": {JsonSerializer.Serialize(text)[..^1]}{(random.Next(3) switch { 0 => "\\ud800", 1 => "\\udc00 y más", _ => "\\udbff\\u0041" })}\"}}"),
            "wrong-type-title" => Encoding.UTF8.GetBytes($"{{\"id\": \"{id}\", \"title\": {random.Next()}, \"published\": [2026], \"text\": {JsonSerializer.Serialize(text)}}}"),
            "random-bytes" => RandomLine(random),
            "deeply-nested-json" => Nested(id, 70 + random.Next(2000)),
            _ => throw new ArgumentOutOfRangeException(nameof(@class), @class, null),
        };
    }

    /// <summary>A record whose text is an array nested deeper than any JSON reader's default limit.</summary>
    private static byte[] Nested(string id, int depth) => Encoding.UTF8.GetBytes($"{{\"id\": \"{id}\", \"text\": {new string('[', depth)}\"x\"{new string(']', depth)}}}");

    /// <summary>Random bytes without a line break, opened so that they cannot be JSON.</summary>
    private static byte[] RandomLine(Random random)
    {
        var bytes = new byte[random.Next(2, 400)];
        random.NextBytes(bytes);
        bytes[0] = (byte)'{';
        bytes[1] = 0x01;
        for (var i = 2; i < bytes.Length; i++)
        {
            if (bytes[i] is (byte)'\n' or (byte)'\r')
            {
                bytes[i] = 0xFF;
            }
        }

        return bytes;
    }

    /// <summary>The text with the given strings inserted at random places.</summary>
    public static string Sprinkle(Random random, string text, string[] pieces)
    {
        var result = new StringBuilder(text);
        for (var i = 0; i < 6; i++)
        {
            result.Insert(random.Next(result.Length + 1), pieces[random.Next(pieces.Length)]);
        }

        return result.ToString();
    }
}
