using System.Text;
using Atalaya.Core.Contract;

namespace Atalaya.Core.Exports;

/// <summary>
/// Writes a corpus's events as ACLED-style CSV, one row per event, for analysts who already work
/// with ACLED data: ACLED's columns in ACLED's order, RFC 4180 quoting, CRLF line ends, UTF-8 with
/// a byte-order mark so spreadsheets read accents right. The mapping of each column is in README.md
/// ("Export formats") and in the helpers this class calls.
/// </summary>
public static class AcledCsvExport
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    /// <summary>ACLED's event_id_cnty prefix of an event whose country is unknown.</summary>
    private const string NoCountry = "XXX";

    /// <summary>
    /// ACLED's country prefix and the number of the event's own id (V17 in Mexico: MEX17), so that a row leads back
    /// to the event in the workbench and keeps its id in every export, filtered or not. An id of another shape is
    /// kept whole after the prefix (MEX_x9).
    /// </summary>
    internal static string IdOf(string prefix, string eventId)
        => eventId.Length > 1 && eventId[0] == 'V' && eventId.AsSpan(1).ContainsAnyExceptInRange('0', '9') is false
            ? prefix + eventId[1..]
            : prefix + "_" + eventId;

    /// <summary>
    /// An event an analyst rejected is left out rather than marked. ACLED's own data holds only the events its coders
    /// accepted, and an ACLED analyst sums fatalities and counts rows per region, week and actor straight from the
    /// file: a row marked "rejected" in its notes would still be counted by every pivot table and script that reads it.
    /// The JSON export keeps rejected events, with their review, for whoever wants the whole record.
    /// </summary>
    public static bool IsRejected(ContractEvent @event) => @event.Review?.Status == "rejected";

    /// <summary>Writes UTF-8 (with its byte-order mark) to a stream; returns the number of events written.</summary>
    public static int Write(ContractCorpus corpus, Stream stream, CountryTable? countries = null, TimeProvider? clock = null)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16, leaveOpen: true);
        var count = Write(corpus, writer, countries, clock);
        writer.Flush();
        return count;
    }

    /// <summary>
    /// Writes to a text writer, starting with U+FEFF: the byte-order mark once the writer encodes
    /// UTF-8 (give it an encoding that does not add one of its own). Returns the number of events written.
    /// </summary>
    /// <param name="countries">Country codes, names and regions; by default data/geo/countries.tsv.</param>
    /// <param name="clock">The export time of the timestamp column; by default the system clock.</param>
    public static int Write(ContractCorpus corpus, TextWriter writer, CountryTable? countries = null, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(writer);
        var index = new CorpusIndex(corpus, countries ?? CountryTable.Default);
        var timestamp = (clock ?? TimeProvider.System).GetUtcNow().ToUnixTimeSeconds();
        var csv = new CsvWriter(writer);
        writer.Write('\uFEFF');
        csv.WriteRow(Columns);

        var written = 0;
        foreach (var @event in corpus.Events.Where(e => !IsRejected(e)))
        {
            var prefix = index.CountryOf(@event)?.Alpha3 is { Length: > 0 } alpha3 ? alpha3 : NoCountry;
            csv.WriteRow(AcledEventRow.Values(@event, IdOf(prefix, @event.Id), index, timestamp));
            written++;
        }

        return written;
    }
}
