using System.Text;
using System.Text.Json;

namespace Atalaya.Cli.Tests.Fuzz;

/// <summary>Whole files in folders: broken, empty, mis-encoded, hostile, unsupported, mixed with good articles.</summary>
public static class FuzzFiles
{
    public static List<FuzzInput> WriteOrdinary(Random random, FuzzArticles.Maker articles, string folder, int rounds)
    {
        var inputs = new List<FuzzInput>();
        for (var round = 0; round < rounds; round++)
        {
            // A few sub-folders, so that the walk goes down too.
            var into = Directory.CreateDirectory(Path.Combine(folder, $"lote-{round % 4}")).FullName;
            string Name(string stem, string extension) => Path.Combine(into, $"{stem}-{round}.{extension}");
            string Next() => articles.Next();

            inputs.Add(Write("good-text", FuzzExpectation.Good, Name("nota", "txt"), Encoding.UTF8.GetBytes(Next())));
            inputs.Add(Write("good-html", FuzzExpectation.Good, Name("pagina", "html"), Encoding.UTF8.GetBytes($"<html><head><title>Nota {round}</title></head><body><article><p>{Next()}</p></article></body></html>")));
            inputs.Add(Write("good-json", FuzzExpectation.Good, Name("registro", "json"), JsonSerializer.SerializeToUtf8Bytes(new { id = $"json-{round}", text = Next() })));

            inputs.Add(Write("random-bytes", FuzzExpectation.Bad, Name("ruido", "txt"), RandomBytes(random, 64 + random.Next(8192))));
            inputs.Add(Write("empty-file", FuzzExpectation.Bad, Name("vacio", random.Next(4) switch { 0 => "txt", 1 => "html", 2 => "json", _ => "jsonl" }), []));
            inputs.Add(Write("white-space-only", FuzzExpectation.Bad, Name("blanco", "txt"), "\n \t\r\n   \n"u8.ToArray()));
            inputs.Add(Write("truncated-json-file", FuzzExpectation.Bad, Name("cortado", "json"), Encoding.UTF8.GetBytes($"{{\"id\": \"c{round}\", \"text\": \"{Next()[..40]}")));
            inputs.Add(Write("json-of-wrong-types", FuzzExpectation.Bad, Name("tipos", "json"), Encoding.UTF8.GetBytes(random.Next(3) switch { 0 => "{\"text\": 12345}", 1 => "{\"text\": {\"es\": \"hola\"}}", _ => "\"solo una cadena\"" })));
            inputs.Add(Write("deeply-nested-json-file", FuzzExpectation.Bad, Name("anidado", "json"), Encoding.UTF8.GetBytes(new string('[', 5000 + random.Next(5000)) + new string(']', 1))));
            inputs.Add(Write("lone-surrogate-json-file", FuzzExpectation.Bad, Name("surrogado", "json"), Encoding.UTF8.GetBytes($"{{\"id\": \"s{round}\", \"text\": \"{Next().Replace("\"", "", StringComparison.Ordinal)} \\ud800\"}}")));

            // Text that may be decoded (the fallbacks) or refused as binary; never lost silently, never a crash.
            inputs.Add(Write("truncated-utf8-file", FuzzExpectation.Hostile, Name("truncado", "txt"), [.. Encoding.UTF8.GetBytes(Next()), 0xC3]));
            inputs.Add(Write("utf16-without-bom", FuzzExpectation.Hostile, Name("utf16", "txt"), Encoding.Unicode.GetBytes(Next())));
            inputs.Add(Write("latin1-jsonl", FuzzExpectation.Hostile, Name("latin1", "jsonl"), Encoding.Latin1.GetBytes($"{{\"id\": \"l{round}\", \"text\": \"Policía de Peñasco: {Next().Replace("\"", "", StringComparison.Ordinal)}\"}}\n"), line: 1));
            inputs.Add(Write("nul-and-control-characters-file", FuzzExpectation.Hostile, Name("control", "txt"), Encoding.UTF8.GetBytes(FuzzRecords.Sprinkle(random, Next(), ["\0", "\u0001", "\u001b[2J", "\u0007"]))));
            inputs.Add(Write("bidi-overrides-file", FuzzExpectation.Hostile, Name("bidi", random.Next(2) == 0 ? "txt" : "html"), Encoding.UTF8.GetBytes(FuzzRecords.Sprinkle(random, Next(), ["\u202e", "\u2066", "\u2069", "\u200f"]))));
            inputs.Add(Write("nested-html", FuzzExpectation.Hostile, Name("anidado", "html"), Encoding.UTF8.GetBytes(Repeat("<div>", 200 + random.Next(1000)) + "<p>" + Next() + "</p>")));
            inputs.Add(Write("broken-html", FuzzExpectation.Hostile, Name("roto", "html"), Encoding.UTF8.GetBytes("<html><body><p>" + Next() + "<table><tr><td><script>while(1){}</sc" + "<!-- sin cerrar")));

            // Files Atalaya does not read must be named, not skipped in silence.
            inputs.Add(Write("unsupported-extension", FuzzExpectation.Skipped, Name("informe", random.Next(3) switch { 0 => "pdf", 1 => "csv", _ => "gz" }), Encoding.UTF8.GetBytes(Next())));
        }

        return inputs;
    }

    /// <summary>Writes a file; <paramref name="line"/> names a .jsonl's record rather than the file.</summary>
    public static FuzzInput Write(string @class, FuzzExpectation expectation, string path, byte[] bytes, int? line = null)
    {
        File.WriteAllBytes(path, bytes);
        return line is { } number ? FuzzInput.Record(@class, expectation, path, number) : FuzzInput.File(@class, expectation, path);
    }

    public static byte[] RandomBytes(Random random, int size)
    {
        var bytes = new byte[size];
        random.NextBytes(bytes);
        bytes[0] = 0;
        return bytes;
    }

    public static string Repeat(string piece, int times) => new StringBuilder(piece.Length * times).Insert(0, piece, times).ToString();
}
