using Atalaya.Core.Corpus.Stories;
using Atalaya.Core.Documents;

namespace Atalaya.Core.Tests.Corpus;

/// <summary>What two documents' dates say of their being one story (invented dates and town ids).</summary>
public sealed class StoryDatesTests
{
    private const long Town = 9_000_001;
    private const long OtherTown = 9_000_002;

    [Theory]
    [InlineData("2025-06-10", "2025-06-14", "Agree")]
    [InlineData("2025-06-10", "2025-07-02", "Contradict")]
    [InlineData("2025-06", "2025-07", "Coarse")]
    [InlineData("2025-06", "2025-06-12", "Coarse")]
    [InlineData("2025-03", "2025-07", "Contradict")]
    [InlineData(null, "2025-07-01", "Unknown")]
    public void Only_days_within_the_window_say_the_same_week(string? first, string? second, string expected)
    {
        var agreement = StoryDates.Compare(Profile(first), Profile(second), StoryClusterer.WindowDays);

        Assert.Equal(Enum.Parse<DateAgreement>(expected), agreement);
    }

    [Fact]
    public void A_shared_town_is_one_both_name_where_they_do_not_date_different_incidents()
    {
        Assert.True(StoryDates.ShareTown(Profile("2025-06", towns: [(5, Town)]), Profile("2025-07", towns: [(3, 0), (5, Town)])));
        Assert.False(StoryDates.ShareTown(Profile("2025-06", towns: [(5, Town)]), Profile("2025-07", towns: [(6, OtherTown)])));
        Assert.False(StoryDates.ShareTown(Profile("2025-06", towns: [(3, 0)]), Profile("2025-07", towns: [(3, 0)])));

        var first = Profile("2025-06", towns: [(5, Town)], incidentDays: [100]);
        var second = Profile("2025-07", towns: [(5, Town)], incidentDays: [110]);
        Assert.False(StoryDates.ShareTown(first, second));
    }

    private static StoryProfile Profile(string? date, (int Feature, long Town)[]? towns = null, int[]? incidentDays = null)
    {
        towns ??= [];
        var days = new Dictionary<long, List<int>>();
        if (incidentDays is not null)
        {
            foreach (var (_, town) in towns.Where(t => t.Town != 0))
            {
                days[town] = [.. incidentDays];
            }
        }

        return new StoryProfile
        {
            Index = 0,
            Features = [.. towns.Select(t => t.Feature)],
            Priors = [.. towns.Select(_ => 1f)],
            Specific = [.. towns.Select(_ => true)],
            Evidence = [.. towns.Select(_ => IncidentEvidence.Identifies)],
            Towns = [.. towns.Select(t => t.Town)],
            Anchors = PartialDate.ParseIso(date) is { } anchor ? [anchor] : [],
            AnchoredByPublication = true,
            IncidentDaysByTown = days,
            Incidents = [],
        };
    }
}
