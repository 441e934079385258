using System.Text;
using Atalaya.Core.Pipeline;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Ingest;

/// <summary>Files in other encodings: the document text is the decoded text and every offset refers to it.</summary>
public sealed class EncodedFileTests
{
    private const string Article = "Actualizado el 3 de mayo de 2024\nMédico secuestrado en Culiacán\n\nUn médico fue secuestrado el jueves en Culiacán, informó la fiscalía.\n\nPublicidad\n\nSus familiares pidieron ayuda a las autoridades.\n";

    public static TheoryData<string, string> Encodings() => new()
    {
        { "utf-8", "utf-8" },
        { "utf-8-bom", "utf-8-bom" },
        { "utf-16le", "utf-16le" },
        { "utf-16be", "utf-16be" },
        { "windows-1252", "windows-1252" },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Decoded_text_and_boilerplate_offsets_match(string writeAs, string expectedEncoding)
    {
        using var folder = new TempFolder();
        var path = folder.Write("medico.txt", Encode(Article, writeAs));

        var document = Reading.ReadOne(path);
        var boilerplate = Some.Pipeline.Analyze(document).Document.Get(Annotations.Boilerplate);

        Assert.Equal(Article, document.Text);
        Assert.Equal(expectedEncoding, document.Metadata.Encoding);
        Assert.Equal(
            ["Actualizado el 3 de mayo de 2024", "Publicidad"],
            boilerplate.Spans.Select(s => s.Span.Slice(document.Text)));
    }

    private static byte[] Encode(string text, string encoding) => encoding switch
    {
        "utf-8" => Encoding.UTF8.GetBytes(text),
        "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
        "utf-16le" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        "utf-16be" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        "windows-1252" => Encoding.Latin1.GetBytes(text),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
    };
}
