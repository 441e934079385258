using System.Text;
using System.Text.Json;

namespace Atalaya.Cli.Tests.BadInput;

/// <summary>
/// Inputs whose analysis once cost the square of their size (hours for a few megabytes): each must
/// finish, and a document over its time budget must be reported while the run goes on. No timings
/// are asserted; a regression shows as a run that does not end within the generous limit.
/// </summary>
public sealed class LargeDocumentTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(5);

    private const string Lead = "Un enfrentamiento entre policías estatales y un grupo armado dejó cuatro muertos en Villa Arroyo, Sonora, el martes, informó la Fiscalía del estado.";

    /// <summary>An invented article repeated with a number that changes, so names, counts and sentences repeat as in a long dump.</summary>
    private static string Repeated(int bytes, string separator)
    {
        var text = new StringBuilder();
        for (var i = 0; text.Length < bytes; i++)
        {
            var article = separator.Contains('\n', StringComparison.Ordinal) ? Articles.Text(i) : Articles.Text(i).Replace('\n', ' ');
            text.Append(article).Append(separator)
                .Append(Lead).Append(separator)
                .Append("\"No vamos a permitir que sigan sembrando miedo\", dijo el gobernador Aurelio Mendívil en Hermosillo.").Append(separator);
        }

        return text.ToString();
    }

    private static async Task<JsonElement> ExtractOne(string path, params string[] options)
    {
        var result = await AtalayaCli.RunAsync(["extract", "--json", "--no-text", .. options, path], timeout: Generous);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("0 inputs failed", result.StdErr, StringComparison.Ordinal);
        return Assert.Single(Json.Documents(Json.Parse(result.StdOut)));
    }

    [Fact]
    public async Task A_two_megabyte_text_on_one_line_is_analyzed()
    {
        using var temp = new TempFolder();
        var path = temp.Write("volcado-sin-saltos.txt", Repeated(2 * 1024 * 1024, " "));

        var document = await ExtractOne(path);

        Assert.NotEmpty(document.GetProperty("entities").EnumerateArray());
        Assert.NotEmpty(document.GetProperty("events").EnumerateArray());
    }

    [Fact]
    public async Task A_page_of_200000_paragraphs_is_analyzed()
    {
        using var temp = new TempFolder();
        var path = temp.Write("parrafos.html", "<html><body>" + string.Concat(Enumerable.Repeat("<p>x</p>", 200_000)) + "<p>" + Lead + "</p></body></html>");

        var document = await ExtractOne(path);

        Assert.Equal("es", Json.Text(document, "language"));
    }

    [Fact]
    public async Task A_page_of_200000_nested_divisions_is_analyzed()
    {
        using var temp = new TempFolder();
        var path = temp.Write("anidado.html", "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 200_000)) + "<p>" + Lead + "</p>" + string.Concat(Enumerable.Repeat("</div>", 200_000)) + "</body></html>");

        var document = await ExtractOne(path);

        Assert.Contains(document.GetProperty("entities").EnumerateArray(), e => e.GetProperty("mentions")[0].GetProperty("text").GetString() == "Villa Arroyo");
    }

    [Fact]
    public async Task Without_text_furniture_repeated_on_every_line_is_one_region_not_one_span_per_line()
    {
        using var temp = new TempFolder();
        var text = Lead + "\n\nLos vecinos dijeron que los disparos duraron más de una hora.\n\n" + string.Concat(Enumerable.Repeat("Compartir en Facebook\n\n", 20_000));
        var path = temp.Write("compartir.txt", text);

        var result = await AtalayaCli.RunAsync(["extract", "--json", "--no-text", path], timeout: Generous);

        Assert.True(result.ExitCode == 0, result.ToString());
        var region = Assert.Single(Assert.Single(Json.Documents(Json.Parse(result.StdOut))).GetProperty("boilerplate").EnumerateArray());
        Assert.Equal(text.IndexOf("Compartir", StringComparison.Ordinal), region.GetProperty("start").GetInt32());
        Assert.True(result.StdOut.Length < text.Length / 10, $"{result.StdOut.Length} characters of JSON for {text.Length} of text");
    }

    [Fact]
    public async Task Documents_over_the_time_budget_are_reported_by_name_and_the_run_goes_on()
    {
        using var temp = new TempFolder();
        var folder = temp.Folder("entrada");
        var first = temp.Write(Path.Combine("entrada", "a-largo.txt"), Repeated(300 * 1024, "\n\n"));
        var second = temp.Write(Path.Combine("entrada", "b-largo.txt"), Repeated(300 * 1024, "\n\n") + "Fin.");

        // A millisecond: far less than any of these documents needs, so both are stopped.
        var result = await AtalayaCli.RunAsync(["extract", "--json", "--threads", "1", "--doc-timeout", "0.001", folder], timeout: Generous);

        Assert.True(result.ExitCode != 0, result.ToString());
        foreach (var path in new[] { first, second })
        {
            Assert.Contains(result.ErrorLines, l => l.Contains(path, StringComparison.Ordinal) && l.Contains("--doc-timeout", StringComparison.Ordinal));
        }
    }
}
