using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Atalaya.Core.Stages.Geo;

/// <summary>
/// The gazetteer in the compact binary form of data/geo/gazetteer.bin, compiled from
/// gazetteer.tsv.gz (tools/Atalaya.Training: <c>geo compile</c>). Parsing the text, folding 160,000
/// names and building their index costs a few hundred milliseconds at every start; this form holds
/// the result: places in prior order, folded names in an open-addressing hash table, and the
/// places of each name as indexes. Opening it reads the file into arrays; a name's places and the
/// places themselves are made on first lookup, once (thread-safe: the first one made is kept, so
/// a name hands out the same list every time, as the text form does).
/// The file records the SHA-256 of the text it was compiled from and is used only while that text
/// is unchanged: an edited gazetteer.tsv.gz is read as text until it is compiled again.
/// </summary>
internal sealed class CompiledGazetteer
{
    /// <summary>The file name of the compiled form beside <see cref="Stages.Entities.GazetteerPlaces.RelativePath"/>.</summary>
    public const string Extension = ".bin";

    private static readonly byte[] Magic = "ATGAZBIN"u8.ToArray();
    private const int Version = 2;

    private readonly long[] ids;
    private readonly int[] kinds;
    private readonly int[] names;
    private readonly int[] countries;
    private readonly int[] admin1s;
    private readonly int[] admin2s;
    private readonly double[] lats;
    private readonly double[] lons;
    private readonly byte[] coordinates;
    private readonly long[] populations;
    private readonly int[] stringStarts;
    private readonly string stringChars;
    private readonly int[] keyStarts;
    private readonly string keyChars;
    private readonly int[] placeListOf;
    private readonly int[] exactStarts;
    private readonly int[] exactLetters;
    private readonly int[] exactLists;
    private readonly int[] listStarts;
    private readonly int[] listItems;
    private readonly uint[] slots;
    private readonly int indexBits;

    private readonly string?[] strings;
    private readonly Place?[] places;
    private readonly Place[]?[] lists;
    private readonly WrittenExactly[]?[] exacts;

    private CompiledGazetteer(BinaryReader reader)
    {
        MaxNameWords = reader.ReadInt32();
        ids = ReadArray<long>(reader);
        kinds = ReadArray<int>(reader);
        names = ReadArray<int>(reader);
        countries = ReadArray<int>(reader);
        admin1s = ReadArray<int>(reader);
        admin2s = ReadArray<int>(reader);
        lats = ReadArray<double>(reader);
        lons = ReadArray<double>(reader);
        coordinates = ReadArray<byte>(reader);
        populations = ReadArray<long>(reader);
        stringStarts = ReadArray<int>(reader);
        stringChars = Encoding.UTF8.GetString(ReadArray<byte>(reader));
        keyStarts = ReadArray<int>(reader);
        keyChars = Encoding.UTF8.GetString(ReadArray<byte>(reader));
        placeListOf = ReadArray<int>(reader);
        exactStarts = ReadArray<int>(reader);
        exactLetters = ReadArray<int>(reader);
        exactLists = ReadArray<int>(reader);
        listStarts = ReadArray<int>(reader);
        listItems = ReadArray<int>(reader);
        indexBits = reader.ReadInt32();
        slots = ReadArray<uint>(reader);
        var count = ids.Length;
        var nameCount = placeListOf.Length;
        if (new[] { kinds.Length, names.Length, countries.Length, admin1s.Length, admin2s.Length, lats.Length, lons.Length, coordinates.Length, populations.Length }.Any(n => n != count)
            || keyStarts.Length != nameCount + 1 || exactStarts.Length != nameCount + 1 || exactLetters.Length != exactLists.Length
            || stringStarts.Length == 0 || stringStarts[^1] != stringChars.Length || keyStarts[^1] != keyChars.Length
            || listStarts.Length == 0 || listStarts[^1] != listItems.Length || exactStarts[^1] != exactLists.Length
            || slots.Length == 0 || (slots.Length & (slots.Length - 1)) != 0 || indexBits != IndexBits(nameCount))
        {
            throw new InvalidDataException("compiled gazetteer: inconsistent tables");
        }

        strings = new string?[stringStarts.Length - 1];
        places = new Place?[count];
        lists = new Place[]?[listStarts.Length - 1];
        exacts = new WrittenExactly[]?[nameCount];
    }

    public int MaxNameWords { get; }

    public int Count => ids.Length;

    public int NameCount => placeListOf.Length;

    /// <summary>
    /// The compiled form of <paramref name="sourcePath"/> when <paramref name="compiledPath"/> exists
    /// and was compiled from exactly the bytes of <paramref name="sourcePath"/>; otherwise null.
    /// </summary>
    public static CompiledGazetteer? TryOpen(string compiledPath, string sourcePath)
    {
        if (!File.Exists(compiledPath) || !File.Exists(sourcePath))
        {
            return null;
        }

        using var reader = new BinaryReader(new MemoryStream(File.ReadAllBytes(compiledPath), writable: false), Encoding.UTF8);
        if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != Version
            || !reader.ReadBytes(SHA256.HashSizeInBytes).AsSpan().SequenceEqual(SourceHash(sourcePath)))
        {
            return null;
        }

        try
        {
            return new CompiledGazetteer(reader);
        }
        catch (Exception error) when (error is EndOfStreamException or InvalidDataException)
        {
            throw new InvalidDataException($"{compiledPath}: corrupt compiled gazetteer ({error.Message}); compile it again (tools/Atalaya.Training: geo compile)", error);
        }
    }

    /// <summary>The compiled form's path for a gazetteer text file: "gazetteer.tsv.gz" → "gazetteer.bin".</summary>
    public static string PathFor(string sourcePath)
    {
        var name = Path.GetFileName(sourcePath);
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return Path.Combine(Path.GetDirectoryName(sourcePath) ?? "", (dot < 0 ? name : name[..dot]) + Extension);
    }

    private static byte[] SourceHash(string sourcePath)
    {
        using var source = File.OpenRead(sourcePath);
        return SHA256.HashData(source);
    }

    /// <summary>
    /// The entry of a folded name, when the gazetteer has it. A slot holds a name's number and, above
    /// it, the high bits of its hash: most look-ups are of names no place has, and those are
    /// answered from the slots without reading any name.
    /// </summary>
    public bool TryFind(ReadOnlySpan<char> folded, out NameEntry entry)
    {
        var mask = slots.Length - 1;
        var hash = Hash(folded);
        var fingerprint = hash >> indexBits;
        var indexMask = (1u << indexBits) - 1;
        for (var slot = (int)(hash & (uint)mask); ; slot = (slot + 1) & mask)
        {
            var value = slots[slot];
            if (value == 0)
            {
                entry = default;
                return false;
            }

            var name = (int)(value & indexMask) - 1;
            if (value >> indexBits == fingerprint
                && keyChars.AsSpan(keyStarts[name], keyStarts[name + 1] - keyStarts[name]).SequenceEqual(folded))
            {
                entry = new NameEntry { Places = List(placeListOf[name]), Exact = Exact(name) };
                return true;
            }
        }
    }

    /// <summary>The place at <paramref name="index"/> in prior order.</summary>
    public Place PlaceAt(int index)
    {
        if (places[index] is { } made)
        {
            return made;
        }

        var place = new Place(
            ids[index],
            String(kinds[index]),
            String(names[index]),
            String(countries[index]),
            admin1s[index] < 0 ? null : String(admin1s[index]),
            admin2s[index] < 0 ? null : String(admin2s[index]),
            (coordinates[index] & 1) != 0 ? lats[index] : null,
            (coordinates[index] & 2) != 0 ? lons[index] : null,
            populations[index]);
        return Interlocked.CompareExchange(ref places[index], place, null) ?? place;
    }

    private Place[] List(int index)
    {
        if (lists[index] is { } made)
        {
            return made;
        }

        var items = listItems.AsSpan(listStarts[index], listStarts[index + 1] - listStarts[index]);
        var list = items.IsEmpty ? [] : new Place[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            list[i] = PlaceAt(items[i]);
        }

        return Interlocked.CompareExchange(ref lists[index], list, null) ?? list;
    }

    private WrittenExactly[]? Exact(int name)
    {
        var start = exactStarts[name];
        var end = exactStarts[name + 1];
        if (start == end)
        {
            return null;
        }

        if (exacts[name] is { } made)
        {
            return made;
        }

        var exact = new WrittenExactly[end - start];
        for (var i = start; i < end; i++)
        {
            exact[i - start] = new WrittenExactly(String(exactLetters[i]), List(exactLists[i]));
        }

        return Interlocked.CompareExchange(ref exacts[name], exact, null) ?? exact;
    }

    private string String(int index)
    {
        if (strings[index] is { } made)
        {
            return made;
        }

        var text = stringChars.AsSpan(stringStarts[index], stringStarts[index + 1] - stringStarts[index]);
        // Kinds are the PlaceKinds constants themselves, as the text form makes them.
        string value = text switch
        {
            PlaceKinds.City => PlaceKinds.City,
            PlaceKinds.Admin2 => PlaceKinds.Admin2,
            PlaceKinds.Admin1 => PlaceKinds.Admin1,
            PlaceKinds.Country => PlaceKinds.Country,
            PlaceKinds.Region => PlaceKinds.Region,
            _ => text.ToString(),
        };
        return Interlocked.CompareExchange(ref strings[index], value, null) ?? value;
    }

    /// <summary>FNV-1a over the UTF-16 code units: the same in every process (string hashes are not).</summary>
    private static uint Hash(ReadOnlySpan<char> text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    /// <summary>The bits a slot gives to the name's number (plus one, so that zero is an empty slot); the rest hold the hash's high bits.</summary>
    private static int IndexBits(int names)
        => names < int.MaxValue / 2 ? System.Numerics.BitOperations.Log2((uint)names + 1) + 1 : throw new InvalidDataException("compiled gazetteer: too many names");

    private static T[] ReadArray<T>(BinaryReader reader)
        where T : unmanaged
    {
        var length = reader.ReadInt32();
        if (length < 0 || (long)length * Marshal.SizeOf<T>() > reader.BaseStream.Length - reader.BaseStream.Position)
        {
            throw new InvalidDataException($"compiled gazetteer: corrupt array length {length}");
        }

        var array = new T[length];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(array.AsSpan()));
        return array;
    }

    private static void WriteArray<T>(BinaryWriter writer, ReadOnlySpan<T> array)
        where T : unmanaged
    {
        writer.Write(array.Length);
        writer.Write(MemoryMarshal.AsBytes(array));
    }

    /// <summary>Compiles the text gazetteer <paramref name="sourcePath"/> into its compiled form beside it; returns that file's path.</summary>
    public static string Compile(string sourcePath)
    {
        var target = PathFor(sourcePath);
        var temporary = target + ".tmp";
        using (var output = File.Create(temporary))
        {
            Write(Gazetteer.LoadText(sourcePath), sourcePath, output);
        }

        File.Move(temporary, target, overwrite: true);
        return target;
    }

    /// <summary>
    /// Compiles <paramref name="gazetteer"/>, read from the text file <paramref name="sourcePath"/>,
    /// into <paramref name="output"/>. The same text always gives the same bytes.
    /// </summary>
    public static void Write(Gazetteer gazetteer, string sourcePath, Stream output)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("the compiled gazetteer is written little-endian");
        }

        var ordered = gazetteer.PlacesInPriorOrder ?? throw new ArgumentException("only a gazetteer read from text can be compiled", nameof(gazetteer));
        var placeIndex = new Dictionary<Place, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < ordered.Count; i++)
        {
            placeIndex.Add(ordered[i], i);
        }

        var stringTable = new StringTable();
        var lists = new ListTable(placeIndex);
        var count = ordered.Count;
        var (kinds, names, countries, admin1s, admin2s) = (new int[count], new int[count], new int[count], new int[count], new int[count]);
        var (lats, lons, coordinates, populations, ids) = (new double[count], new double[count], new byte[count], new long[count], new long[count]);
        for (var i = 0; i < count; i++)
        {
            var place = ordered[i];
            ids[i] = place.GeonamesId;
            kinds[i] = stringTable.Add(place.Kind);
            names[i] = stringTable.Add(place.Name);
            countries[i] = stringTable.Add(place.Country);
            admin1s[i] = place.Admin1 is null ? -1 : stringTable.Add(place.Admin1);
            admin2s[i] = place.Admin2 is null ? -1 : stringTable.Add(place.Admin2);
            lats[i] = place.Lat ?? 0;
            lons[i] = place.Lon ?? 0;
            coordinates[i] = (byte)((place.Lat is null ? 0 : 1) | (place.Lon is null ? 0 : 2));
            populations[i] = place.Population;
        }

        var entries = gazetteer.NamesForCompiling().OrderBy(e => e.Folded, StringComparer.Ordinal).ToList();
        var keys = new StringBuilder();
        var keyStarts = new List<int> { 0 };
        var placeListOf = new int[entries.Count];
        var exactStarts = new List<int> { 0 };
        var exactLetters = new List<int>();
        var exactLists = new List<int>();
        var slots = new uint[Math.Max(16, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)entries.Count * 2))];
        var indexBits = IndexBits(entries.Count);
        for (var n = 0; n < entries.Count; n++)
        {
            var (folded, entry) = entries[n];
            keys.Append(folded);
            keyStarts.Add(keys.Length);
            placeListOf[n] = lists.Add(entry.Places);
            foreach (var exact in entry.Exact ?? [])
            {
                exactLetters.Add(stringTable.Add(exact.Letters));
                exactLists.Add(lists.Add(exact.Places));
            }

            exactStarts.Add(exactLetters.Count);
            var hash = Hash(folded);
            var slot = (int)(hash & (uint)(slots.Length - 1));
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & (slots.Length - 1);
            }

            slots[slot] = (hash >> indexBits << indexBits) | (uint)(n + 1);
        }

        using var writer = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(SourceHash(sourcePath));
        writer.Write(gazetteer.MaxNameWords);
        WriteArray<long>(writer, ids);
        WriteArray<int>(writer, kinds);
        WriteArray<int>(writer, names);
        WriteArray<int>(writer, countries);
        WriteArray<int>(writer, admin1s);
        WriteArray<int>(writer, admin2s);
        WriteArray<double>(writer, lats);
        WriteArray<double>(writer, lons);
        WriteArray<byte>(writer, coordinates);
        WriteArray<long>(writer, populations);
        WriteArray<int>(writer, stringTable.Starts.ToArray());
        WriteArray<byte>(writer, Encoding.UTF8.GetBytes(stringTable.Chars.ToString()));
        WriteArray<int>(writer, keyStarts.ToArray());
        WriteArray<byte>(writer, Encoding.UTF8.GetBytes(keys.ToString()));
        WriteArray<int>(writer, placeListOf);
        WriteArray<int>(writer, exactStarts.ToArray());
        WriteArray<int>(writer, exactLetters.ToArray());
        WriteArray<int>(writer, exactLists.ToArray());
        WriteArray<int>(writer, lists.Starts.ToArray());
        WriteArray<int>(writer, lists.Items.ToArray());
        writer.Write(indexBits);
        WriteArray<uint>(writer, slots);
    }

    /// <summary>Distinct strings, numbered in the order first added.</summary>
    private sealed class StringTable
    {
        private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);

        public StringBuilder Chars { get; } = new();

        public List<int> Starts { get; } = [0];

        public int Add(string value)
        {
            if (!numbers.TryGetValue(value, out var number))
            {
                number = numbers[value] = numbers.Count;
                Chars.Append(value);
                Starts.Add(Chars.Length);
            }

            return number;
        }
    }

    /// <summary>Distinct lists of places (as indexes in prior order), numbered in the order first added.</summary>
    private sealed class ListTable(Dictionary<Place, int> placeIndex)
    {
        private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);

        public List<int> Items { get; } = [];

        public List<int> Starts { get; } = [0];

        public int Add(Place[] places)
        {
            var indexes = places.Select(p => placeIndex[p]).ToArray();
            var key = string.Join(',', indexes);
            if (!numbers.TryGetValue(key, out var number))
            {
                number = numbers[key] = numbers.Count;
                Items.AddRange(indexes);
                Starts.Add(Items.Count);
            }

            return number;
        }
    }
}
