namespace Atalaya.Core.Resources;

/// <summary>Reads the TAB-separated lexicon files of the data folder: '#' starts a comment line.</summary>
internal static class TsvFile
{
    public static IEnumerable<string[]> Rows(string path)
    {
        if (!File.Exists(path))
        {
            yield break;
        }

        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = line.Split('\t');
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = fields[i].Trim();
            }

            if (fields[0].Length == 0)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: empty first column");
            }

            yield return fields;
        }
    }

    public static string Field(string[] row, int index, string fallback = "") => index < row.Length ? row[index] : fallback;
}
