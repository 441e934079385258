using Atalaya.Cli.Running;
using Atalaya.Core.Contract;

namespace Atalaya.Cli.Tests.Streaming;

/// <summary>
/// The streamed contract JSON of extract against the writer it replaced, which serialized the whole
/// corpus held in memory at the end (kept here as the reference): the same bytes, including the
/// story of documents whose story a later document united with an earlier one.
/// </summary>
public sealed class StreamedJsonTests
{
    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Streamed_json_is_byte_identical_to_the_whole_corpus_writer(bool includeText, bool seekable)
    {
        using var temp = new TempFolder();
        var folder = RemixedSamples.Write(temp.Folder("corpus"), 300);
        var session = AnalysisSession.Load(Path.Combine(AppContext.BaseDirectory, "data"));
        var whole = new CorpusBuilder(includeText);
        var streamed = new CorpusBuilder(includeText) { KeepDocuments = false };
        using var file = new MemoryStream();
        using var pipe = new NonSeekableStream();
        Stream output = seekable ? file : pipe;
        using (var writer = new StreamedJsonOutput(output, JsonOutput.Indented))
        {
            session.Run([folder], new RunOptions("test", 2, 1 << 24), new ErrorLog(TextWriter.Null), item =>
            {
                var result = item.Result!;
                var reference = whole.Add(result);
                var document = streamed.Add(result);
                if (!includeText)
                {
                    TextlessOutput.JoinBoilerplate(reference, result.Document.Text);
                    TextlessOutput.JoinBoilerplate(document, result.Document.Text);
                }

                writer.Add(document, streamed);
            });
            writer.Finish(streamed);
        }

        using var expected = new MemoryStream();
        JsonOutput.Serialize(expected, whole.Build(), ContractJsonContext.Default.ContractCorpus, JsonOutput.Indented);

        // The corpus must exercise the rewrite: some stories were united after their first documents were written.
        Assert.NotEmpty(streamed.StoryMerges);
        Assert.Equal(300, whole.Build().Documents.Count);
        Assert.Empty(streamed.Build().Documents);
        var written = seekable ? file.ToArray() : pipe.Written.ToArray();
        Assert.True(expected.ToArray().AsSpan().SequenceEqual(written), $"streamed JSON differs from the reference ({written.Length} bytes against {expected.Length})");
    }

    /// <summary>Standard output or a FIFO: written once, front to back.</summary>
    private sealed class NonSeekableStream : Stream
    {
        public MemoryStream Written { get; } = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Written.Write(buffer, offset, count);
    }
}
