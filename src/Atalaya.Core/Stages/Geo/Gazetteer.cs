using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Atalaya.Core.Internal;

namespace Atalaya.Core.Stages.Geo;

/// <summary>
/// The places of data/geo/gazetteer.tsv.gz, looked up by any of their names, case-, accent- and
/// punctuation-insensitively (<see cref="TextFolding.Fold"/>). File format, one place a line after
/// '#' comment lines:
/// <c>geonameid TAB kind TAB name TAB names TAB country TAB admin1 TAB admin2 TAB lat TAB lon TAB population</c>,
/// with <c>names</c> separated by '|'. A name written with a leading '=' (<see cref="WrittenExactlyMarker"/>)
/// matches only text with the same letters in the same case ("=US", "=EE. UU.": never the English
/// word "us"); spaces and punctuation still do not count. Read-only once loaded, so safe to share between threads.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>Starts a name that matches only as written (abbreviations such as "US", "VS", "EAU").</summary>
    public const char WrittenExactlyMarker = '=';

    private const int Columns = 10;

    // Read from text: the name index and the places in prior order. Read compiled: neither, the compiled form instead.
    private readonly Dictionary<string, NameEntry>? byName;
    private readonly Dictionary<string, NameEntry>.AlternateLookup<ReadOnlySpan<char>> byNameSpan;
    private readonly Place[]? ordered;
    private readonly CompiledGazetteer? compiled;

    // Most look-ups are of names no place has: the filter answers those without touching the
    // dictionary (read from text; the compiled form keeps a fingerprint of each name instead).
    private readonly KeyFilter? names;
    private Dictionary<long, Place>? byId;
    private Dictionary<string, Place[]>? admin1ByCountry;

    private Gazetteer(Dictionary<string, NameEntry> byName, Place[] ordered, Dictionary<long, Place> byId, int maxNameWords)
    {
        this.byName = byName;
        byNameSpan = byName.GetAlternateLookup<ReadOnlySpan<char>>();
        names = new KeyFilter(byName.Keys);
        this.ordered = ordered;
        this.byId = byId;
        MaxNameWords = maxNameWords;
    }

    private Gazetteer(CompiledGazetteer compiled)
    {
        this.compiled = compiled;
        MaxNameWords = compiled.MaxNameWords;
    }

    /// <summary>The most words in any (folded) name: the longest phrase a matcher needs to try.</summary>
    public int MaxNameWords { get; }

    /// <summary>How many places.</summary>
    public int Count => compiled?.Count ?? ordered!.Length;

    /// <summary>How many distinct folded names.</summary>
    public int NameCount => compiled?.NameCount ?? byName!.Count;

    /// <summary>Whether this gazetteer was opened from its compiled form (gazetteer.bin) rather than parsed from text.</summary>
    internal bool IsCompiled => compiled is not null;

    /// <summary>
    /// Reads a gazetteer file: gzip-compressed when its name ends in ".gz", plain UTF-8 text otherwise.
    /// When its compiled form lies beside it (gazetteer.tsv.gz → gazetteer.bin) and was compiled from
    /// exactly these bytes, that is opened instead: the same places and names, without the parsing.
    /// </summary>
    public static Gazetteer Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (CompiledGazetteer.TryOpen(CompiledGazetteer.PathFor(path), path) is { } compiled)
        {
            return new Gazetteer(compiled);
        }

        return LoadText(path);
    }

    /// <summary>Reads the text of a gazetteer file, never its compiled form (the compiler, tests).</summary>
    internal static Gazetteer LoadText(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
        {
            if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                // The whole text at once: decoding one buffer is faster than reading line by line.
                using var gzip = new GZipStream(file, CompressionMode.Decompress);
                using var bytes = new MemoryStream((int)Math.Min(file.Length * 4, int.MaxValue / 2));
                gzip.CopyTo(bytes);
                text = Decode(bytes.GetBuffer().AsSpan(0, (int)bytes.Length));
            }
            else
            {
                using var reader = new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                text = reader.ReadToEnd();
            }
        }

        return Parse(text, path);
    }

    /// <summary>Reads the gazetteer's text (see the class summary); <paramref name="source"/> names it in error messages.</summary>
    public static Gazetteer Read(TextReader reader, string source = "gazetteer")
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Parse(reader.ReadToEnd(), source);
    }

    // Loaded once per process: compiled optimized at once instead of first running unoptimized code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Gazetteer Parse(string text, string source)
    {
        var places = new List<Place>(64 * 1024);
        var names = new List<Range>(64 * 1024);
        var pool = new StringPool();
        var number = 0;
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = new Range(start, end > start && text[end - 1] == '\r' ? end - 1 : end);
            start = end + 1;
            number++;
            var span = text.AsSpan(line);
            if (span.IsEmpty || span[0] == '#')
            {
                continue;
            }

            places.Add(ParseLine(text, line, pool, out var nameRange, source, number));
            names.Add(nameRange);
        }

        // Every list of places for a name is in prior order because names are indexed in that order.
        var order = Priors(places);
        var byName = new Dictionary<string, NameEntry>(places.Count * 3, StringComparer.Ordinal);
        var lookup = byName.GetAlternateLookup<ReadOnlySpan<char>>();
        var byId = new Dictionary<long, Place>(places.Count);
        var maxWords = 0;
        Span<char> buffer = stackalloc char[256];
        foreach (var i in order)
        {
            var place = places[i];
            if (!byId.TryAdd(place.GeonamesId, place))
            {
                throw new InvalidDataException($"{source}: two places with id {place.GeonamesId}");
            }

            Place[]? single = null;
            var rest = text.AsSpan(names[i]);
            while (true)
            {
                var bar = rest.IndexOf('|');
                var name = bar < 0 ? rest : rest[..bar];
                var exactly = !name.IsEmpty && name[0] == WrittenExactlyMarker;
                name = exactly ? name[1..] : name;
                var folded = name.Length <= buffer.Length ? buffer[..FoldInto(name, buffer)] : TextFolding.Fold(name).AsSpan();
                if (folded.Length > 0)
                {
                    ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(lookup, folded, out var exists);
                    if (!exists)
                    {
                        entry.Places = [];
                        maxWords = Math.Max(maxWords, folded.Count(' ') + 1);
                    }

                    if (exactly)
                    {
                        entry.Exact = WrittenExactly.Add(entry.Exact, name, place);
                    }
                    else if (entry.Places.Length == 0)
                    {
                        entry.Places = single ??= [place];
                    }
                    else if (!ReferenceEquals(entry.Places[^1], place))
                    {
                        entry.Places = Append(entry.Places, place);
                    }
                }

                if (bar < 0)
                {
                    break;
                }

                rest = rest[(bar + 1)..];
            }
        }

        WrittenExactly.AddPlacesOfAnyCase(byName, order, places);
        return new Gazetteer(byName, [.. order.Select(i => places[i])], byId, maxWords);
    }

    /// <summary>Every place, best prior first.</summary>
    private IEnumerable<Place> AllPlaces()
        => compiled is { } c ? Enumerable.Range(0, c.Count).Select(c.PlaceAt) : ordered!;

    /// <summary>The places in prior order, when read from text (for compiling); null when read compiled.</summary>
    internal IReadOnlyList<Place>? PlacesInPriorOrder => ordered;

    /// <summary>Every folded name with its entry, when read from text (for compiling).</summary>
    internal IEnumerable<(string Folded, NameEntry Entry)> NamesForCompiling()
        => (byName ?? throw new InvalidOperationException("a compiled gazetteer has no text names")).Select(p => (p.Key, p.Value));

    /// <summary>
    /// Every place called <paramref name="name"/> (main or alternate name, compared folded; a name
    /// marked <see cref="WrittenExactlyMarker"/> only when written with its letters and case), best
    /// prior first: countries, then first-level divisions and regions, then municipalities and populated places;
    /// among equals, places in Mexico first, then the larger population. The main town of a Mexican
    /// municipality (named like it, or holding at least half its people) counts with the
    /// municipality's population and comes just before it: "Culiacán" gives the city, then the
    /// municipality. Empty when no place has that name. The list must not be changed.
    /// </summary>
    public IReadOnlyList<Place> Lookup(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Lookup(name.AsSpan());
    }

    /// <inheritdoc cref="Lookup(string)"/>
    public IReadOnlyList<Place> Lookup(ReadOnlySpan<char> name)
    {
        if (name.Length > 256)
        {
            var longName = TextFolding.Fold(name);
            return (compiled?.TryFind(longName, out var found) ?? byName!.TryGetValue(longName, out found)) ? found.PlacesFor(name) : [];
        }

        Span<char> buffer = stackalloc char[name.Length];
        var folded = buffer[..FoldInto(name, buffer)];
        if (compiled is not null)
        {
            return compiled.TryFind(folded, out var found) ? found.PlacesFor(name) : [];
        }

        return names!.MayContain(folded) && byNameSpan.TryGetValue(folded, out var entry) ? entry.PlacesFor(name) : [];
    }

    /// <summary>A copy of <paramref name="places"/> with <paramref name="place"/> at the end.</summary>
    internal static Place[] Append(Place[] places, Place place)
    {
        // Lists longer than one are rare ("San José" has a few hundred places): grow by copying.
        var grown = new Place[places.Length + 1];
        places.CopyTo(grown, 0);
        grown[^1] = place;
        return grown;
    }

    /// <summary>The place with this GeoNames id (or negative INEGI id), if any.</summary>
    public Place? ById(long id)
        => LazyInitializer.EnsureInitialized(ref byId, () => AllPlaces().ToDictionary(p => p.GeonamesId)).GetValueOrDefault(id);

    /// <summary>The first-level divisions of a country (ISO 3166-1 alpha-2), in the order of their folded names.</summary>
    public IEnumerable<Place> Admin1Of(string country)
    {
        ArgumentNullException.ThrowIfNull(country);
        var admin1 = LazyInitializer.EnsureInitialized(ref admin1ByCountry, () => AllPlaces().Where(p => p.Kind == PlaceKinds.Admin1)
            .GroupBy(p => p.Country, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => TextFolding.Fold(p.Name), StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.GeonamesId).ToArray(), StringComparer.Ordinal));
        return admin1.TryGetValue(country, out var places) ? places : [];
    }

    /// <summary>Exactly <see cref="TextFolding.Fold"/> into <paramref name="destination"/> (at least as long as the text); returns the length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int FoldInto(ReadOnlySpan<char> text, Span<char> destination) => TextFolding.FoldInto(text, destination);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Place ParseLine(string text, Range line, StringPool pool, out Range names, string source, int number)
    {
        Span<Range> cells = stackalloc Range[Columns + 1];
        var span = text.AsSpan(line);
        if (span.Split(cells, '\t') != Columns)
        {
            throw new InvalidDataException($"{source}:{number}: expected {Columns} tab-separated columns");
        }

        // Cell ranges are relative to the line; names are kept as ranges of the whole text.
        var offset = line.Start.Value;
        try
        {
            names = new Range(cells[3].Start.Value + offset, cells[3].End.Value + offset);
            return new Place(
                GeonamesId: long.Parse(span[cells[0]], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
                Kind: Kind(span[cells[1]], pool),
                Name: span[cells[2]].ToString(),
                Country: pool.Get(span[cells[4]]),
                Admin1: span[cells[5]].IsEmpty ? null : pool.Get(span[cells[5]]),
                Admin2: span[cells[6]].IsEmpty ? null : pool.Get(span[cells[6]]),
                Lat: Coordinate(span[cells[7]]),
                Lon: Coordinate(span[cells[8]]),
                Population: span[cells[9]].IsEmpty ? 0 : long.Parse(span[cells[9]], NumberStyles.Integer, CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            throw new InvalidDataException($"{source}:{number}: {e.Message}", e);
        }
    }

    /// <summary>The <see cref="PlaceKinds"/> constant itself, so that kinds compare by reference first.</summary>
    private static string Kind(ReadOnlySpan<char> text, StringPool pool) => text switch
    {
        PlaceKinds.City => PlaceKinds.City,
        PlaceKinds.Admin2 => PlaceKinds.Admin2,
        PlaceKinds.Admin1 => PlaceKinds.Admin1,
        PlaceKinds.Country => PlaceKinds.Country,
        PlaceKinds.Region => PlaceKinds.Region,
        _ => pool.Get(text),
    };

    private static string Decode(ReadOnlySpan<byte> bytes)
    {
        var preamble = Encoding.UTF8.Preamble;
        return Encoding.UTF8.GetString(bytes.StartsWith(preamble) ? bytes[preamble.Length..] : bytes);
    }

    private static double? Coordinate(ReadOnlySpan<char> text)
        => text.IsEmpty ? null : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Indexes of <paramref name="places"/> in prior order (see <see cref="Lookup(string)"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] Priors(List<Place> places)
    {
        if (places.Count > MaxPlaces)
        {
            throw new InvalidDataException($"more than {MaxPlaces} places");
        }

        var municipalities = new Dictionary<(string?, string?), int>();
        for (var i = 0; i < places.Count; i++)
        {
            if (places[i].Kind == PlaceKinds.Admin2)
            {
                municipalities.TryAdd((places[i].Admin1, places[i].Admin2), i);
            }
        }

        // The main town of a municipality (named like it, or holding at least half its people) ranks
        // with the municipality's population, just before it: "Culiacán", "Juárez" (Ciudad Juárez).
        var municipalityOf = new int[places.Count];
        var largest = new Dictionary<int, int>();
        for (var i = 0; i < places.Count; i++)
        {
            var place = places[i];
            municipalityOf[i] = place.Kind == PlaceKinds.City && place.Admin2 is not null && municipalities.TryGetValue((place.Admin1, place.Admin2), out var m) ? m : -1;
            if (municipalityOf[i] >= 0 && (!largest.TryGetValue(municipalityOf[i], out var best) || places[best].Population < place.Population))
            {
                largest[municipalityOf[i]] = i;
            }
        }

        // One sortable number per place, most significant first: kind group (2 bits), outside
        // Mexico (1), larger rank first (31), a municipality after its seat town (1), then the
        // position in the file (29) for a stable order.
        var keys = new ulong[places.Count];
        for (var i = 0; i < places.Count; i++)
        {
            var place = places[i];
            var rank = place.Population;
            var m = municipalityOf[i];
            if (m >= 0 && places[m].Population > rank
                && ((largest[m] == i && rank * 2 >= places[m].Population) || SameFolded(place.Name, places[m].Name)))
            {
                rank = places[m].Population;
            }

            var inverted = (ulong)(MaxRank - Math.Clamp(rank, 0, MaxRank));
            keys[i] = ((ulong)KindRank(place.Kind) << 62)
                | ((place.Country == "MX" ? 0UL : 1UL) << 61)
                | (inverted << 30)
                | ((place.Kind == PlaceKinds.Admin2 ? 1UL : 0UL) << 29)
                | (uint)i;
        }

        Array.Sort(keys);
        var order = new int[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            order[i] = (int)(keys[i] & MaxPlaces);
        }

        return order;
    }

    private const int MaxPlaces = (1 << 29) - 1;
    private const long MaxRank = (1L << 31) - 1;

    private static bool SameFolded(string a, string b)
    {
        if (a.Length > 128 || b.Length > 128)
        {
            return TextFolding.Fold(a) == TextFolding.Fold(b);
        }

        Span<char> x = stackalloc char[a.Length];
        Span<char> y = stackalloc char[b.Length];
        return x[..FoldInto(a, x)].SequenceEqual(y[..FoldInto(b, y)]);
    }

    // Regions rank with first-level divisions: a text that names "La Laguna" or "El Bajío" means the
    // region far more often than the villages of that name, and "Balkan" the Balkans more often than
    // Turkmenistan's province (population decides between those two).
    private static int KindRank(string kind) => kind switch
    {
        PlaceKinds.Country => 0,
        PlaceKinds.Admin1 or PlaceKinds.Region => 1,
        _ => 2,
    };

    /// <summary>One string instance per distinct value of the repeated columns (kind, country, admin1, admin2).</summary>
    private sealed class StringPool
    {
        private readonly Dictionary<string, string> strings = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;

        public StringPool() => lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();

        public string Get(ReadOnlySpan<char> text)
        {
            if (lookup.TryGetValue(text, out var value))
            {
                return value;
            }

            value = text.ToString();
            strings[value] = value;
            return value;
        }
    }
}
