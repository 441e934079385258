using System.Text;
using Atalaya.Core.Documents;
using Atalaya.Core.Stages.Ingest;

namespace Atalaya.Core.Tests.Support;

/// <summary>Shortcuts for reading inputs with <see cref="DocumentReader"/>.</summary>
internal static class Reading
{
    public static List<IngestItem> Read(params string[] paths) => [.. new DocumentReader().Read(paths)];

    public static List<IngestItem> Read(IngestOptions options, params string[] paths) => [.. new DocumentReader(options).Read(paths)];

    public static SourceDocument ReadOne(string path)
    {
        var item = Assert.Single(Read(path));
        Assert.Null(item.Failure);
        return item.Document!;
    }

    public static IngestFailure FailOne(string path, IngestOptions? options = null)
    {
        var item = Assert.Single(Read(options ?? new IngestOptions(), path));
        Assert.Null(item.Document);
        Assert.NotNull(item.Failure);
        Assert.False(string.IsNullOrWhiteSpace(item.Failure.Reason));
        return item.Failure;
    }

    /// <summary>Reads "-" with the given bytes as standard input.</summary>
    public static List<IngestItem> Stdin(byte[] bytes) => [.. new DocumentReader(openStandardInput: () => new MemoryStream(bytes)).Read([DocumentReader.StandardInput])];

    public static List<IngestItem> Stdin(string text) => Stdin(Encoding.UTF8.GetBytes(text));
}
