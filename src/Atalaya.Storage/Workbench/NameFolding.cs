using System.Globalization;
using System.Text;

namespace Atalaya.Storage.Workbench;

/// <summary>
/// Names as the name search compares them: each character replaced by its compatibility
/// decomposition (NFKD) without combining marks, any other combining mark dropped, and the case
/// folded, in every script: "sanchez" finds "Sánchez", "ÑANDÚ" finds "ñandú", a Greek or Cyrillic
/// name is found without its accents or capitals. The decompositions come from the Unicode
/// Character Database (Unicode/fold-table.txt) because the program runs with invariant
/// globalization, where string.Normalize leaves non-ASCII text as it is. Upper-casing before
/// lower-casing folds letters with two lower-case forms (Greek final sigma) to one.
/// </summary>
public static class NameFolding
{
    private static readonly Lazy<Dictionary<int, string>> Decompositions = new(ReadTable);

    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var table = Decompositions.Value;
        var kept = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (table.TryGetValue(rune.Value, out var decomposed))
            {
                kept.Append(decomposed);
            }
            else if (Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark))
            {
                kept.Append(rune.ToString());
            }
        }

        return kept.ToString().ToUpperInvariant().ToLowerInvariant();
    }

    /// <summary>Characters as the trigram index counts them (code points, not UTF-16 units).</summary>
    public static int Length(string folded) => folded.EnumerateRunes().Count();

    private static Dictionary<int, string> ReadTable()
    {
        using var stream = typeof(NameFolding).Assembly.GetManifestResourceStream("Atalaya.Storage.fold-table.txt")
            ?? throw new InvalidOperationException("the fold table is missing from the assembly");
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var table = new Dictionary<int, string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var codes = line.Split(' ');
            var folded = new StringBuilder();
            foreach (var code in codes.Skip(1).Where(c => c.Length > 0))
            {
                folded.Append(char.ConvertFromUtf32(int.Parse(code, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            }

            table[int.Parse(codes[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture)] = folded.ToString();
        }

        return table;
    }
}
