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
/// with <c>names</c> separated by '|'. Read-only once loaded, so safe to share between threads.
/// </summary>
public sealed class Gazetteer
{
    private const int Columns = 10;

    private readonly Dictionary<string, Place[]> byName;
    private readonly Dictionary<string, Place[]>.AlternateLookup<ReadOnlySpan<char>> byNameSpan;
    private readonly Dictionary<long, Place> byId;
    private readonly Dictionary<string, Place[]> admin1ByCountry;

    private Gazetteer(Dictionary<string, Place[]> byName, Dictionary<long, Place> byId, Dictionary<string, Place[]> admin1ByCountry, int maxNameWords)
    {
        this.byName = byName;
        byNameSpan = byName.GetAlternateLookup<ReadOnlySpan<char>>();
        this.byId = byId;
        this.admin1ByCountry = admin1ByCountry;
        MaxNameWords = maxNameWords;
    }

    /// <summary>The most words in any (folded) name: the longest phrase a matcher needs to try.</summary>
    public int MaxNameWords { get; }

    /// <summary>How many places.</summary>
    public int Count => byId.Count;

    /// <summary>How many distinct folded names.</summary>
    public int NameCount => byName.Count;

    /// <summary>Reads a gazetteer file: gzip-compressed when its name ends in ".gz", plain UTF-8 text otherwise.</summary>
    public static Gazetteer Load(string path)
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
        var byName = new Dictionary<string, Place[]>(places.Count * 3, StringComparer.Ordinal);
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
                var folded = name.Length <= buffer.Length ? buffer[..FoldInto(name, buffer)] : TextFolding.Fold(name).AsSpan();
                if (folded.Length > 0)
                {
                    ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(lookup, folded, out var exists);
                    if (!exists)
                    {
                        entry = single ??= [place];
                        maxWords = Math.Max(maxWords, folded.Count(' ') + 1);
                    }
                    else if (!ReferenceEquals(entry![^1], place))
                    {
                        // Lists longer than one are rare ("San José" has a few hundred places): grow by copying.
                        var grown = new Place[entry.Length + 1];
                        entry.CopyTo(grown, 0);
                        grown[^1] = place;
                        entry = grown;
                    }
                }

                if (bar < 0)
                {
                    break;
                }

                rest = rest[(bar + 1)..];
            }
        }

        var admin1 = places.Where(p => p.Kind == PlaceKinds.Admin1)
            .GroupBy(p => p.Country, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => TextFolding.Fold(p.Name), StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.GeonamesId).ToArray(), StringComparer.Ordinal);
        return new Gazetteer(byName, byId, admin1, maxWords);
    }

    /// <summary>
    /// Every place called <paramref name="name"/> (main or alternate name, compared folded), best
    /// prior first: countries, then first-level divisions, then municipalities and populated places;
    /// among equals, places in Mexico first, then the larger population (a town that is the seat of a
    /// municipality of the same name counts with the municipality's population and comes just before
    /// it). Empty when no place has that name. The list must not be changed.
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
            return byName.TryGetValue(TextFolding.Fold(name), out var found) ? found : [];
        }

        Span<char> buffer = stackalloc char[name.Length];
        return byNameSpan.TryGetValue(buffer[..FoldInto(name, buffer)], out var places) ? places : [];
    }

    /// <summary>The place with this GeoNames id (or negative INEGI id), if any.</summary>
    public Place? ById(long id) => byId.GetValueOrDefault(id);

    /// <summary>The first-level divisions of a country (ISO 3166-1 alpha-2), in the order of their folded names.</summary>
    public IEnumerable<Place> Admin1Of(string country)
    {
        ArgumentNullException.ThrowIfNull(country);
        return admin1ByCountry.TryGetValue(country, out var places) ? places : [];
    }

    /// <summary>Exactly <see cref="TextFolding.Fold"/> into <paramref name="destination"/> (at least as long as the text); returns the length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int FoldInto(ReadOnlySpan<char> text, Span<char> destination)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var raw in text)
        {
            char c;
            bool keep;
            if (raw < 128)
            {
                // The common case, without the Unicode tables: ASCII letters and digits.
                c = raw is >= 'A' and <= 'Z' ? (char)(raw + 32) : raw;
                keep = c is (>= 'a' and <= 'z') or (>= '0' and <= '9');
            }
            else
            {
                c = TextFolding.FoldChar(raw);
                keep = char.IsLetterOrDigit(c);
            }

            if (keep)
            {
                if (pendingSpace && length > 0)
                {
                    destination[length++] = ' ';
                }

                pendingSpace = false;
                destination[length++] = c;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return length;
    }

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
        catch (FormatException e)
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
        // A town named like the municipality it is the seat of ranks with the municipality's population.
        var municipalities = new Dictionary<(string?, string?), Place>();
        foreach (var place in places)
        {
            if (place.Kind == PlaceKinds.Admin2)
            {
                municipalities.TryAdd((place.Admin1, place.Admin2), place);
            }
        }

        // The main town of a municipality (named like it, or holding at least half its people) ranks
        // with the municipality's population, just before it: "Culiacán", "Juárez" (Ciudad Juárez).
        var largest = new Dictionary<Place, int>(ReferenceEqualityComparer.Instance);
        var rank = new long[places.Count];
        for (var i = 0; i < places.Count; i++)
        {
            rank[i] = places[i].Population;
            if (MunicipalityOf(places[i], municipalities) is { } municipality
                && (!largest.TryGetValue(municipality, out var best) || places[best].Population < places[i].Population))
            {
                largest[municipality] = i;
            }
        }

        for (var i = 0; i < places.Count; i++)
        {
            var place = places[i];
            if (MunicipalityOf(place, municipalities) is { } municipality && municipality.Population > place.Population
                && ((largest[municipality] == i && place.Population * 2 >= municipality.Population)
                    || TextFolding.Fold(place.Name) == TextFolding.Fold(municipality.Name)))
            {
                rank[i] = municipality.Population;
            }
        }

        var keys = new PriorKey[places.Count];
        for (var i = 0; i < places.Count; i++)
        {
            keys[i] = new PriorKey(places[i], rank[i]);
        }

        var order = Enumerable.Range(0, places.Count).ToArray();
        Array.Sort(keys, order);
        return order;
    }

    private static Place? MunicipalityOf(Place place, Dictionary<(string?, string?), Place> municipalities)
        => place.Kind == PlaceKinds.City && place.Admin2 is not null && municipalities.Count > 0 ? municipalities.GetValueOrDefault((place.Admin1, place.Admin2)) : null;

    private static int KindRank(string kind) => kind switch
    {
        PlaceKinds.Country => 0,
        PlaceKinds.Admin1 => 1,
        _ => 2,
    };

    /// <summary>
    /// The prior order of a place, packed: kind group (country, admin1, the rest), outside Mexico,
    /// larger rank first, a municipality after its seat town; then larger population, then id.
    /// </summary>
    private readonly struct PriorKey : IComparable<PriorKey>
    {
        private readonly long primary;
        private readonly long population;
        private readonly long id;

        public PriorKey(Place place, long rank)
        {
            var abroad = place.Country == "MX" ? 0L : 1L;
            var municipality = place.Kind == PlaceKinds.Admin2 ? 1L : 0L;
            var inverted = MaxRank - Math.Clamp(rank, 0, MaxRank);
            primary = ((long)KindRank(place.Kind) << 61) | (abroad << 60) | (inverted << 1) | municipality;
            population = place.Population;
            id = place.GeonamesId;
        }

        private const long MaxRank = (1L << 58) - 1;

        public int CompareTo(PriorKey other)
        {
            var c = primary.CompareTo(other.primary);
            if (c == 0)
            {
                c = other.population.CompareTo(population);
            }

            return c != 0 ? c : id.CompareTo(other.id);
        }
    }

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
