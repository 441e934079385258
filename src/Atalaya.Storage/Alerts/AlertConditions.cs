using System.Globalization;
using System.Text;

namespace Atalaya.Storage.Alerts;

/// <summary>
/// A saved question over events: the workbench's filters (state, type, actor, language), a least number
/// of fatalities, and words the event's articles must contain. Null: not asked. Written as
/// <c>state=Guanajuato type=Battles min_fatalities=3 actor=CJNG language=es</c>; a value may hold
/// spaces ("type=Violence against civilians", or quoted: state="Baja California").
/// </summary>
public sealed record AlertConditions(string? State, string? Type, int? MinFatalities, string? Actor, string? Language, string? Query)
{
    private static readonly string[] Keys = ["state", "type", "min_fatalities", "actor", "language"];

    /// <summary>Reads the --where text and the --query words.</summary>
    /// <exception cref="FormatException">An unknown key, a key given twice, a value missing or not a number; the message says which.</exception>
    public static AlertConditions Parse(string? where, string? query)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in Pairs(where ?? ""))
        {
            if (!Keys.Contains(key))
            {
                throw new FormatException($"unknown condition '{key}' (known: {string.Join(", ", Keys)})");
            }

            if (value.Length == 0)
            {
                throw new FormatException($"condition '{key}' has no value");
            }

            if (!values.TryAdd(key, value))
            {
                throw new FormatException($"condition '{key}' is given twice");
            }
        }

        int? least = null;
        if (values.TryGetValue("min_fatalities", out var number))
        {
            least = int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : throw new FormatException($"min_fatalities must be a whole number, not '{number}'");
        }

        var words = string.IsNullOrWhiteSpace(query) ? null : query.Trim();
        return new AlertConditions(values.GetValueOrDefault("state"), values.GetValueOrDefault("type"), least, values.GetValueOrDefault("actor"), values.GetValueOrDefault("language"), words);
    }

    /// <summary>The conditions in the --where form (what 'alerts list' shows and the database keeps).</summary>
    public string Where()
    {
        var parts = new List<string>();
        void Add(string key, string? value)
        {
            if (value is not null)
            {
                parts.Add(value.Contains(' ', StringComparison.Ordinal) ? $"{key}=\"{value}\"" : $"{key}={value}");
            }
        }

        Add("state", State);
        Add("type", Type);
        Add("min_fatalities", MinFatalities?.ToString(CultureInfo.InvariantCulture));
        Add("actor", Actor);
        Add("language", Language);
        return string.Join(' ', parts);
    }

    /// <summary>key=value pairs; a word without '=' continues the value before it; double quotes keep spaces.</summary>
    private static IEnumerable<(string Key, string Value)> Pairs(string text)
    {
        var pairs = new List<(string Key, StringBuilder Value)>();
        foreach (var word in Words(text))
        {
            var equals = word.Text.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && !word.Quoted)
            {
                pairs.Add((word.Text[..equals].Trim().ToLowerInvariant(), new StringBuilder(Unquote(word.Text[(equals + 1)..]))));
            }
            else if (pairs.Count > 0)
            {
                pairs[^1].Value.Append(' ').Append(Unquote(word.Text));
            }
            else
            {
                throw new FormatException($"'{word.Text}' is not a condition (write key=value, e.g. state=Guanajuato)");
            }
        }

        return pairs.Select(p => (p.Key, p.Value.ToString().Trim()));
    }

    private static string Unquote(string value) => value.Replace("\"", "", StringComparison.Ordinal);

    /// <summary>Words split on spaces outside double quotes.</summary>
    private static List<(string Text, bool Quoted)> Words(string text)
    {
        var words = new List<(string, bool)>();
        var current = new StringBuilder();
        var quoted = false;
        var startsQuoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                startsQuoted |= current.Length == 0;
                quoted = !quoted;
                current.Append(c);
            }
            else if (char.IsWhiteSpace(c) && !quoted)
            {
                if (current.Length > 0)
                {
                    words.Add((current.ToString(), startsQuoted));
                }

                current.Clear();
                startsQuoted = false;
            }
            else
            {
                current.Append(c);
            }
        }

        if (quoted)
        {
            throw new FormatException("a double quote is not closed");
        }

        if (current.Length > 0)
        {
            words.Add((current.ToString(), startsQuoted));
        }

        return words;
    }
}
