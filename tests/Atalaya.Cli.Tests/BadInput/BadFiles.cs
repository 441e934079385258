using System.Text;

namespace Atalaya.Cli.Tests.BadInput;

/// <summary>
/// Inputs that cannot be read, each written into a folder next to good articles: the file the
/// error must name and a fragment of the reason. Runs use --max-size 1 so "too large" needs only 2 MB.
/// </summary>
public static class BadFiles
{
    public const string MaxSizeMegabytes = "1";

    public static readonly TheoryData<string> Kinds = ["dangling-symlink", "binary", "empty", "white-space-only", "too-large", "invalid-json-line", "invalid-json-file"];

    /// <summary>The kinds that yield no document at all (a .jsonl with one bad line still has good ones).</summary>
    public static readonly TheoryData<string> NothingReadable = ["dangling-symlink", "binary", "empty", "white-space-only", "too-large", "invalid-json-file"];

    /// <summary>Writes the bad input; returns the source the error names and the reason fragment.</summary>
    public static (string Source, string Reason) Write(string kind, TempFolder temp, string folder) => kind switch
    {
        // Tests run as root, so a permission bit cannot make a file unreadable; a link to nothing can.
        "dangling-symlink" => (File.CreateSymbolicLink(Path.Combine(folder, "perdido.txt"), temp.File("no-such-target.txt")).FullName, "cannot read"),
        "binary" => (Bytes(folder, "foto.txt", Binary()), "binary content"),
        "empty" => (Bytes(folder, "vacio.txt", []), "empty file"),
        "white-space-only" => (Bytes(folder, "blanco.txt", "\n\n   \t\n"u8.ToArray()), "only white space"),
        "too-large" => (Bytes(folder, "enorme.txt", Large(2 * 1024 * 1024)), "above the 1 MB limit"),
        "invalid-json-line" => (JsonLines(folder) + ":2", "invalid JSON"),
        "invalid-json-file" => (Bytes(folder, "roto.json", "{\"id\": \"roto\", \"text\": \"sin cerrar"u8.ToArray()), "invalid JSON"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown bad input"),
    };

    /// <summary>Ids of the documents the bad input itself still yields (the good lines of a .jsonl).</summary>
    public static string[] GoodIdsInside(string kind) => kind == "invalid-json-line" ? ["linea-1", "linea-3"] : [];

    /// <summary>A PNG-like header followed by bytes with NULs: what an image saved as .txt looks like.</summary>
    public static byte[] Binary()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        byte[] header = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D];
        header.CopyTo(bytes, 0);
        return bytes;
    }

    /// <summary>Plain text of the given size (a real file, not a sparse one).</summary>
    public static byte[] Large(int size)
    {
        var line = Encoding.UTF8.GetBytes("La policía informó de un nuevo incidente en la carretera estatal de San Telmo.\n");
        var bytes = new byte[size];
        for (var i = 0; i < size; i += line.Length)
        {
            Array.Copy(line, 0, bytes, i, Math.Min(line.Length, size - i));
        }

        return bytes;
    }

    private static string JsonLines(string folder)
    {
        var path = Path.Combine(folder, "lineas.jsonl");
        File.WriteAllText(path, """
            {"id": "linea-1", "language": "es", "text": "Primera nota: detienen a dos hombres por robo de ganado en San Telmo."}
            {"id": "linea-2", "text": "falta la comilla final}
            {"id": "linea-3", "language": "es", "text": "Tercera nota: hallan un vehículo incendiado en Puente Alto del Río."}

            """);
        return path;
    }

    private static string Bytes(string folder, string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
