using System.Globalization;
using Atalaya.Core.Contract;

namespace Atalaya.Core.Exports;

/// <summary>One contract event as the values of <see cref="AcledCsvExport.Columns"/>, in that order.</summary>
internal static class AcledEventRow
{
    private const string Separator = "; ";

    /// <summary>ACLED notes its source scale from the outlet's reach; nothing here says it, so every source counts as national.</summary>
    private const string SourceScale = "National";

    private const string CivilianTargeting = "Civilian targeting";

    /// <param name="id">event_id_cnty, numbered by the caller per country.</param>
    /// <param name="timestamp">Unix seconds of the export.</param>
    public static string[] Values(ContractEvent @event, string id, CorpusIndex index, long timestamp)
    {
        var location = @event.Location;
        var country = index.CountryOf(@event);
        var date = AcledDate.Of(@event.Date, @event.DatePrecision);
        var actors = ExportedActors.Of(@event, index);
        var inter1 = AcledInterCodes.Of(actors.Actor1?.Category, acting: true);
        var inter2 = AcledInterCodes.Of(actors.Actor2?.Category, acting: false);
        var targetsCivilians = @event.Type == AcledDisorderType.ViolenceAgainstCivilians || inter2 == AcledInterCodes.Civilians;
        var evidence = @event.Sources.Select(s => s.Text).FirstOrDefault() ?? "";
        return
        [
            id,
            date.EventDate,
            date.Year,
            date.TimePrecision,
            AcledDisorderType.Of(@event.Type),
            @event.Type,
            @event.Subtype,
            actors.Actor1?.Name ?? "",
            string.Join(Separator, actors.Associated1.Select(a => a.Name)),
            Code(inter1),
            actors.Actor2?.Name ?? "",
            string.Join(Separator, actors.Associated2.Select(a => a.Name)),
            Code(inter2),
            AcledInterCodes.Interaction(inter1, inter2),
            targetsCivilians ? CivilianTargeting : "",
            Iso(country),
            country?.Region ?? "",
            country?.Name ?? location?.Country ?? "",
            location?.Admin1 ?? "",
            location?.Admin2 ?? "",
            "",
            AcledLocation.Name(location, country),
            AcledLocation.Coordinate(location?.Lat),
            AcledLocation.Coordinate(location?.Lon),
            AcledLocation.GeoPrecision(location, country),
            string.Join(Separator, index.Sources.Of(@event)),
            @event.Sources.Count > 0 ? SourceScale : "",
            Notes(@event, evidence),
            Number(@event.Fatalities ?? 0),
            string.Join(Separator, @event.Tactics),
            Number(timestamp),
        ];
    }

    /// <summary>
    /// The evidence sentence, then the analyst's review when there is one ("Review: verified. Checked against ...."):
    /// ACLED's notes are where its coders say what they know of a report, so the status and note travel with the row.
    /// </summary>
    private static string Notes(ContractEvent @event, string evidence)
    {
        var note = EvidenceText.Note(evidence);
        if (@event.Review is not { } review)
        {
            return note;
        }

        var said = review.Note is { Length: > 0 } text ? " " + EvidenceText.Note(text) : "";
        return (note.Length > 0 ? note + " " : "") + $"[Review: {review.Status}.{said}]";
    }

    /// <summary>ACLED's iso column is the numeric code as a number (4 for Afghanistan, not "004").</summary>
    private static string Iso(Country? country)
        => int.TryParse(country?.Numeric, NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? Number(code) : "";

    private static string Code(int? code) => code is { } c ? Number(c) : "";

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
