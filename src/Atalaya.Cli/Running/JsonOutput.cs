using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Atalaya.Cli.Running;

/// <summary>How JSON is written (the file itself is opened by <see cref="OutputFile"/>).</summary>
internal static class JsonOutput
{
    // Readable non-ASCII text ("Cártel", "Mexico-Stad") instead of \u escapes; still valid, safely quoted JSON.
    public static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static readonly JsonWriterOptions Compact = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Serialize<T>(Stream stream, T value, JsonTypeInfo<T> type, JsonWriterOptions options)
    {
        using var writer = new Utf8JsonWriter(stream, options);
        JsonSerializer.Serialize(writer, value, type);
        writer.Flush();
        stream.WriteByte((byte)'\n');
    }
}
