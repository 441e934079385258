namespace Atalaya.Cli.Tests.BadInput;

/// <summary>Bytes that are not valid UTF-8 are old Latin-1 pages: decoded as Windows-1252, not reported as errors.</summary>
public sealed class EncodingTests
{
    // "Café con leña en Querétaro: la policía detuvo a dos hombres «armados»." in Windows-1252.
    private static readonly byte[] Windows1252 =
    [
        .. "Caf"u8, 0xE9, .. " con le"u8, 0xF1, .. "a en Quer"u8, 0xE9, .. "taro: la polic"u8, 0xED, .. "a detuvo a dos hombres "u8, 0xAB, .. "armados"u8, 0xBB, .. ".\n"u8,
    ];

    private const string Decoded = "Café con leña en Querétaro: la policía detuvo a dos hombres «armados».\n";

    [Fact]
    public async Task Invalid_utf8_text_is_decoded_as_windows_1252_without_an_error()
    {
        using var temp = new TempFolder();
        var path = temp.Write("latin1.txt", Windows1252);

        var result = await AtalayaCli.RunAsync("extract", "--json", path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain(result.ErrorLines, l => l.Contains(path, StringComparison.Ordinal));
        Assert.Contains("1 documents, 0 inputs failed", result.StdErr, StringComparison.Ordinal);
        var document = Assert.Single(Json.Documents(Json.Parse(result.StdOut)));
        Assert.Equal(Decoded, Json.Text(document, "text"));
    }

    [Fact]
    public async Task Invalid_utf8_text_is_stored_decoded()
    {
        using var temp = new TempFolder();
        var db = temp.File("atalaya.db");
        temp.Write(Path.Combine("entrada", "latin1.txt"), Windows1252);

        var result = await AtalayaCli.RunAsync("ingest", temp.File("entrada"), "--db", db);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(Decoded, Database.Scalar(db, "SELECT text FROM documents"));
        Assert.Equal(0, Database.Count(db, "SELECT COUNT(*) FROM failed_sources"));
    }
}
