using System.Collections.Frozen;
using Atalaya.Core.Internal;

namespace Atalaya.Core.Resources;

/// <summary>
/// The words of one language that let a speech verb refer back to the person last named: subject
/// pronouns ("he said", "sagte er", "sier han"), whether the language drops them ("«…», añadió."), and
/// the articles that, right after a bare verb, open a noun subject instead ("dijo el portavoz").
/// </summary>
/// <param name="Pronouns">Third-person singular subject pronouns, folded.</param>
/// <param name="Articles">Words that open a noun subject after a speech verb, folded.</param>
/// <param name="NullSubject">Whether a speech verb alone refers back, as a pronoun would.</param>
public sealed record SpeakerReferenceWords(FrozenSet<string> Pronouns, FrozenSet<string> Articles, bool NullSubject)
{
    public static SpeakerReferenceWords None { get; } = new(FrozenSet<string>.Empty, FrozenSet<string>.Empty, false);

    public static SpeakerReferenceWords Read(string path)
    {
        var pronouns = new HashSet<string>(StringComparer.Ordinal);
        var articles = new HashSet<string>(StringComparer.Ordinal);
        var nullSubject = false;
        foreach (var row in TsvFile.Rows(path))
        {
            var kind = TsvFile.Field(row, 1);
            switch (kind)
            {
                case "pronoun":
                    pronouns.Add(TextFolding.Fold(row[0]));
                    break;
                case "article":
                    articles.Add(TextFolding.Fold(row[0]));
                    break;
                case "null_subject":
                    nullSubject = true;
                    break;
                default:
                    throw new InvalidDataException($"{path}: unknown kind '{kind}' of '{row[0]}' (pronoun, article or null_subject)");
            }
        }

        return new SpeakerReferenceWords(pronouns.ToFrozenSet(StringComparer.Ordinal), articles.ToFrozenSet(StringComparer.Ordinal), nullSubject);
    }
}
