using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Atalaya.Core.Resources;

namespace Atalaya.Cli.Tests.Commands;

/// <summary>atalaya langid: one "code TAB confidence" line per standard-input line.</summary>
public sealed partial class LangIdCommandTests
{
    private static readonly (string Code, string Line)[] Lines =
    [
        ("es", "La policía detuvo el martes a tres hombres acusados de extorsionar a comerciantes del mercado central."),
        ("und", ""),
        ("nn", "Politiet seier at dei ikkje veit kven som skaut mot bilen i går kveld."),
        ("nb", "Politiet sier at de ikke vet hvem som skjøt mot bilen i går kveld."),
        ("de", "Die Polizei hat am Dienstag drei Männer festgenommen, die Händler auf dem Wochenmarkt erpresst haben sollen."),
        ("und", "2024 15 300 1.500"),
        ("ru", "Полиция задержала в среду двух мужчин, подозреваемых в поджоге склада на окраине города."),
        ("pt", "A polícia diz que ainda não sabe quem disparou contra o carro ontem à noite."),
        ("und", "Hola"),
        ("en", "Residents said they heard gunfire for almost an hour and that nobody came to help them."),
        ("el", "Σύμφωνα με την εισαγγελία, οι δράστες διέφυγαν με αυτοκίνητο πριν φτάσει το περιπολικό."),
        ("sv", "Polisen säger att de inte vet vem som sköt mot bilen i går kväll."),
    ];

    private static string Input => string.Concat(Lines.Select(l => l.Line + "\n"));

    [Fact]
    public async Task Every_input_line_gets_one_code_and_confidence_line_in_order()
    {
        var result = await AtalayaCli.RunAsync(["langid"], stdin: Input);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.StdErr);
        var output = OutputLines(result);
        Assert.Equal(Lines.Length, output.Length);
        for (var i = 0; i < Lines.Length; i++)
        {
            Assert.Matches(GuessLine(), output[i]);
            Assert.True(output[i].Split('\t')[0] == Lines[i].Code, $"line {i + 1}: expected {Lines[i].Code}, got '{output[i]}' for: {Lines[i].Line}");
        }
    }

    [Fact]
    public async Task Output_is_what_the_identifier_says_with_four_decimals_and_a_dot()
    {
        var identifier = AtalayaResources.Load(Path.Combine(AppContext.BaseDirectory, "data")).LanguageIdentifier;
        Assert.NotNull(identifier);

        var result = await AtalayaCli.RunAsync(["langid"], stdin: Input);

        Assert.True(result.ExitCode == 0, result.ToString());
        var expected = Lines.Select(l => identifier.Identify(l.Line)).Select(g => $"{g.Code}\t{g.Confidence.ToString("0.0000", CultureInfo.InvariantCulture)}");
        Assert.Equal(expected, OutputLines(result));
        Assert.DoesNotContain(",", result.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_line_is_und_with_zero_confidence()
    {
        var result = await AtalayaCli.RunAsync(["langid"], stdin: "\n");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("und\t0.0000\n", result.StdOut);
    }

    [Fact]
    public async Task Windows_line_endings_are_lines_too()
    {
        var result = await AtalayaCli.RunAsync(["langid"], stdin: string.Join("\r\n", Lines[0].Line, "", Lines[2].Line) + "\r\n");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["es", "und", "nn"], OutputLines(result).Select(l => l.Split('\t')[0]));
    }

    [Fact]
    public async Task Last_line_without_newline_is_read()
    {
        var result = await AtalayaCli.RunAsync(["langid"], stdin: Lines[0].Line + "\n" + Lines[2].Line);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["es", "nn"], OutputLines(result).Select(l => l.Split('\t')[0]));
    }

    [Fact]
    public async Task Top_adds_the_next_candidates_best_first()
    {
        var result = await AtalayaCli.RunAsync(["langid", "--top", "2"], stdin: Input);

        Assert.True(result.ExitCode == 0, result.ToString());
        var output = OutputLines(result);
        Assert.Equal(Lines.Length, output.Length);
        for (var i = 0; i < Lines.Length; i++)
        {
            var fields = output[i].Split('\t');
            Assert.Equal(Lines[i].Code, fields[0]);
            if (Lines[i].Code == "und")
            {
                Assert.Equal(["und", "0.0000"], fields);
                continue;
            }

            Assert.Equal(4, fields.Length);
            var confidences = new List<double> { double.Parse(fields[1], CultureInfo.InvariantCulture) };
            foreach (var candidate in fields[2..])
            {
                Assert.Matches(Candidate(), candidate);
                Assert.NotEqual(fields[0], candidate.Split(':')[0]);
                confidences.Add(double.Parse(candidate.Split(':')[1], CultureInfo.InvariantCulture));
            }

            Assert.Equal(confidences.OrderByDescending(c => c), confidences);
            Assert.InRange(confidences.Sum(), 0.0, 1.0001);
        }
    }

    [Fact]
    public async Task Help_describes_the_command()
    {
        var result = await AtalayaCli.RunAsync("langid", "--help");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("atalaya langid", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("--top", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("Options:", result.StdOut, StringComparison.Ordinal);
        Assert.Equal("", result.StdErr);
    }

    [Fact]
    public async Task Root_help_lists_langid()
    {
        var result = await AtalayaCli.RunAsync("--help");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("langid", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_data_folder_without_a_model_is_reported()
    {
        using var folder = new TempFolder();
        var data = folder.CopyFrom(Path.Combine(AppContext.BaseDirectory, "data", "lang"), Path.Combine("data", "lang"));

        var result = await AtalayaCli.RunAsync(["langid", "--data", Path.GetDirectoryName(data)!], stdin: Input);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("no language model", result.StdErr, StringComparison.Ordinal);
        Assert.Equal("", result.StdOut);
    }

    [Fact]
    public async Task Input_is_read_as_utf8_whatever_the_locale()
    {
        var text = Lines[6].Line + "\n" + Lines[10].Line + "\n";

        var output = await RunWithLocaleAsync("en_US.ISO-8859-1", text);

        Assert.Equal(["ru", "el"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')[0]));
    }

    private static string[] OutputLines(CliResult result)
    {
        Assert.EndsWith("\n", result.StdOut, StringComparison.Ordinal);
        return result.StdOut[..^1].Split('\n');
    }

    /// <summary>Runs langid with LANG and LC_ALL set, writing <paramref name="stdin"/> as UTF-8 bytes.</summary>
    private static async Task<string> RunWithLocaleAsync(string locale, string stdin)
    {
        var host = Environment.ProcessPath is { } current && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase)
            ? current
            : "dotnet";
        var info = new ProcessStartInfo(host)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(AtalayaCli.Program);
        info.ArgumentList.Add("langid");
        info.Environment["LANG"] = locale;
        info.Environment["LC_ALL"] = locale;
        info.Environment.Remove("ATALAYA_DATA");

        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        var bytes = new UTF8Encoding(false).GetBytes(stdin);
        await process.StandardInput.BaseStream.WriteAsync(bytes);
        process.StandardInput.Close();
        using var limit = new CancellationTokenSource(AtalayaCli.DefaultTimeout);
        await process.WaitForExitAsync(limit.Token);
        Assert.True(process.ExitCode == 0, await errors);
        return await output;
    }

    [GeneratedRegex(@"^[a-z]{2,3}\t[01]\.\d{4}$")]
    private static partial Regex GuessLine();

    [GeneratedRegex(@"^[a-z]{2,3}:[01]\.\d{4}$")]
    private static partial Regex Candidate();
}
