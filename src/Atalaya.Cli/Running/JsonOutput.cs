using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Atalaya.Cli.Running;

/// <summary>Writes JSON to a file atomically (temporary file, then rename) or to standard output.</summary>
internal static class JsonOutput
{
    // Readable non-ASCII text ("Cártel", "Mexico-Stad") instead of \u escapes; still valid, safely quoted JSON.
    public static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static readonly JsonWriterOptions Compact = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(string? path, Action<Stream> write)
    {
        if (string.IsNullOrEmpty(path) || path == "-")
        {
            using var stdout = Console.OpenStandardOutput();
            write(stdout);
            stdout.Flush();
            return;
        }

        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full);
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new IOException($"cannot write {path}: folder {folder} does not exist");
        }

        var temporary = full + ".tmp-" + Environment.ProcessId;
        try
        {
            using (var file = File.Create(temporary))
            {
                write(file);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    public static void Serialize<T>(Stream stream, T value, JsonTypeInfo<T> type, JsonWriterOptions options)
    {
        using var writer = new Utf8JsonWriter(stream, options);
        JsonSerializer.Serialize(writer, value, type);
        writer.Flush();
        stream.WriteByte((byte)'\n');
    }
}
