using Atalaya.Core.Documents;

namespace Atalaya.Core.Tests.Support;

/// <summary>
/// One case of a cleaning spec file (tests/data/specs/cleaning/&lt;lang&gt;.md). Format:
/// <code>
/// ## case name
/// url: https://...            (optional source metadata: url, meta-title, meta-published, meta-byline; crlf: yes)
/// ```text
/// the article, line by line
/// ```
/// title: exact title | (none)
/// byline: exact byline | (none)
/// published: 2024-03-12 | (none)
/// published-from: text | url | metadata
/// boilerplate: an exact line of the article
/// boilerplate[kind]: an exact line that must be marked with that kind
/// not-boilerplate: an exact line that must stay article text
/// exact-boilerplate: yes      (no line other than the listed ones may be marked)
/// </code>
/// Lines starting with '#' (one hash) outside a case are comments.
/// </summary>
internal sealed class CleaningSpec
{
    public const string None = "(none)";

    public required string Language { get; init; }

    public required string Name { get; init; }

    public required string Text { get; init; }

    public Dictionary<string, string> Source { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Expect { get; } = new(StringComparer.Ordinal);

    public List<(string Line, string? Kind)> Boilerplate { get; } = [];

    public List<string> NotBoilerplate { get; } = [];

    public bool ExactBoilerplate { get; set; }

    private static readonly string[] SourceKeys = ["url", "meta-title", "meta-published", "meta-byline", "crlf"];
    private static readonly string[] ScalarKeys = ["title", "byline", "published", "published-from"];

    public SourceDocument ToDocument() => new()
    {
        Id = $"{Language}-{Name}",
        Source = $"specs/cleaning/{Language}.md#{Name}",
        Text = Text,
        Metadata = new SourceMetadata
        {
            Url = Source.GetValueOrDefault("url"),
            Title = Source.GetValueOrDefault("meta-title"),
            Published = Source.GetValueOrDefault("meta-published"),
            Byline = Source.GetValueOrDefault("meta-byline"),
        },
    };

    public static string Folder => Some.TestData("specs", "cleaning");

    public static IEnumerable<CleaningSpec> LoadAll()
        => Directory.EnumerateFiles(Folder, "*.md").Order(StringComparer.Ordinal).SelectMany(Load);

    public static IEnumerable<CleaningSpec> Load(string path)
    {
        var language = System.IO.Path.GetFileNameWithoutExtension(path);
        var lines = File.ReadAllLines(path);
        var cases = new List<CleaningSpec>();
        var i = 0;
        while (i < lines.Length)
        {
            if (!lines[i].StartsWith("## ", StringComparison.Ordinal))
            {
                if (lines[i].Length > 0 && !lines[i].StartsWith('#'))
                {
                    throw new FormatException($"{path}:{i + 1}: text outside a case");
                }

                i++;
                continue;
            }

            cases.Add(ReadCase(path, language, lines, ref i));
        }

        var duplicate = cases.GroupBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? cases : throw new FormatException($"{path}: case '{duplicate.Key}' appears twice");
    }

    private static CleaningSpec ReadCase(string path, string language, string[] lines, ref int i)
    {
        var name = lines[i][3..].Trim();
        i++;
        var source = new Dictionary<string, string>(StringComparer.Ordinal);
        while (i < lines.Length && lines[i] != "```text")
        {
            if (lines[i].Length > 0)
            {
                var (key, value) = KeyValue(path, i, lines[i]);
                if (!SourceKeys.Contains(key))
                {
                    throw new FormatException($"{path}:{i + 1}: unknown source key '{key}' before the text block");
                }

                source[key] = value;
            }

            i++;
        }

        if (i >= lines.Length)
        {
            throw new FormatException($"{path}: case '{name}' has no ```text block");
        }

        i++;
        var body = new List<string>();
        while (i < lines.Length && lines[i] != "```")
        {
            body.Add(lines[i]);
            i++;
        }

        if (i >= lines.Length)
        {
            throw new FormatException($"{path}: case '{name}': unterminated ```text block");
        }

        i++;
        var newline = source.GetValueOrDefault("crlf") == "yes" ? "\r\n" : "\n";
        var spec = new CleaningSpec { Language = language, Name = name, Text = string.Join(newline, body) + newline };
        foreach (var (key, value) in source)
        {
            spec.Source[key] = value;
        }

        while (i < lines.Length && !lines[i].StartsWith("## ", StringComparison.Ordinal))
        {
            if (lines[i].Length > 0)
            {
                spec.AddExpectation(path, i, lines[i]);
            }

            i++;
        }

        return spec;
    }

    private void AddExpectation(string path, int index, string line)
    {
        var (key, value) = KeyValue(path, index, line);
        if (key == "boilerplate")
        {
            Boilerplate.Add((value, null));
        }
        else if (key.StartsWith("boilerplate[", StringComparison.Ordinal) && key.EndsWith(']'))
        {
            Boilerplate.Add((value, key["boilerplate[".Length..^1]));
        }
        else if (key == "not-boilerplate")
        {
            NotBoilerplate.Add(value);
        }
        else if (key == "exact-boilerplate")
        {
            ExactBoilerplate = value == "yes";
        }
        else if (ScalarKeys.Contains(key))
        {
            Expect[key] = value;
        }
        else
        {
            throw new FormatException($"{path}:{index + 1}: unknown expectation '{key}'");
        }
    }

    private static (string Key, string Value) KeyValue(string path, int index, string line)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0)
        {
            throw new FormatException($"{path}:{index + 1}: expected 'key: value', found '{line}'");
        }

        return (line[..colon], line[(colon + 2)..]);
    }
}
