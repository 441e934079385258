using Atalaya.Core.Documents;
using Atalaya.Core.Stages.Events.Counting;
using Atalaya.Core.Stages.Segmentation;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Events.Counting;

/// <summary>Every unit and vague word of every shipped numbers.tsv reads, alone before a noun, as its row says.</summary>
public sealed class ShippedNumberWordsTests
{
    private static readonly Lazy<QuantityReader> Reader = new(() => QuantityReader.Build(Some.Resources.Languages));

    public static TheoryData<string> AllLanguages() => ["es", "en", "pt", "fr", "de", "it", "nl", "nb", "nn", "da", "sv", "ca", "gl"];

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void Units_and_vague_words_read_as_listed(string language)
    {
        var rows = Some.Resources.Languages[language].NumberWords.Where(w => w.Kind is "unit" or "vague").ToList();
        var wrong = new List<string>();
        foreach (var row in rows)
        {
            // A word listed both as a unit and as a vague quantity reads as the unit.
            if (row.Kind == "vague" && rows.Exists(r => r.Kind == "unit" && r.Word == row.Word))
            {
                continue;
            }

            var sentence = $"{row.Word} xyzzy";
            var tokens = new List<Token>();
            Tokenizer.Tokenize(sentence, new TextSpan(0, sentence.Length), 0, tokens);
            var found = Reader.Value.Find(sentence, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), language);
            var expected = (row.Value, row.Kind == "vague", 0, tokens.Count - 1);
            if (found.Count != 1 || (found[0].Value, found[0].Vague, found[0].Start, found[0].End) != expected)
            {
                wrong.Add($"{row.Word}: {string.Join(", ", found)}");
            }
        }

        Assert.NotEmpty(rows);
        Assert.Empty(wrong);
    }
}
