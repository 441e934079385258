using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Atalaya.Core.Stages.Entities.Ner;

/// <summary>
/// Asks the processor to bring weight rows into cache before they are summed. A hint only: it
/// changes no value, and where the instruction does not exist it does nothing.
/// </summary>
internal static class RowPrefetch
{
    public static unsafe void All(ref short table, ReadOnlySpan<uint> features, int shift, int stride)
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        var start = (short*)Unsafe.AsPointer(ref table);
        foreach (var feature in features)
        {
            var row = start + ((feature >> shift) * (uint)stride);
            Sse.Prefetch0(row);

            // A row of nine weights may cross into the next cache line.
            Sse.Prefetch0(row + stride - 1);
        }
    }
}
