using System.Text.RegularExpressions;

namespace Atalaya.Web.BrowserTests.Pages;

/// <summary>
/// The rules the pages live by, read from the files served (the wwwroot copied next to the program): no HTML
/// parsing of data, nothing inline the CSP would block, nothing loaded from outside the app. No browser needed.
/// </summary>
public sealed partial class StaticRulesTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "wwwroot");

    public static TheoryData<string> Scripts() => Files("*.js");

    public static TheoryData<string> Pages() => Files("*.html");

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Scripts_never_turn_strings_into_html_or_code(string file)
    {
        var text = File.ReadAllText(Path.Combine(Root, file));
        foreach (var forbidden in new[] { "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", "setAttribute('style'" })
        {
            Assert.False(text.Contains(forbidden, StringComparison.Ordinal), $"{file} uses {forbidden}");
        }
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Scripts_load_nothing_from_outside_the_app(string file)
    {
        var text = File.ReadAllText(Path.Combine(Root, file));
        // Absolute URLs appear only as the SVG namespace and as outbound links (knowledge-base pages); imports and fetches are relative.
        Assert.DoesNotMatch(ImportOrFetchOfAbsoluteUrl(), text);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Pages_have_no_inline_script_style_or_handler_and_every_asset_is_served(string file)
    {
        var html = File.ReadAllText(Path.Combine(Root, file));
        Assert.DoesNotMatch(InlineScript(), html);
        Assert.DoesNotMatch(InlineHandlerOrStyle(), html);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        foreach (Match asset in AssetReference().Matches(html))
        {
            var path = asset.Groups[1].Value;
            Assert.StartsWith("/", path);
            Assert.True(File.Exists(Path.Combine(Root, path.TrimStart('/'))), $"{file} refers to {path}, which is not served");
        }
    }

    [Fact]
    public void The_map_boundaries_are_small_and_hold_every_state()
    {
        var file = new FileInfo(Path.Combine(Root, "data", "mx-states.json"));
        Assert.InRange(file.Length, 10_000, 100_000);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(file.FullName));
        var names = json.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("name").GetString()).ToList();
        Assert.Equal(32, names.Count);
        Assert.Contains("Mexico City", names);
        Assert.Contains("Michoacán", names);
    }

    private static TheoryData<string> Files(string pattern)
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Root, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Root, path));
        }

        return data;
    }

    [GeneratedRegex(@"(import\s[^;]*from\s*|import\(|fetch\()\s*['""`]https?:", RegexOptions.IgnoreCase)]
    private static partial Regex ImportOrFetchOfAbsoluteUrl();

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"\s(on[a-z]+|style)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandlerOrStyle();

    [GeneratedRegex(@"(?:src|href)=""([^""#?]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex AssetReference();
}
