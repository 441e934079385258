using System.Text;
using Atalaya.Core.Exports;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Exports;

public sealed class AcledCsvExportTests
{
    private static readonly string[] AcledColumns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    private static readonly DateTimeOffset ExportTime = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static byte[] WriteBytes()
    {
        using var stream = new MemoryStream();
        AcledCsvExport.Write(ExportCorpus.Create(), stream, ExportCorpus.Countries, new FixedClock(ExportTime));
        return stream.ToArray();
    }

    /// <summary>The text after the byte-order mark.</summary>
    private static string WriteText()
    {
        var bytes = WriteBytes();
        return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 3, bytes.Length - 3);
    }

    /// <summary>Each data row by its event_id_cnty, as column name → value.</summary>
    private static Dictionary<string, Dictionary<string, string>> Rows()
    {
        var records = Rfc4180Reader.Read(WriteText());
        var header = records[0];
        return records.Skip(1).ToDictionary(
            r => r[0],
            r => header.Zip(r).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    [Fact]
    public void Output_is_utf8_with_a_byte_order_mark_and_crlf_records()
    {
        var bytes = WriteBytes();

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = WriteText();
        Assert.DoesNotContain('\uFEFF', text);
        Assert.Contains(ExportCorpus.Group, text, StringComparison.Ordinal);

        // The reader accepts only CRLF record ends: every record of the header and the four events parsed.
        var records = Rfc4180Reader.Read(text);
        Assert.Equal(5, records.Count);
        Assert.All(records, r => Assert.Equal(AcledColumns.Length, r.Length));
    }

    [Fact]
    public void Header_is_acleds_columns_in_acleds_order()
    {
        Assert.Equal(AcledColumns, Rfc4180Reader.Read(WriteText())[0]);
        Assert.Equal(AcledColumns, AcledCsvExport.Columns);
    }

    [Fact]
    public void Event_ids_are_the_country_and_the_number_of_the_workbench_id_with_xxx_when_the_country_is_unknown()
    {
        var ids = Rfc4180Reader.Read(WriteText()).Skip(1).Select(r => r[0]);

        // V1, V2, V3, V4: each row leads back to its event, whatever the export left out.
        Assert.Equal(["MEX1", "MEX2", "XXX3", "COL4"], ids);
        Assert.Equal("MEX_evt-9", AcledCsvExport.IdOf("MEX", "evt-9"));
        Assert.Equal("MEX_V", AcledCsvExport.IdOf("MEX", "V"));
    }

    [Fact]
    public void A_clash_between_a_named_group_and_unnamed_police()
    {
        var row = Rows()["MEX1"];

        Assert.Equal("2025-03-14", row["event_date"]);
        Assert.Equal("2025", row["year"]);
        Assert.Equal("1", row["time_precision"]);
        Assert.Equal("Political violence", row["disorder_type"]);
        Assert.Equal("Battles", row["event_type"]);
        Assert.Equal("Armed clash", row["sub_event_type"]);
        Assert.Equal(ExportCorpus.Group, row["actor1"]);
        Assert.Equal("", row["assoc_actor_1"]);
        Assert.Equal("3", row["inter1"]);
        Assert.Equal("Police Forces of Mexico", row["actor2"]);
        Assert.Equal("1", row["inter2"]);
        Assert.Equal("13", row["interaction"]);
        Assert.Equal("", row["civilian_targeting"]);
        Assert.Equal("484", row["iso"]);
        Assert.Equal("Central America", row["region"]);
        Assert.Equal("Mexico", row["country"]);
        Assert.Equal("Sinaloa", row["admin1"]);
        Assert.Equal("Culiacán", row["admin2"]);
        Assert.Equal("", row["admin3"]);
        Assert.Equal("San Telmo de las Vigas", row["location"]);
        Assert.Equal("24.8071", row["latitude"]);
        Assert.Equal("-107.3942", row["longitude"]);
        Assert.Equal("1", row["geo_precision"]);
        Assert.Equal("diario-ficticio.example; radio-imaginaria.example", row["source"]);
        Assert.Equal("National", row["source_scale"]);
        Assert.Equal("3", row["fatalities"]);
        Assert.Equal("ambush; roadblock", row["tags"]);
        Assert.Equal(ExportTime.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), row["timestamp"]);
    }

    [Fact]
    public void The_note_is_the_first_evidence_collapsed_defused_and_quoted()
    {
        Assert.Equal("'=SUM(A1) \"Fueron muchos tiros\", dijo un vecino, mientras la policía llegaba.", Rows()["MEX1"]["notes"]);

        // On the wire: quoted for the commas and quotes, inner quotes doubled, the line break gone.
        Assert.Contains(",\"'=SUM(A1) \"\"Fueron muchos tiros\"\", dijo un vecino, mientras la policía llegaba.\",", WriteText(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_month_dated_attack_on_civilians_without_coordinates()
    {
        var row = Rows()["MEX2"];

        Assert.Equal("2025-02-01", row["event_date"]);
        Assert.Equal("2025", row["year"]);
        Assert.Equal("3", row["time_precision"]);
        Assert.Equal("Unidentified Armed Group (Mexico)", row["actor1"]);
        Assert.Equal("3", row["inter1"]);
        Assert.Equal("Civilians (Mexico)", row["actor2"]);
        Assert.Equal("7", row["inter2"]);
        Assert.Equal("37", row["interaction"]);
        Assert.Equal("Civilian targeting", row["civilian_targeting"]);
        Assert.Equal("Guerrero", row["location"]);
        Assert.Equal("", row["latitude"]);
        Assert.Equal("", row["longitude"]);
        Assert.Equal("3", row["geo_precision"]);
        Assert.Equal("lote.jsonl:3", row["source"]);
        Assert.Equal("0", row["fatalities"]);
    }

    [Fact]
    public void An_undated_event_without_location_keeps_its_columns_empty()
    {
        var row = Rows()["XXX3"];

        Assert.Equal("", row["event_date"]);
        Assert.Equal("", row["year"]);
        Assert.Equal("Strategic developments", row["disorder_type"]);
        Assert.Equal("Police Forces", row["actor1"]);
        Assert.Equal("1", row["inter1"]);
        Assert.Equal("", row["actor2"]);
        Assert.Equal("", row["inter2"]);
        Assert.Equal("10", row["interaction"]);
        Assert.Equal("", row["iso"]);
        Assert.Equal("", row["country"]);
        Assert.Equal("", row["location"]);
        Assert.Equal("", row["geo_precision"]);
        Assert.Equal("", row["source"]);
        Assert.Equal("", row["notes"]);
        Assert.Equal("0", row["fatalities"]);
    }

    [Fact]
    public void A_year_dated_strike_abroad_joins_associated_actors()
    {
        var row = Rows()["COL4"];

        Assert.Equal("2024-01-01", row["event_date"]);
        Assert.Equal("3", row["time_precision"]);
        Assert.Equal("Political violence", row["disorder_type"]);
        Assert.Equal("Frente Norte Inventado", row["actor1"]);
        Assert.Equal(ExportCorpus.Group + "; Rosa Tamez Ficticia", row["assoc_actor_1"]);
        Assert.Equal("Military Forces of Colombia", row["actor2"]);
        Assert.Equal("13", row["interaction"]);
        Assert.Equal("170", row["iso"]);
        Assert.Equal("South America", row["region"]);
        Assert.Equal("Colombia", row["country"]);
        Assert.Equal("1.5000", row["latitude"]);
        Assert.Equal("-78.2500", row["longitude"]);
        Assert.Equal("drone", row["tags"]);
    }

    [Fact]
    public void A_corpus_without_events_gives_the_header_alone()
    {
        using var writer = new StringWriter();

        var count = AcledCsvExport.Write(new Core.Contract.ContractCorpus(), writer, ExportCorpus.Countries, new FixedClock(ExportTime));

        Assert.Equal(0, count);
        Assert.Equal("\uFEFF" + string.Join(',', AcledColumns) + "\r\n", writer.ToString());
    }
}
