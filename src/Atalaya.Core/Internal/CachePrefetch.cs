using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Atalaya.Core.Internal;

/// <summary>
/// Asks the processor to bring rows of a large weight table into cache before they are summed, so
/// the loads of many random rows overlap instead of waiting one by one. A hint only: it changes no
/// value, and where the instruction does not exist it does nothing.
/// </summary>
internal static class CachePrefetch
{
    /// <summary>The row of <paramref name="length"/> elements that starts at <paramref name="row"/>: its first and last cache lines.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Row<T>(ref T row, int length)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref row));
            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref row, length - 1)));
        }
    }
}
