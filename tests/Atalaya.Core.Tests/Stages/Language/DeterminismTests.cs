using System.Reflection;
using System.Text;
using Atalaya.Core.Documents;

namespace Atalaya.Core.Tests.Stages.Language;

/// <summary>The same text always gets the same answer, on any thread, whatever was identified before.</summary>
public sealed class DeterminismTests
{
    private static readonly Lazy<List<string>> LazyInputs = new(BuildInputs);

    /// <summary>Every sentence and paragraph of the language tests, texts that are "und", and long texts that grow the per-thread buffers.</summary>
    private static List<string> Inputs => LazyInputs.Value;

    [Fact]
    public void The_same_text_gives_the_same_answer_every_time()
    {
        foreach (var text in Inputs.Take(40))
        {
            var first = LangId.Identifier.Identify(text);
            for (var i = 0; i < 20; i++)
            {
                Assert.Equal(first, LangId.Identifier.Identify(text));
            }
        }
    }

    [Fact]
    public void A_long_text_before_a_short_one_does_not_change_the_short_ones_answer()
    {
        const string sentence = "Politiet seier at dei ikkje veit kven som skaut mot bilen i går kveld.";
        var before = LangId.Identifier.Identify(sentence);

        LangId.Identifier.Identify(Inputs[^1]);
        LangId.Identifier.Rank(Inputs[^2]);

        Assert.Equal(before, LangId.Identifier.Identify(sentence));
        Assert.Equal(before.Code, LangId.Identifier.Rank(sentence)[0].Code);
    }

    [Fact]
    public void Parallel_calls_give_the_sequential_answers()
    {
        const int calls = 2000;
        var inputs = Inputs;
        var sequential = new LanguageGuess[calls];
        for (var i = 0; i < calls; i++)
        {
            sequential[i] = Call(inputs, i);
        }

        var parallel = new LanguageGuess[calls];
        Parallel.For(0, calls, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(4, Environment.ProcessorCount) }, i => parallel[i] = Call(inputs, i));

        var differences = Enumerable.Range(0, calls).Where(i => sequential[i] != parallel[i]).Select(i => $"call {i}: {sequential[i]} then {parallel[i]}").ToList();
        Assert.True(differences.Count == 0, string.Join('\n', differences.Take(20)));
    }

    /// <summary>Call <paramref name="i"/>: text, spans and ranking calls in turn, over inputs in a shuffled but fixed order.</summary>
    private static LanguageGuess Call(List<string> inputs, int i)
    {
        var text = inputs[(i * 31) % inputs.Count];
        return (i % 3) switch
        {
            0 => LangId.Identifier.Identify(text),
            1 => LangId.Identifier.Identify(text, [new TextSpan(0, text.Length / 2), new TextSpan(text.Length / 2, text.Length)]),
            _ => LangId.Identifier.Rank(text)[0],
        };
    }

    private static List<string> BuildInputs()
    {
        var texts = new[] { typeof(LanguageSentenceTests), typeof(CloseLanguageTests), typeof(MixedTextTests) }
            .SelectMany(type => type.GetMethods())
            .SelectMany(method => method.GetCustomAttributes<InlineDataAttribute>().SelectMany(row => row.GetData(method)))
            .SelectMany(row => row.OfType<string>())
            .Where(text => text.Length > 30)
            .ToList();
        Assert.True(texts.Count > 100, $"only {texts.Count} test sentences found");

        texts.AddRange(["", "   ", "Hola", "2024 15 300 1.500", "https://example.com/a/b www.example.org"]);

        // Long texts (tens of thousands of letters, two languages) grow each thread's feature buffer.
        var mixed = new StringBuilder();
        for (var i = 0; mixed.Length < 60_000; i++)
        {
            mixed.Append(texts[(i * 13) % 100]).Append(' ');
        }

        texts.Add(mixed.ToString(0, 30_000));
        texts.Add(mixed.ToString());
        return texts;
    }
}
