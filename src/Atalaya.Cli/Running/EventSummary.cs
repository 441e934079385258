using System.Globalization;
using Atalaya.Core.Contract;

namespace Atalaya.Cli.Running;

/// <summary>A readable line per event: document, type and sub-type, date, place, counts, tactics.</summary>
internal static class EventSummary
{
    public static void Print(TextWriter writer, IEnumerable<ContractDocument> documents)
    {
        foreach (var document in documents)
        {
            foreach (var reported in document.DocumentEvents)
            {
                var location = reported.Location;
                var place = location is null ? "-" : string.Join(", ", new[] { location.Place, location.Admin1, location.Country }.Where(p => !string.IsNullOrEmpty(p)));
                var counts = string.Join(" ", new (string Label, int? Value)[] { ("dead", reported.Fatalities), ("injured", reported.Injured), ("arrested", reported.Arrested), ("kidnapped", reported.Kidnapped) }
                    .Where(c => c.Value is not null)
                    .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Label} {c.Value}")));
                var tactics = reported.Tactics.Count == 0 ? "" : $"  ({string.Join(", ", reported.Tactics)})";
                writer.WriteLine($"{document.Id,-32} {reported.Date ?? "-",-10}  {reported.Type} / {reported.Subtype}  {place}  {counts}{tactics}");
            }
        }
    }
}
