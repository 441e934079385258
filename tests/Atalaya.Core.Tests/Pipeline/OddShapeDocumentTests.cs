using System.Text;
using Atalaya.Core.Pipeline;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Pipeline;

/// <summary>
/// Documents of shapes no article has but pages do: a first line that is a long run of share and
/// menu icon names, one line of thousands of words without punctuation, lines of only punctuation,
/// numbers or emoji. Every stage must run on them without throwing (a stage that throws loses the
/// document's events and claims); the random mix draws on every language pack's own words, so the
/// event, claim and quote stages see their trigger words, numbers and dates in odd places.
/// </summary>
public sealed class OddShapeDocumentTests
{
    private static readonly string[] Icons = ["facebook", "twitter", "whatsapp", "email", "print", "copy", "link", "menu", "search", "share", "close", "telegram", "linkedin", "rss"];

    private static readonly string[] Leads =
    [
        "Gunmen killed four police officers on Tuesday in Culiacán, Sinaloa, the state prosecutor said.",
        "Hombres armados asesinaron a tres policías el martes en Zamora, Michoacán; otros dos resultaron heridos.",
        "Criminosos mataram dois guardas na sexta-feira em Recife, e um terceiro ficou ferido.",
        "Unbekannte haben am Montag in Bergheim zwei Polizisten erschossen, teilte die Staatsanwaltschaft mit.",
        "Deux gendarmes ont été tués jeudi à Valbrune lors d'une embuscade, selon la préfecture.",
        "«No vamos a descansar», dijo el fiscal, quien ofreció una recompensa de 500.000 pesos.",
    ];

    public static TheoryData<string, string> Shapes => new()
    {
        { "icon line before an English article", IconLine(600) + "\n\n" + Leads[0] + "\n" },
        { "icon line before a Spanish article", IconLine(900) + "\n" + Leads[1] + "\n\n" + Leads[5] + "\n" },
        { "icon line alone", IconLine(2000) + "\n" },
        { "capitalized icon names before an article", string.Join(' ', Enumerable.Repeat("Facebook Twitter WhatsApp E-mail Imprimir Copiar Enlace Menú Buscar X Instagram", 60)) + "\n" + Leads[1] + "\n" },
        { "icon lines between paragraphs", Leads[2] + "\n\n" + IconLine(300) + "\n\n" + Leads[3] + "\n\n" + IconLine(50) + "\n" },
        { "one line of 3,000 words", Words(3000, seed: 3) + "\n" },
        { "one line of 3,000 words after a lead", Leads[4] + " " + Words(3000, seed: 4) + "\n" },
        { "only punctuation", string.Concat(Enumerable.Repeat("!!! ... ,,, ;;; ??? --- ::: ((( ))) «» “” ", 60)) + "\n" },
        { "only numbers", string.Join(' ', Enumerable.Range(0, 900).Select(i => ((i * 7919) % 100_000).ToString(System.Globalization.CultureInfo.InvariantCulture))) + "\n" },
        { "numbers with separators", string.Concat(Enumerable.Repeat("1.500 2,5 10:30 2024-05-03 03/05/2024 $5 100% 1/2 ", 100)) + "\n" },
        { "only emoji", string.Concat(Enumerable.Repeat("😀 🔫 🚓 💀 🇲🇽 👮‍♂️ ", 300)) + "\n" },
        { "emoji glued to words", string.Concat(Enumerable.Repeat("killed🔫police💀in Culiacán🇲🇽, ", 200)) + "\n" },
        { "white space that is no blank", "\u00A0\u00A0\n\u2003\n\u3000\n" + Leads[0] + "\n\u00A0\n" },
        { "a comma between every trigger word", string.Concat(Enumerable.Repeat("killed, wounded, arrested, kidnapped, ", 400)) + "\n" },
        { "one word of 5,000 letters", new string('a', 5000) + " " + Leads[1] + "\n" },
        { "quotes never closed", string.Concat(Enumerable.Repeat("«dijo \"que ", 500)) + Leads[5] + "\n" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void No_stage_fails_on_an_odd_shape(string shape, string text)
    {
        var result = Some.Pipeline.Analyze(Some.Document(text, id: shape, published: "2024-05-20"));

        Assert.True(result.Failures.Count == 0, $"{shape}: {string.Join("; ", result.Failures)}");
    }

    [Fact]
    public void No_stage_fails_on_icon_lines_mixed_with_every_language_packs_words()
    {
        var failures = new List<string>();
        for (var seed = 0; seed < 150; seed++)
        {
            var random = new Random(seed);
            var text = new StringBuilder(IconLine(random.Next(20, 1500), seed));
            for (var line = random.Next(8); line > 0; line--)
            {
                text.Append(random.Next(3) == 0 ? "\n\n" : "\n");
                text.Append(random.Next(4) == 0 ? Leads[random.Next(Leads.Length)] + " " : "");
                text.Append(Words(random.Next(1, 120), seed * 31 + line));
            }

            var result = Some.Pipeline.Analyze(Some.Document(text.ToString(), id: $"mix-{seed}", published: random.Next(2) == 0 ? "2024-05-20" : null));
            failures.AddRange(result.Failures.Select(f => $"seed {seed}: {f}"));
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    /// <summary>Icon names, space-separated, no punctuation: the shape of a page's share bar as text.</summary>
    private static string IconLine(int words, int seed = 0)
    {
        var random = new Random(seed);
        return string.Join(' ', Enumerable.Range(0, words).Select(_ => Icons[random.Next(Icons.Length)]));
    }

    /// <summary>Words of the language packs (triggers, numbers, months, cues...) with a little punctuation, in random order.</summary>
    private static string Words(int count, int seed)
    {
        var random = new Random(seed);
        var pool = PackWords.Value;
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append(pool[random.Next(pool.Count)]).Append(random.Next(8) == 0 ? "" : " ");
        }

        return text.ToString();
    }

    private static readonly Lazy<List<string>> PackWords = new(() =>
    {
        var words = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "data", "lang"), "*.tsv", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file))
            {
                if (line.Length > 0 && !line.StartsWith('#'))
                {
                    words.AddRange(line.Split('\t')[0].Replace("*", "", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries));
                }
            }
        }

        words.AddRange(["Sinaloa", "Culiacán", "Michoacán", "CJNG", "2024", "15", ",", ".", ":", ";", "(", ")", "«", "»", "\"", "-", "—", "1.500", "$5", "03/05/2024"]);
        return words;
    });
}
