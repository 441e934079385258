using System.Globalization;
using System.Text;
using Atalaya.Core.Contract;

namespace Atalaya.Core.Synthetic;

/// <summary>
/// Any number of contract documents varied from a few analyzed ones, for the consolidation benchmark:
/// most are distinct articles (their words interleaved with fresh ones, their towns, people, numbers
/// and dates changed), and some are what a real feed holds besides: exact copies, syndicated copies
/// under a new headline with the last paragraph trimmed, and other-language reports of an earlier
/// story (its entities and date, another seed's text). Deterministic for a given seed.
/// </summary>
public sealed class SyntheticCorpus(IReadOnlyList<ContractDocument> seeds)
{
    private const int Towns = 20_000;
    private const int People = 50_000;

    private readonly Dictionary<string, int> storyOf = new(StringComparer.Ordinal);

    /// <summary>The story each generated document was made to report (copies and reports share their original's), to score clustering against.</summary>
    public IReadOnlyDictionary<string, int> IntendedStory => storyOf;

    public IEnumerable<ContractDocument> Generate(int count, int seed = 20261122)
    {
        var random = new Random(seed);
        var recent = new List<ContractDocument>();
        storyOf.Clear();
        for (var i = 0; i < count; i++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"syn-{i + 1:D7}");
            var roll = random.Next(100);
            ContractDocument document;
            var original = recent.Count > 0 ? recent[random.Next(recent.Count)] : null;
            if (original is not null && roll < 5)
            {
                document = ExactCopy(original, id);
            }
            else if (original is not null && roll < 12)
            {
                document = TrimmedCopy(original, id);
            }
            else if (original is not null && roll < 25)
            {
                document = OtherLanguageReport(original, id, random);
            }
            else
            {
                document = Distinct(seeds[random.Next(seeds.Count)], id, random);
                original = null;
            }

            storyOf[id] = original is null ? i : storyOf[original.Id];

            // Copies and related reports come from recent documents, as in a feed; kept as generated,
            // since whoever consumes the documents may change them (the corpus builder drops texts).
            recent.Add(Clone(document, document.Id, document.Text ?? "", document.Published));
            if (recent.Count > 200)
            {
                recent.RemoveAt(0);
            }

            yield return document;
        }
    }

    private static ContractDocument Distinct(ContractDocument seed, string id, Random random)
    {
        var town = random.Next(Towns);
        var day = new DateOnly(2015, 1, 1).AddDays(random.Next(3650));
        var text = Interleave(seed.Text ?? "", random);
        var copy = Clone(seed, id, text, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        foreach (var entity in copy.Entities)
        {
            if (entity.Type == "LOC" && entity.Geo is { } geo && geo.Admin1 is not null && geo.Place != geo.Admin1)
            {
                entity.Name = string.Create(CultureInfo.InvariantCulture, $"Town {town}");
                entity.Geo = new ContractGeo { Place = entity.Name, Admin1 = geo.Admin1, Country = geo.Country, Geonames = 50_000_000 + town };
            }
            else if (entity.Type == "PER")
            {
                // Each article has its own people; the groups (few, well known) stay.
                entity.Name = string.Create(CultureInfo.InvariantCulture, $"{entity.Name} {random.Next(People)}");
                entity.KbId = entity.KbId is null ? null : string.Create(CultureInfo.InvariantCulture, $"{entity.KbId}-{random.Next(People)}");
            }
        }

        foreach (var reported in copy.DocumentEvents)
        {
            reported.Date = reported.Date is null ? null : day.AddDays(-random.Next(2)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            reported.DatePrecision = reported.Date is null ? null : "day";
            reported.Fatalities = reported.Fatalities is null ? null : random.Next(1, 30);
            if (reported.Location is { } location && location.Place != location.Admin1 && location.Place is not null)
            {
                reported.Location = new ContractLocation { Place = string.Create(CultureInfo.InvariantCulture, $"Town {town}"), Admin1 = location.Admin1, Country = location.Country, Geonames = 50_000_000 + town };
            }
        }

        return copy;
    }

    private static ContractDocument ExactCopy(ContractDocument original, string id) => Clone(original, id, original.Text ?? "", original.Published);

    private static ContractDocument TrimmedCopy(ContractDocument original, string id)
    {
        var text = original.Text ?? "";
        var last = text.TrimEnd().LastIndexOf("\n\n", StringComparison.Ordinal);
        var trimmed = "A new headline for a syndicated copy\n\n" + (last > text.Length * 0.85 ? text[..last] : text);
        return Clone(original, id, trimmed, original.Published);
    }

    private ContractDocument OtherLanguageReport(ContractDocument original, string id, Random random)
    {
        var other = seeds[random.Next(seeds.Count)];
        var report = Clone(original, id, Interleave(other.Text ?? "", random), original.Published);
        report.Language = other.Language == original.Language ? "en" : other.Language;
        return report;
    }

    /// <summary>
    /// The seed's words with a fresh one every few, so distinct articles share few five-word runs, and
    /// its numbers changed, so they share no toll or amount by construction.
    /// </summary>
    private static string Interleave(string text, Random random)
    {
        var result = new StringBuilder(text.Length + (text.Length / 4));
        var words = 0;
        foreach (var part in text.Split(' '))
        {
            result.Append(part.Length > 0 && char.IsAsciiDigit(part[0]) ? random.Next(10, 100_000).ToString(CultureInfo.InvariantCulture) : part).Append(' ');
            if (++words % 6 == 0)
            {
                result.Append(CultureInfo.InvariantCulture, $"w{random.Next(1_000_000)} ");
            }
        }

        return result.ToString();
    }

    private static ContractDocument Clone(ContractDocument source, string id, string text, string? published) => new()
    {
        Id = id,
        Source = "synthetic",
        Language = source.Language,
        Title = source.Title,
        Published = published,
        Text = text,
        ContentHash = Internal.Hashing.Sha256Hex(text),
        Entities = [.. source.Entities.Select(e => new ContractEntityMentions { Entity = e.Entity, Type = e.Type, Name = e.Name, Kb = e.Kb, KbId = e.KbId, Kind = e.Kind, Geo = e.Geo, Mentions = e.Mentions })],
        DocumentEvents = [.. source.DocumentEvents.Select(e => new ContractEvent
        {
            Id = e.Id, Type = e.Type, Subtype = e.Subtype, Date = e.Date, DatePrecision = e.DatePrecision, Location = e.Location,
            Actors = e.Actors, Fatalities = e.Fatalities, Injured = e.Injured, Arrested = e.Arrested, Kidnapped = e.Kidnapped, Tactics = e.Tactics,
            Sources = [.. e.Sources.Select(s => new ContractSource { Document = id, Start = s.Start, End = s.End, Text = s.Text })],
        })],
    };
}
