namespace Atalaya.Core.Stages.Ingest;

/// <summary>One entry of a folder walk: a file to read, a problem to report, or a file or folder left out.</summary>
internal sealed record FolderEntry(string Path, string? Failure = null, SkippedInput? Skipped = null)
{
    public bool IsFile => Failure is null && Skipped is null;
}

/// <summary>
/// Walks a folder recursively, files first in ordinal name order, and says what it does with every
/// entry: files of the types atalaya reads are read; other types and hidden entries are skipped
/// (named, so the summary can count them); special files (FIFOs, devices, sockets) and names that
/// are not valid UTF-8 are problems, never opened (a FIFO would block). Each real folder and file is
/// visited once, by device and inode, however many symbolic links lead to it.
/// </summary>
internal static class FolderWalker
{
    public static IEnumerable<FolderEntry> Walk(string root)
    {
        var pending = new Stack<string>();
        var seen = new SeenEntries();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            if (seen.FirstPathOf(folder) is { } first)
            {
                yield return new FolderEntry(folder, Skipped: new SkippedInput(folder, SkipKind.AlreadyRead, $"a link to a folder already read ({first})"));
                continue;
            }

            string[] files = [], folders = [];
            string? failure = null;
            try
            {
                files = Directory.GetFiles(folder);
                folders = Directory.GetDirectories(folder);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                failure = $"cannot list folder: {error.Message}";
            }

            if (failure is not null)
            {
                yield return new FolderEntry(folder, Failure: failure);
                continue;
            }

            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
            {
                yield return FileEntry(file, seen);
            }

            Array.Sort(folders, StringComparer.Ordinal);
            for (var i = folders.Length - 1; i >= 0; i--)
            {
                if (NameProblem(folders[i]) is { } problem)
                {
                    yield return new FolderEntry(folders[i], Failure: problem);
                }
                else if (IsHidden(folders[i]))
                {
                    yield return new FolderEntry(folders[i], Skipped: new SkippedInput(folders[i], SkipKind.Hidden, "hidden folder"));
                }
                else
                {
                    pending.Push(folders[i]);
                }
            }
        }
    }

    private static FolderEntry FileEntry(string file, SeenEntries seen)
    {
        if (NameProblem(file) is { } problem)
        {
            return new FolderEntry(file, Failure: problem);
        }

        if (IsHidden(file))
        {
            return new FolderEntry(file, Skipped: new SkippedInput(file, SkipKind.Hidden, "hidden file"));
        }

        if (!DocumentReader.IsSupported(file))
        {
            var extension = Path.GetExtension(file);
            var type = extension.Length > 0 ? $"{extension} files are" : "a file without an extension is";
            return new FolderEntry(file, Skipped: new SkippedInput(file, SkipKind.UnsupportedType, $"{type} not read (only .txt .md .html .htm .json .jsonl)"));
        }

        var status = FileStatus.Of(file);
        if (status is { Kind: not FileKind.Regular } special)
        {
            return new FolderEntry(file, Failure: $"{FileStatus.Describe(special.Kind)}, not a regular file: not read inside a folder");
        }

        if (seen.FirstPathOf(file, status) is { } first)
        {
            return new FolderEntry(file, Skipped: new SkippedInput(file, SkipKind.AlreadyRead, $"the same file as {first}, already read"));
        }

        // A dangling link has no status: the reader reports it when it tries to open it.
        return new FolderEntry(file);
    }

    /// <summary>
    /// .NET decodes a name that is not valid UTF-8 with U+FFFD in place of the bad bytes; that name
    /// no longer leads to the file, so it is reported (with the replacement characters) instead.
    /// </summary>
    private static string? NameProblem(string path) =>
        Path.GetFileName(path).Contains('\uFFFD', StringComparison.Ordinal) && !Path.Exists(path)
            ? "name is not valid UTF-8 (shown with \uFFFD for the bad bytes): rename it to read it"
            : null;

    private static bool IsHidden(string path) => Path.GetFileName(path).StartsWith('.');

    /// <summary>The real folders and files met so far, by identity (else by resolved path where identity is unknown).</summary>
    private sealed class SeenEntries
    {
        private readonly Dictionary<(ulong Device, ulong Inode), string> byIdentity = [];
        private readonly Dictionary<string, string> byRealPath = new(StringComparer.Ordinal);

        /// <summary>Null on the first visit (which is recorded), else the path of the first visit.</summary>
        public string? FirstPathOf(string path, FileStatus? status = null)
        {
            status ??= FileStatus.Of(path);
            if (status is { } known)
            {
                return byIdentity.TryAdd((known.Device, known.Inode), path) ? null : byIdentity[(known.Device, known.Inode)];
            }

            var real = RealPath(path);
            return byRealPath.TryAdd(real, path) ? null : byRealPath[real];
        }

        private static string RealPath(string path)
        {
            try
            {
                var info = new FileInfo(path);
                return info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName;
            }
            catch (IOException)
            {
                return Path.GetFullPath(path);
            }
        }
    }
}
