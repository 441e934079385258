using System.Globalization;
using System.IO.Compression;
using System.Text;
using Atalaya.Core.Internal;
using Atalaya.Core.Stages.Geo;

namespace Atalaya.Training.Geo;

/// <summary>One row of the gazetteer file.</summary>
internal sealed class PlaceRow
{
    public required long Id { get; init; }

    public required string Kind { get; init; }

    public required NameSet Names { get; init; }

    public required string Country { get; init; }

    public string Admin1 { get; init; } = "";

    public string Admin2 { get; init; } = "";

    public double? Lat { get; set; }

    public double? Lon { get; set; }

    public long Population { get; set; }

    public string Name => Names.Main;
}

/// <summary>
/// Builds data/geo/gazetteer.tsv.gz from ../shared/data/geo: countries (GeoNames countryInfo with
/// world-countries names), first-level divisions of the world (admin1CodesASCII), Mexican
/// municipalities (INEGI 2020 with GeoNames ids and centroids), Mexican populated places (GeoNames
/// cities500 plus the INEGI localities of 1,000+ inhabitants that GeoNames lacks) and world places
/// of 15,000+ inhabitants (cities15000), and the regions written by hand in regions.tsv (<see cref="Regions"/>).
/// </summary>
internal static class GazetteerBuilder
{
    public const string Country = PlaceKinds.Country;
    public const string Admin1 = PlaceKinds.Admin1;
    public const string Admin2 = PlaceKinds.Admin2;
    public const string City = PlaceKinds.City;
    public const string Region = PlaceKinds.Region;

    /// <summary>The kinds in file order.</summary>
    public static readonly string[] Kinds = [Country, Admin1, Region, Admin2, City];

    public static readonly string[] Columns = ["geonameid", "kind", "name", "names", "country", "admin1", "admin2", "lat", "lon", "population"];

    /// <summary>world-countries.json translations kept: the project languages it has (no nb/nn/da/ca/gl there).</summary>
    private static readonly string[] TranslationLanguages = ["spa", "por", "fra", "deu", "ita", "nld", "swe"];

    /// <summary>Countries of countryInfo.txt that no longer exist.</summary>
    private static readonly HashSet<string> DissolvedCountries = new(StringComparer.Ordinal) { "CS", "AN" };

    /// <summary>Feature codes of places that are gone: abandoned, historical, destroyed.</summary>
    private static readonly HashSet<string> GoneFeatures = new(StringComparer.Ordinal) { "PPLQ", "PPLH", "PPLW" };

    /// <summary>INEGI "localities" that are prisons or have no name.</summary>
    private static readonly string[] NotPlaceWords = ["cereso", "cefereso", "ninguno"];

    private const double SameNameKm = 10.0;
    private const long SprawlingCity = 20_000;
    private const double ContainedNameKm = 5.0;
    private const double VariantNameKm = 1.5;

    public static List<PlaceRow> Build(string data, string regions, TextWriter log)
    {
        string At(params string[] parts) => Path.Combine([data, .. parts]);

        var admin1 = new Dictionary<string, Admin1Code>(StringComparer.Ordinal);
        foreach (var code in GeoSources.Admin1Codes(At("geonames", "admin1CodesASCII.txt")))
        {
            admin1.TryAdd(code.Code, code);
        }

        string Admin1Name(string country, string code) => admin1.TryGetValue($"{country}.{code}", out var a) ? a.Name : "";

        // INEGI state code ↔ GeoNames admin1 code (they differ for Chiapas, Chihuahua, Coahuila, Colima).
        var states = GeoSources.Table(At("inegi", "mx_states.tsv")).ToDictionary(s => s["inegi_cve_ent"], StringComparer.Ordinal);
        var inegiOfGeonames = states.Values.ToDictionary(s => s["geonames_admin1_code"], s => s["inegi_cve_ent"], StringComparer.Ordinal);
        string StateName(string inegiState) => Admin1Name("MX", states[inegiState]["geonames_admin1_code"]);

        var municipalities = GeoSources.Table(At("inegi", "mx_municipios_2020.tsv")).ToDictionary(m => m["cve_entidad"] + m["cve_municipio"], StringComparer.Ordinal);
        var geonamesMunicipalities = GeoSources.Table(At("geonames", "mx_admin2.tsv")).ToDictionary(m => m["inegi_cve_ent"] + m["municipio_code"], StringComparer.Ordinal);
        var centroids = GeoSources.Table(At("inegi", "mx_municipios_centroids.csv"), ',').ToDictionary(c => c["CVE_ENT"] + c["CVE_MUN"], StringComparer.Ordinal);
        var localities = GeoSources.Table(At("inegi", "mx_localidades_1000plus_2020.tsv")).ToList();
        var localityByCode = localities.ToDictionary(l => l["cvegeo"], StringComparer.Ordinal);
        string MunicipalityName(string inegiState, string municipality)
            => municipalities.TryGetValue(inegiState + municipality, out var m) ? m["nom_municipio"] : "";

        var rows = new List<PlaceRow>();

        // Countries.
        var world = GeoSources.WorldCountries(At("countries", "world-countries.json"), TranslationLanguages);
        foreach (var info in GeoSources.CountryInfoRows(At("geonames", "countryInfo.txt")).Where(c => !DissolvedCountries.Contains(c.Code)).OrderBy(c => c.Code, StringComparer.Ordinal))
        {
            var names = new NameSet(info.Name);
            world.TryGetValue(info.Code, out var country);
            if (country is not null)
            {
                foreach (var name in country.Names.Where(n => !n.Contains(',', StringComparison.Ordinal)))
                {
                    names.Add(name);
                }

                foreach (var name in country.AltSpellings.Where(n => !n.Contains(',', StringComparison.Ordinal) && !Exonyms.BadAltSpellings.Contains(n)))
                {
                    names.Add(name);
                }
            }

            foreach (var name in Exonyms.Countries.GetValueOrDefault(info.Code) ?? [])
            {
                names.AddTrusted(name);
            }

            foreach (var name in Exonyms.Abbreviations.GetValueOrDefault(info.Code) ?? [])
            {
                names.AddWrittenExactly(name);
            }

            rows.Add(new PlaceRow
            {
                Id = info.GeonamesId, Kind = Country, Names = names, Country = info.Code,
                Lat = country?.Lat, Lon = country?.Lon, Population = info.Population,
            });
        }

        // GeoNames Mexican places, needed below for municipality seats and INEGI deduplication.
        var mexicanCities = new List<(PlaceRow Row, string InegiState, string Municipality, HashSet<string> Folded, bool Seat)>();
        var seen = new HashSet<long>();
        foreach (var r in GeoSources.Table(At("geonames", "mx_places_cities500.tsv.gz")))
        {
            if (GoneFeatures.Contains(r["feature_code"]) || !seen.Add(r.Long("geonameid")))
            {
                continue;
            }

            var inegiState = r["inegi_cve_ent"].Length > 0 ? r["inegi_cve_ent"] : inegiOfGeonames.GetValueOrDefault(r["admin1_code"], "");
            var (row, folded) = GeonamesPlace(r, "MX", Admin1Name("MX", r["admin1_code"]), MunicipalityName(inegiState, r["admin2_code"]));
            rows.Add(row);
            mexicanCities.Add((row, inegiState, r["admin2_code"], folded, IsSeat(r["feature_code"])));
        }

        // World places (Mexican ones come from cities500 above unless it lacks them).
        var worldCities = 0;
        foreach (var r in GeoSources.Table(At("geonames", "world_cities15000.tsv.gz")))
        {
            if (GoneFeatures.Contains(r["feature_code"]) || !seen.Add(r.Long("geonameid")))
            {
                continue;
            }

            var country = r["country_code"];
            var inegiState = country == "MX" ? inegiOfGeonames.GetValueOrDefault(r["admin1_code"], "") : "";
            var (row, folded) = GeonamesPlace(r, country, Admin1Name(country, r["admin1_code"]), country == "MX" ? MunicipalityName(inegiState, r["admin2_code"]) : "");
            rows.Add(row);
            worldCities++;
            if (country == "MX")
            {
                mexicanCities.Add((row, inegiState, r["admin2_code"], folded, IsSeat(r["feature_code"])));
            }
        }

        // First-level divisions of the world; the Mexican states get INEGI names, population and a point.
        var shapes = StateShapes.Read(At("boundaries", "mx_states_naturalearth.geojson"));
        foreach (var code in admin1.Values.OrderBy(a => a.Code, StringComparer.Ordinal))
        {
            var names = new NameSet(code.Name, code.AsciiName);
            double? lat = null, lon = null;
            long population = 0;
            if (code.Country == "MX" && inegiOfGeonames.TryGetValue(code.Code[3..], out var inegiState))
            {
                var state = states[inegiState];
                names.AddTrusted(state["inegi_name"]);
                population = state.Long("population_2020");
                if (shapes.TryGetValue(inegiState, out var shape))
                {
                    var seats = centroids.Values.Where(c => c["CVE_ENT"] == inegiState && c.Double("lat") is not null)
                        .Select(c => (c.Double("lat")!.Value, c.Double("long")!.Value));
                    (lat, lon) = StateShapes.Point(shape, seats);
                }
            }

            foreach (var name in Exonyms.Admin1.GetValueOrDefault(code.Code) ?? [])
            {
                names.AddTrusted(name);
            }

            foreach (var name in Exonyms.Abbreviations.GetValueOrDefault(code.Code) ?? [])
            {
                names.AddWrittenExactly(name);
            }

            rows.Add(new PlaceRow
            {
                Id = code.GeonamesId, Kind = Admin1, Names = names, Country = code.Country, Admin1 = code.Name,
                Lat = lat, Lon = lon, Population = population,
            });
        }

        var mexicanStates = rows.Where(r => r.Kind == Admin1 && r.Country == "MX").Select(r => r.Admin1).ToHashSet(StringComparer.Ordinal);
        rows.AddRange(Regions.Read(regions, mexicanStates));

        // Mexican municipalities: INEGI 2020 names and population, GeoNames ids, polygon centroids.
        var municipalityCount = 0;
        foreach (var (key, m) in municipalities.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            var inegiState = m["cve_entidad"];
            geonamesMunicipalities.TryGetValue(key, out var geonames);
            var id = geonames?.Long("geonames_id") is > 0 and var gid ? gid : -long.Parse(key, CultureInfo.InvariantCulture);
            var names = new NameSet(m["nom_municipio"]);
            if (geonames is not null)
            {
                names.Add(CleanMunicipalityName(geonames["name"]));
            }

            double? lat = null, lon = null;
            if (centroids.TryGetValue(key, out var centroid))
            {
                (lat, lon) = (centroid.Double("lat"), centroid.Double("long"));
            }
            else if (localityByCode.TryGetValue(key + m["cve_cabecera"], out var seat))
            {
                (lat, lon) = (seat.Double("latitud"), seat.Double("longitud"));
            }
            else if (mexicanCities.Where(c => c.InegiState == inegiState && c.Municipality == m["cve_municipio"]).Select(c => c.Row).MaxBy(c => c.Population) is { } city)
            {
                (lat, lon) = (city.Lat, city.Lon);
            }

            rows.Add(new PlaceRow
            {
                Id = id, Kind = Admin2, Names = names, Country = "MX", Admin1 = StateName(inegiState), Admin2 = m["nom_municipio"],
                Lat = lat, Lon = lon, Population = m.Long("poblacion_total"),
            });
            municipalityCount++;
        }

        // INEGI localities of 1,000+ inhabitants that GeoNames lacks; names of the ones it has become alternate names.
        var accents = new AccentRestorer();
        foreach (var (row, _, _, _, _) in mexicanCities)
        {
            accents.Learn(row.Name);
        }

        foreach (var m in municipalities.Values)
        {
            accents.Learn(m["nom_municipio"]);
            accents.Learn(m["nom_cabecera"]);
        }

        foreach (var l in localities.Where(l => !NameRules.IsAscii(l["nom_localidad"])))
        {
            accents.Learn(l["nom_localidad"]);
        }

        var byMunicipality = mexicanCities.ToLookup(c => c.InegiState + c.Municipality, StringComparer.Ordinal);
        var withoutMunicipality = mexicanCities.Where(c => c.Municipality.Length == 0).ToLookup(c => c.InegiState, StringComparer.Ordinal);
        var byName = mexicanCities.SelectMany(c => c.Folded.Select(f => (f, c))).ToLookup(x => x.f, x => x.c, StringComparer.Ordinal);
        int added = 0, merged = 0, skipped = 0;
        foreach (var l in localities.OrderBy(l => l["cvegeo"], StringComparer.Ordinal))
        {
            var name = accents.Restore(WithoutBrackets(l["nom_localidad"]));
            var folded = TextFolding.Fold(name);
            if (folded.Length == 0 || NotPlaceWords.Any(w => folded.Split(' ').Contains(w, StringComparer.Ordinal)))
            {
                skipped++;
                continue;
            }

            var parts = NameRules.ParenthesisParts(name).Prepend(name).ToList();
            var keys = parts.Select(p => TextFolding.Fold(p)).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
            var (lat, lon) = (l.Double("latitud"), l.Double("longitud"));
            var municipality = l["cve_entidad"] + l["cve_municipio"];
            var inegiState = l["cve_entidad"];

            // The same place: a GeoNames place of the same name in the municipality, or a city of the
            // same name nearby (INEGI splits a city at municipal borders: part of Veracruz lies in
            // Boca del Río); else a name
            // that contains the other ("Magdalena Contreras", "La Magdalena Contreras") close by;
            // else a spelling variant ("Tomochi", "Tomochic") in the same municipality, very close;
            // else, for the municipal seat, the GeoNames seat very close under another name
            // ("Ciudad de San Pablo del Monte" is GeoNames' "Villa Vicente Guerrero").
            var local = byMunicipality[municipality].Concat(withoutMunicipality[inegiState]).ToList();
            var match = keys.SelectMany(k => byName[k])
                    .Where(c => c.InegiState + c.Municipality == municipality || (c.Row.Population >= SprawlingCity && Km(c.Row, lat, lon) < SameNameKm))
                    .Select(c => c.Row).MinBy(c => Km(c, lat, lon))
                ?? local.Where(c => Km(c.Row, lat, lon) < ContainedNameKm && keys.Any(k => WordsContained(k, TextFolding.Fold(c.Row.Name))))
                    .Select(c => c.Row).MinBy(c => Km(c, lat, lon))
                ?? local.Where(c => Km(c.Row, lat, lon) < VariantNameKm && keys.Any(k => IsSpellingVariant(k, TextFolding.Fold(c.Row.Name))))
                    .Select(c => c.Row).MinBy(c => Km(c, lat, lon))
                ?? (l["cve_localidad"] == "0001"
                    ? local.Where(c => c.Seat && c.InegiState + c.Municipality == municipality && Km(c.Row, lat, lon) < VariantNameKm).Select(c => c.Row).MinBy(c => Km(c, lat, lon))
                    : null);
            if (match is not null)
            {
                foreach (var part in parts)
                {
                    match.Names.Add(part);
                }

                merged++;
                continue;
            }

            var names = new NameSet(name);
            foreach (var part in parts)
            {
                names.Add(part);
            }

            names.Add(NameRules.WithoutLeadingArticle(name));

            rows.Add(new PlaceRow
            {
                Id = -long.Parse(l["cvegeo"], CultureInfo.InvariantCulture), Kind = City, Names = names, Country = "MX",
                Admin1 = StateName(inegiState), Admin2 = MunicipalityName(inegiState, l["cve_municipio"]),
                Lat = lat, Lon = lon, Population = l.Long("poblacion_total"),
            });
            added++;
        }

        log.WriteLine($"GeoNames: {mexicanCities.Count} Mexican places, {worldCities} world places; {municipalityCount} municipalities");
        log.WriteLine($"INEGI localities of 1,000+: {added} added, {merged} already in GeoNames (names kept as alternates), {skipped} skipped (prisons, no name)");
        return rows;
    }

    /// <summary>Writes the rows as gzip TSV, sorted, with a header comment; the same rows give the same bytes.</summary>
    public static void Write(IReadOnlyList<PlaceRow> rows, string path)
    {
        var ordered = rows
            .OrderBy(r => Array.IndexOf(Kinds, r.Kind))
            .ThenBy(r => r.Country, StringComparer.Ordinal)
            .ThenBy(r => r.Admin1, StringComparer.Ordinal)
            .ThenBy(r => r.Admin2, StringComparer.Ordinal)
            .ThenBy(r => r.Name, StringComparer.Ordinal)
            .ThenBy(r => r.Id)
            .ToList();
        var ids = new HashSet<long>();
        foreach (var row in ordered)
        {
            if (!ids.Add(row.Id))
            {
                throw new InvalidDataException($"two rows with id {row.Id} ({row.Name})");
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        using (var file = File.Create(temporary))
        using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
        using (var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            writer.WriteLine("# Atalaya gazetteer: countries, first-level divisions, regions (continents, world and Mexican regions), Mexican municipalities (admin2) and populated places (city).");
            writer.WriteLine("# Built by `dotnet run -c Release --project tools/Atalaya.Training -- geo build` from ../shared/data/geo; see data/geo/README.md.");
            writer.WriteLine("# Sources: GeoNames (CC BY 4.0, geonames.org), INEGI Censo 2020 and Marco Geoestadístico (free use, attribution: INEGI), world-countries 5.1.0 (ODbL 1.0), Natural Earth (public domain).");
            writer.WriteLine("# names: '|'-separated names to match (main name first). Negative geonameid: an INEGI place GeoNames lacks, -(INEGI CVEGEO); -1000000001 and below: a region written by hand.");
            writer.WriteLine("# country: empty for a region of several countries. admin1 of a Mexican region: its main state.");
            writer.WriteLine("#" + string.Join('\t', Columns));
            foreach (var row in ordered)
            {
                writer.Write(row.Id.ToString(CultureInfo.InvariantCulture));
                writer.Write('\t');
                writer.Write(row.Kind);
                writer.Write('\t');
                writer.Write(Clean(row.Name));
                writer.Write('\t');
                writer.Write(string.Join('|', row.Names.Names.Select(Clean)));
                writer.Write('\t');
                writer.Write(row.Country);
                writer.Write('\t');
                writer.Write(Clean(row.Admin1));
                writer.Write('\t');
                writer.Write(Clean(row.Admin2));
                writer.Write('\t');
                writer.Write(Coordinate(row.Lat));
                writer.Write('\t');
                writer.Write(Coordinate(row.Lon));
                writer.Write('\t');
                writer.Write(row.Population.ToString(CultureInfo.InvariantCulture));
                writer.Write('\n');
            }
        }

        File.Move(temporary, path, overwrite: true);
    }

    private static (PlaceRow Row, HashSet<string> Folded) GeonamesPlace(TsvRow r, string country, string admin1, string admin2)
    {
        var names = new NameSet(WithoutBrackets(r["name"]), WithoutBrackets(r["asciiname"]));
        var alternates = r["alternatenames"].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var part in NameRules.ParenthesisParts(names.Main))
        {
            names.Add(part);
        }

        var wrong = (Exonyms.WrongAlternates.GetValueOrDefault(r.Long("geonameid")) ?? []).Select(n => TextFolding.Fold(n)).ToHashSet(StringComparer.Ordinal);
        foreach (var alternate in alternates.Where(a => !wrong.Contains(TextFolding.Fold(a))))
        {
            names.Add(alternate);
        }

        if (country == "MX")
        {
            names.Add(NameRules.WithoutLeadingArticle(names.Main));
        }

        var folded = alternates.Append(names.Main).Append(r["asciiname"]).Select(n => TextFolding.Fold(n)).ToHashSet(StringComparer.Ordinal);
        var row = new PlaceRow
        {
            Id = r.Long("geonameid"), Kind = City, Names = names, Country = country, Admin1 = admin1, Admin2 = admin2,
            Lat = r.Double("latitude"), Lon = r.Double("longitude"), Population = r.Long("population"),
        };
        return (row, folded);
    }

    /// <summary>"Municipio de Dzitbalché" → "Dzitbalché"; "Agua Prieta Municipality" → "Agua Prieta"; "San Juan Mixtepec -Dto. 08 -" → "San Juan Mixtepec".</summary>
    internal static string CleanMunicipalityName(string name)
    {
        var dash = name.IndexOf(" -", StringComparison.Ordinal);
        if (dash > 0)
        {
            name = name[..dash];
        }

        foreach (var prefix in (string[])["Municipio de ", "Municipio "])
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                name = name[prefix.Length..];
            }
        }

        foreach (var suffix in (string[])[" Municipality", " municipality", " Municipio"])
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                name = name[..^suffix.Length];
            }
        }

        return name.Trim();
    }

    /// <summary>"Cartagena [Fraccionamiento]" → "Cartagena": INEGI's bracketed type labels are not part of the name.</summary>
    internal static string WithoutBrackets(string name)
    {
        var open = name.IndexOf('[', StringComparison.Ordinal);
        var close = name.IndexOf(']', StringComparison.Ordinal);
        if (open < 0 || close < open)
        {
            return name.Trim();
        }

        return string.Join(' ', (name[..open] + " " + name[(close + 1)..]).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static bool IsSeat(string featureCode) => featureCode is "PPLA" or "PPLA2" or "PPLC";

    private static bool WordsContained(string a, string b)
    {
        var wa = a.Split(' ');
        var wb = b.Split(' ');
        return wa.All(wb.Contains) || wb.All(wa.Contains);
    }

    /// <summary>At most one edit per eight letters (at least one): "omoa"/"omoha", "luis espinosa"/"luis espinoza".</summary>
    private static bool IsSpellingVariant(string a, string b)
    {
        var limit = Math.Max(1, Math.Min(a.Length, b.Length) / 8);
        if (Math.Abs(a.Length - b.Length) > limit || a.Length < 4)
        {
            return false;
        }

        return Atalaya.Core.Internal.EditDistance.Within(a, b, limit);
    }

    private static double Km(PlaceRow row, double? lat, double? lon)
    {
        if (row.Lat is not { } lat1 || row.Lon is not { } lon1 || lat is not { } lat2 || lon is not { } lon2)
        {
            return double.PositiveInfinity;
        }

        const double Radians = Math.PI / 180;
        var dLat = (lat2 - lat1) * Radians;
        var dLon = (lon2 - lon1) * Radians;
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(lat1 * Radians) * Math.Cos(lat2 * Radians) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * 6371 * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static string Coordinate(double? value)
        => value is { } v ? Math.Round(v, 5).ToString("0.#####", CultureInfo.InvariantCulture) : "";

    private static string Clean(string text) => text.Replace('\t', ' ').Replace('|', '/').Replace('\n', ' ').Replace('\r', ' ');
}
