using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Atalaya.Core.Stages.Ingest;

/// <summary>What kind of file system entry a path names, after following symbolic links.</summary>
internal enum FileKind
{
    Regular,
    Directory,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    Other,
}

/// <summary>
/// The kind and identity (device and inode) of a path, after following symbolic links. .NET tells
/// neither: a FIFO or a device looks like an empty regular file, and opening a FIFO blocks until a
/// writer appears, so a folder walk must know the kind before it opens anything; the identity lets
/// it read each real folder and file once, whatever links lead to them. On Linux this is the statx
/// system call (its structure has one layout on every architecture); elsewhere it is unknown (null)
/// and callers fall back to what .NET tells.
/// </summary>
internal readonly partial record struct FileStatus(FileKind Kind, ulong Device, ulong Inode)
{
    private const int AtCurrentDirectory = -100;
    private const uint StatxType = 0x1, StatxMode = 0x2, StatxInode = 0x100;
    private const int StatxBufferBytes = 256;

    public static FileStatus? Of(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var buffer = new byte[StatxBufferBytes];
        try
        {
            if (Native.statx(AtCurrentDirectory, path, 0, StatxType | StatxMode | StatxInode, buffer) != 0)
            {
                return null;
            }
        }
        catch (Exception error) when (error is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }

        // struct statx: stx_mode (u16) at 28, stx_ino (u64) at 32, stx_dev_major and stx_dev_minor (u32) at 136 and 140.
        var mode = BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(28));
        var inode = BinaryPrimitives.ReadUInt64LittleEndian(buffer.AsSpan(32));
        var device = ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(136)) << 32) | BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(140));
        if (!BitConverter.IsLittleEndian)
        {
            mode = BinaryPrimitives.ReverseEndianness(mode);
            inode = BinaryPrimitives.ReverseEndianness(inode);
            device = BinaryPrimitives.ReverseEndianness(device);
        }

        return new FileStatus(KindOf(mode), device, inode);
    }

    /// <summary>How a special file is named in messages ("a FIFO (named pipe)").</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.Directory => "a folder",
        FileKind.Regular => "a regular file",
        _ => "a special file",
    };

    private static FileKind KindOf(ushort mode) => (mode & 0xF000) switch
    {
        0x8000 => FileKind.Regular,
        0x4000 => FileKind.Directory,
        0x1000 => FileKind.Fifo,
        0x2000 => FileKind.CharacterDevice,
        0x6000 => FileKind.BlockDevice,
        0xC000 => FileKind.Socket,
        _ => FileKind.Other,
    };

    private static partial class Native
    {
        [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static partial int statx(int directory, string path, int flags, uint mask, [Out] byte[] buffer);
    }
}
