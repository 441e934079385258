using Atalaya.Core.Internal;
using Atalaya.Core.Resources;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Resources;

/// <summary>data/lang/&lt;code&gt;/event_triggers.tsv and event_actors.tsv: shipped, complete and unambiguous.</summary>
public sealed class EventLexiconTests
{
    public static TheoryData<string> Shipped() => ["es", "en", "pt", "fr", "de", "it", "nl", "nb", "nn", "da", "sv", "ca", "gl"];

    [Theory]
    [MemberData(nameof(Shipped))]
    public void Language_folder_has_both_files(string code)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "data", "lang", code);

        Assert.True(File.Exists(Path.Combine(folder, "event_triggers.tsv")), $"{code}: event_triggers.tsv missing");
        Assert.True(File.Exists(Path.Combine(folder, "event_actors.tsv")), $"{code}: event_actors.tsv missing");
        Assert.NotEmpty(Some.Resources.Languages[code].EventTriggers);
        Assert.NotEmpty(Some.Resources.Languages[code].ActorNouns);
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public void Every_trigger_code_has_a_phrase(string code)
    {
        var present = Some.Resources.Languages[code].EventTriggers.Select(t => t.Trigger).ToHashSet(StringComparer.Ordinal);

        var missing = EventWords.Triggers.Where(t => !present.Contains(t)).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, $"{code}: no trigger for {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public void Every_actor_category_has_a_noun(string code)
    {
        var present = Some.Resources.Languages[code].ActorNouns.Select(a => a.Category).ToHashSet(StringComparer.Ordinal);

        var missing = EventWords.ActorCategories.Where(c => !present.Contains(c)).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, $"{code}: no actor noun for {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public void No_phrase_has_two_codes(string code)
    {
        var pack = Some.Resources.Languages[code];

        AssertOneCodePerPhrase(code + " triggers", pack.EventTriggers.Select(t => (t.Phrase, t.Trigger)));
        AssertOneCodePerPhrase(code + " actors", pack.ActorNouns.Select(a => (a.Phrase, a.Category)));
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public void Phrases_are_words_with_a_long_enough_stem(string code)
    {
        var pack = Some.Resources.Languages[code];
        var phrases = pack.EventTriggers.Select(t => t.Phrase).Concat(pack.ActorNouns.Select(a => a.Phrase));

        foreach (var phrase in phrases)
        {
            var words = phrase.Split(' ');
            Assert.True(words.All(w => w.Length > 0), $"{code}: '{phrase}' has an empty word");
            Assert.True(phrase.IndexOf('*', StringComparison.Ordinal) is var star && (star < 0 || star == phrase.Length - 1), $"{code}: '{phrase}' has a '*' before its end");
            Assert.True(phrase.TrimEnd('*').All(c => char.IsLetterOrDigit(c) || c == ' '), $"{code}: '{phrase}' has a character that folding turns into a word break");
            if (phrase.EndsWith('*'))
            {
                var stem = words[^1].TrimEnd('*');
                Assert.True(stem.Count(char.IsLetter) >= 4, $"{code}: stem '{phrase}' has fewer than four letters before the '*'");
            }
        }
    }

    [Fact]
    public void Stems_read_from_a_file_keep_their_star()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "event_triggers.tsv");
        File.WriteAllText(path, "# comment\nAsesinad*\tkill\nshot  dead\tkill\n");

        var rows = EventWords.ReadTriggers(path);

        Assert.Equal([new TriggerPhrase("asesinad*", "kill"), new TriggerPhrase("shot dead", "kill")], rows);
    }

    private static void AssertOneCodePerPhrase(string where, IEnumerable<(string Phrase, string Code)> rows)
    {
        var conflicts = rows
            .GroupBy(r => Key(r.Phrase), StringComparer.Ordinal)
            .Where(g => g.Select(r => r.Code).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => $"'{g.Key}' ({string.Join(", ", g.Select(r => r.Code).Distinct(StringComparer.Ordinal))})")
            .ToList();

        Assert.True(conflicts.Count == 0, $"{where}: phrases with two codes: {string.Join("; ", conflicts)}");
    }

    // Matching ignores case and accents: "disparo" and "disparó" are one phrase.
    private static string Key(string phrase) => phrase.EndsWith('*') ? TextFolding.Fold(phrase.TrimEnd('*')) + "*" : TextFolding.Fold(phrase);
}
