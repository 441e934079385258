namespace Atalaya.Core.Stages.Ingest;

/// <summary>
/// Reads a stream up to a limit and no further: a device such as /dev/zero, a FIFO or standard
/// input never says how long it is, so a size check before reading cannot protect memory.
/// </summary>
internal static class BoundedRead
{
    /// <summary>At most <paramref name="limit"/> bytes, and whether the stream held more.</summary>
    public static (byte[] Bytes, bool OverLimit) Read(Stream stream, long limit)
    {
        // One byte past the limit tells "more" from "exactly the limit" without reading the rest.
        var cap = (int)Math.Min(limit + 1, Array.MaxLength);
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        while (buffer.Length < cap)
        {
            var read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, cap - buffer.Length));
            if (read == 0)
            {
                break;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.Length > limit ? (buffer.GetBuffer().AsSpan(0, (int)limit).ToArray(), true) : (buffer.ToArray(), false);
    }
}
