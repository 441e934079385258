using Atalaya.Core.Stages.Ingest;

namespace Atalaya.Cli.Running;

/// <summary>
/// Where every --out goes. A missing path or a regular file is written beside it and renamed over
/// it, so a reader never sees half a file and a failed run leaves the old one; a FIFO or a device
/// is written in place (renaming over /dev/null would replace the device with a file); a symbolic
/// link is followed and the same rules apply to what it points at, so the link stays a link; a
/// folder, a socket or a link that loops is refused with one line before anything is written.
/// </summary>
internal static class OutputFile
{
    /// <summary>Writes to <paramref name="path"/>, or to standard output for null, "" or "-".</summary>
    public static void Write(string? path, Action<Stream> write) => Write(path, stream =>
    {
        write(stream);
        return true;
    });

    /// <summary>
    /// Writes to <paramref name="path"/> as <see cref="Write(string?, Action{Stream})"/> does, for a
    /// writer that may decide at the end that there is nothing to keep (false): a file is then left
    /// as it was. What went to standard output or a FIFO is gone already. Returns what the writer said.
    /// </summary>
    public static bool Write(string? path, Func<Stream, bool> write)
    {
        if (string.IsNullOrEmpty(path) || path == "-")
        {
            using var stdout = Console.OpenStandardOutput();
            var kept = write(stdout);
            stdout.Flush();
            return kept;
        }

        var (target, kind) = Resolve(path);
        if (kind is FileKind.Fifo or FileKind.CharacterDevice or FileKind.BlockDevice)
        {
            // Open, not create: the special file stays what it is; writing to a FIFO waits for its reader.
            using var special = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 1 << 16);
            return write(special);
        }

        var temporary = target + ".tmp-" + Environment.ProcessId;
        try
        {
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None, bufferSize: 1 << 16))
            {
                if (!write(file))
                {
                    return false;
                }
            }

            File.Move(temporary, target, overwrite: true);
            return true;
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>
    /// Checks <paramref name="path"/> before a long run writes to it: the reason it cannot be
    /// written ("it is a folder"), or null when it can (or is standard output).
    /// </summary>
    public static string? Refusal(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "-")
        {
            return null;
        }

        try
        {
            Resolve(path);
            return null;
        }
        catch (IOException error)
        {
            return error.Message;
        }
    }

    /// <summary>The file that will be written (links followed) and its kind (<see cref="FileKind.Regular"/> for a missing file).</summary>
    private static (string Target, FileKind Kind) Resolve(string path)
    {
        var shown = SafeText.Of(path, 200);
        var target = Path.GetFullPath(path);
        try
        {
            if (new FileInfo(target).LinkTarget is not null && File.ResolveLinkTarget(target, returnFinalTarget: true) is { } linked)
            {
                target = linked.FullName;
            }
        }
        catch (IOException error)
        {
            // A loop of links, or one the system cannot follow.
            throw new IOException($"cannot write {shown}: the symbolic link cannot be followed ({error.Message})", error);
        }

        var kind = KindOf(target);
        if (kind is FileKind.Directory)
        {
            throw new IOException($"cannot write {shown}: it is a folder (give a file name)");
        }

        if (kind is FileKind.Socket or FileKind.Other)
        {
            throw new IOException($"cannot write {shown}: it is {FileStatus.Describe(kind)}, not a file");
        }

        var folder = Path.GetDirectoryName(target);
        if (kind is FileKind.Regular && folder is not null && !Directory.Exists(folder))
        {
            throw new IOException($"cannot write {shown}: folder {SafeText.Of(folder, 200)} does not exist");
        }

        return (target, kind);
    }

    private static FileKind KindOf(string target)
    {
        if (FileStatus.Of(target) is { } status)
        {
            return status.Kind;
        }

        // Missing, or a system where the kind is unknown: what .NET tells.
        return Directory.Exists(target) ? FileKind.Directory : FileKind.Regular;
    }
}
