using System.Text;
using Atalaya.Core.Pipeline;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Cleaning;

/// <summary>Runs every case of tests/data/specs/cleaning/*.md through the standard pipeline.</summary>
public sealed class CleaningSpecTests
{
    private static readonly string[] RequiredLanguages = ["es", "en", "pt", "fr", "de", "it", "nl", "nb", "da", "sv"];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var spec in CleaningSpec.LoadAll())
        {
            data.Add(spec.Language, spec.Name);
        }

        return data;
    }

    [Fact]
    public void Every_required_language_has_a_spec_file_with_several_cases()
    {
        var byLanguage = CleaningSpec.LoadAll().GroupBy(s => s.Language).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var language in RequiredLanguages)
        {
            Assert.True(byLanguage.GetValueOrDefault(language) >= 4, $"{language}: expected at least 4 cleaning cases, found {byLanguage.GetValueOrDefault(language)}");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec_case_holds(string language, string name)
    {
        var spec = CleaningSpec.Load(Path.Combine(CleaningSpec.Folder, language + ".md")).Single(c => c.Name == name);
        var result = Some.Pipeline.Analyze(spec.ToDocument());
        Assert.Empty(result.Failures);

        var text = spec.Text;
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal);
        var spans = result.Document.Get(Annotations.Boilerplate).Spans;
        var header = result.Document.Get(Annotations.Header);
        var problems = new List<string>();

        foreach (var listed in spec.Boilerplate.Select(b => b.Line).Concat(spec.NotBoilerplate))
        {
            if (!lines.Contains(listed))
            {
                problems.Add($"spec error: '{listed}' is not a line of the article");
            }
        }

        var marked = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var span in spans)
        {
            var slice = span.Span.Slice(text);
            if (!lines.Contains(slice))
            {
                problems.Add($"span [{span.Span.Start}, {span.Span.End}) '{slice}' is not a whole trimmed line");
            }

            marked[slice] = span.Kind;
        }

        foreach (var (line, kind) in spec.Boilerplate)
        {
            if (!marked.TryGetValue(line, out var actual))
            {
                problems.Add($"not marked as boilerplate: '{line}'");
            }
            else if (kind is not null && kind != actual)
            {
                problems.Add($"marked as '{actual}', expected '{kind}': '{line}'");
            }
        }

        foreach (var line in spec.NotBoilerplate.Where(marked.ContainsKey))
        {
            problems.Add($"article line marked as {marked[line]}: '{line}'");
        }

        if (spec.ExactBoilerplate)
        {
            foreach (var line in marked.Keys.Where(m => !spec.Boilerplate.Any(b => b.Line == m)))
            {
                problems.Add($"unexpected boilerplate ({marked[line]}): '{line}'");
            }
        }

        Check(spec, "title", header.Title, problems);
        Check(spec, "byline", header.Byline, problems);
        Check(spec, "published", header.Published?.ToString(), problems);
        Check(spec, "published-from", header.PublishedFrom, problems);

        if (!spec.Source.ContainsKey("meta-title") && header.TitleSpan is { } titleSpan && header.Title != titleSpan.Slice(text))
        {
            problems.Add($"title span '{titleSpan.Slice(text)}' differs from title '{header.Title}'");
        }

        if (header.BylineSpan is { } bylineSpan && header.Byline != bylineSpan.Slice(text))
        {
            problems.Add($"byline span '{bylineSpan.Slice(text)}' differs from byline '{header.Byline}'");
        }

        if (problems.Count > 0)
        {
            var report = new StringBuilder();
            report.AppendLine($"{language}/{name}:");
            problems.ForEach(p => report.AppendLine("  " + p));
            report.AppendLine($"  actual: title='{header.Title}' byline='{header.Byline}' published='{header.Published}' from='{header.PublishedFrom}'");
            foreach (var span in spans)
            {
                report.AppendLine($"  [{span.Kind}] {span.Span.Slice(text)}");
            }

            Assert.Fail(report.ToString());
        }
    }

    private static void Check(CleaningSpec spec, string key, string? actual, List<string> problems)
    {
        if (spec.Expect.TryGetValue(key, out var expected) && expected != (actual ?? CleaningSpec.None))
        {
            problems.Add($"{key}: expected '{expected}', found '{actual ?? CleaningSpec.None}'");
        }
    }
}
