using System.Text;

namespace Atalaya.Core.Corpus.State;

/// <summary>Small binary encodings of state records: little-endian, strings as UTF-8 with a length.</summary>
internal static class StateCodec
{
    public static byte[] Write(Action<BinaryWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            write(writer);
        }

        return stream.ToArray();
    }

    public static T Read<T>(byte[] bytes, Func<BinaryReader, T> read)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
        return read(reader);
    }

    public static byte[] Int(long value) => BitConverter.GetBytes(value);

    public static long? Int(byte[]? bytes) => bytes is null ? null : BitConverter.ToInt64(bytes);

    public static long Counter(ICorpusStateStore? store, string name) => store is null ? 0 : Int(store.Read("count", name)) ?? 0;

    public static void WriteNullable(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    public static string? ReadNullable(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;
}
