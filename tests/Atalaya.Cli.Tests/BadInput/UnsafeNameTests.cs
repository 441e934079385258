using System.Diagnostics;

namespace Atalaya.Cli.Tests.BadInput;

/// <summary>
/// File names and record ids are input too: control characters in them are written escaped on
/// standard error (never reaching the terminal), and a name that is not UTF-8 is reported while the
/// rest of its folder is read.
/// </summary>
public sealed class UnsafeNameTests
{
    [Fact]
    public async Task Control_characters_and_bidi_overrides_in_a_file_name_are_escaped_in_the_error_line()
    {
        using var temp = new TempFolder();
        var folder = temp.Folder("entrada");
        File.Copy(Path.Combine(TestData.E2eArticles, "nb-brann-lagerhall.txt"), Path.Combine(folder, "nb-brann-lagerhall.txt"));
        temp.Write(Path.Combine("entrada", "foto\u001b[31m\n\u202Etxt.txt"), BadFiles.Binary());

        var result = await AtalayaCli.RunAsync("extract", "--json", folder);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"atalaya: {folder}/foto\\x1b[31m\\n\\u202etxt.txt: binary content (a PNG image), not text: atalaya reads plain text, HTML, JSON and JSON lines", result.ErrorLines);
        Assert.DoesNotContain('\u001b', result.StdErr);
        Assert.DoesNotContain('\u202E', result.StdErr);
    }

    [Fact]
    public async Task Control_characters_in_record_ids_are_escaped_in_error_and_summary_lines()
    {
        var input = "{\"id\": \"mala\\u001b[2J\", \"text\": 5}\n"
            + "{\"id\": \"nota\\u001b]0;titulo\\u0007\\u202e\", \"text\": \"Detienen a dos hombres por robo de ganado en Villa Serena.\"}\n";
        using var temp = new TempFolder();
        var path = temp.Write("ids.jsonl", input);
        var copy = temp.Write("copia.jsonl", input);

        var result = await AtalayaCli.RunAsync("extract", "--summary", path, copy);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"atalaya: {path}:1: field \"text\" must be a string, found number", result.ErrorLines);
        Assert.Contains(result.StdOut.Split('\n'), l => l.StartsWith("nota\\x1b]0;titulo\\x07\\u202e ", StringComparison.Ordinal) && l.Contains("(copy of nota\\x1b]0;titulo\\x07\\u202e)", StringComparison.Ordinal));
        Assert.DoesNotContain('\u001b', result.StdErr + result.StdOut);
        Assert.DoesNotContain('\u202E', result.StdErr + result.StdOut);
    }

    [Fact]
    public async Task A_file_name_that_is_not_utf8_is_reported_and_the_rest_of_the_folder_is_read()
    {
        using var temp = new TempFolder();
        var folder = temp.Folder("entrada");
        File.Copy(Path.Combine(TestData.E2eArticles, "nb-brann-lagerhall.txt"), Path.Combine(folder, "nb-brann-lagerhall.txt"));
        File.Copy(Path.Combine(TestData.E2eArticles, "nl-overval-geldtransport.txt"), Path.Combine(folder, "z-nl-overval-geldtransport.txt"));
        using (var process = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", "printf 'Nota sobre un robo en Villa Serena.' > \"$(printf 'nota-\\351\\361.txt')\""]) { WorkingDirectory = folder })!)
        {
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Equal(0, process.ExitCode);
        }

        var result = await AtalayaCli.RunAsync("extract", "--json", folder);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"atalaya: {folder}/nota-\uFFFD\uFFFD.txt: name is not valid UTF-8 (shown with \uFFFD for the bad bytes): rename it to read it", result.ErrorLines);
        Assert.Equal(["nb-brann-lagerhall", "z-nl-overval-geldtransport"], Json.Documents(Json.Parse(result.StdOut)).Select(d => Json.Text(d, "id")!).Order(StringComparer.Ordinal));
    }
}
