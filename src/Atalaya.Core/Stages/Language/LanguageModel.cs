using System.IO.Compression;
using System.Text;

namespace Atalaya.Core.Stages.Language;

/// <summary>
/// The identifier's model: one table over all languages, and for groups of close languages
/// (nb/nn/da/sv, es/pt/ca/gl, ...) one or more tables trained on that group alone (an ensemble
/// whose logits are averaged), which decide between the members when the main table's best guess
/// falls in the group.
/// File: gzip of "ATLID", version, the main table, the group count, then per group its table
/// count and tables.
/// </summary>
internal sealed class LanguageModel
{
    private const string Magic = "ATLID";
    private const int Version = 3;

    public LanguageModel(LinearTable main, IReadOnlyList<LinearTable[]> groups)
    {
        Main = main;
        Groups = groups;
        GroupOf = new int[main.Languages.Length];
        Array.Fill(GroupOf, -1);
        for (var g = 0; g < groups.Count; g++)
        {
            var first = groups[g][0];
            if (groups[g].Any(table => table.BucketBits != main.BucketBits || !table.Languages.SequenceEqual(first.Languages)))
            {
                throw new InvalidDataException("language model: the tables of a group must share buckets and languages");
            }

            foreach (var language in first.Languages)
            {
                var index = Array.IndexOf(main.Languages, language);
                if (index < 0)
                {
                    throw new InvalidDataException($"language model: group language '{language}' is not in the main table, or its table has other buckets");
                }

                GroupOf[index] = g;
            }
        }
    }

    public LinearTable Main { get; }

    /// <summary>Each group's tables (same languages, averaged).</summary>
    public IReadOnlyList<LinearTable[]> Groups { get; }

    /// <summary>For each main-table language, the index of its group table, or -1.</summary>
    public int[] GroupOf { get; }

    public string[] Languages => Main.Languages;

    public static LanguageModel Load(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new BinaryReader(gzip, Encoding.UTF8);
        if (Encoding.ASCII.GetString(reader.ReadBytes(Magic.Length)) != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException($"{path}: not an Atalaya language model (version {Version})");
        }

        var main = LinearTable.Read(reader, path);
        var groups = new LinearTable[Count(reader.ReadInt32(), path)][];
        for (var g = 0; g < groups.Length; g++)
        {
            groups[g] = new LinearTable[Count(reader.ReadInt32(), path)];
            for (var t = 0; t < groups[g].Length; t++)
            {
                groups[g][t] = LinearTable.Read(reader, path);
            }
        }

        return new LanguageModel(main, groups);
    }

    public void Save(string path)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        writer.Write(Encoding.ASCII.GetBytes(Magic));
        writer.Write(Version);
        Main.Write(writer);
        writer.Write(Groups.Count);
        foreach (var group in Groups)
        {
            writer.Write(group.Length);
            foreach (var table in group)
            {
                table.Write(writer);
            }
        }
    }

    /// <summary>A count read from the file, checked before anything is allocated from it.</summary>
    internal static int Count(int value, string path, int max = 1000)
        => value >= 0 && value <= max ? value : throw new InvalidDataException($"{path}: corrupt language model (count {value})");
}
