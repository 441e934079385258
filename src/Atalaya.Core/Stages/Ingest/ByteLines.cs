namespace Atalaya.Core.Stages.Ingest;

/// <summary>
/// Splits a stream into lines of raw bytes (JSON lines are decoded by the JSON parser, which
/// rejects invalid UTF-8). A line longer than the limit is skipped to its end and flagged.
/// </summary>
internal static class ByteLines
{
    /// <param name="stopAtTooLong">Flag a line over the limit at once and read no further: a device such as /dev/zero has no line end.</param>
    public static IEnumerable<(byte[] Line, bool TooLong)> Read(Stream stream, long maxLineBytes, bool stopAtTooLong = false)
    {
        var buffer = new byte[64 * 1024];
        using var line = new MemoryStream();
        var tooLong = false;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] != (byte)'\n')
                {
                    continue;
                }

                Append(line, buffer, start, i - start, maxLineBytes, ref tooLong);
                yield return (tooLong ? [] : line.ToArray(), tooLong);
                line.SetLength(0);
                tooLong = false;
                start = i + 1;
            }

            Append(line, buffer, start, read - start, maxLineBytes, ref tooLong);
            if (tooLong && stopAtTooLong)
            {
                yield return ([], true);
                yield break;
            }
        }

        if (line.Length > 0 || tooLong)
        {
            yield return (tooLong ? [] : line.ToArray(), tooLong);
        }
    }

    private static void Append(MemoryStream line, byte[] buffer, int start, int count, long max, ref bool tooLong)
    {
        if (tooLong || count == 0)
        {
            return;
        }

        if (line.Length + count > max)
        {
            tooLong = true;
            line.SetLength(0);
            return;
        }

        line.Write(buffer, start, count);
    }
}
