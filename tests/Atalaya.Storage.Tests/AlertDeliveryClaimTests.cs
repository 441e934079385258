using Atalaya.Storage.Alerts;
using Atalaya.Storage.Tests.Engines;

namespace Atalaya.Storage.Tests;

/// <summary>
/// A webhook delivery is claimed in the database before the POST: of two processes that see the same
/// undelivered alert, one posts it; a failed POST gives the claim back for the next pass, and a claim
/// whose process died lapses.
/// </summary>
public abstract class AlertDeliveryClaimTests(StoreEngine engine) : IDisposable
{
    private StoreEngine Engine { get; } = engine;

    [Fact]
    public void Two_books_that_see_one_undelivered_alert_post_it_once_and_a_failure_is_tried_again_later()
    {
        var path = Engine.NewDatabase("claims");
        Engine.Open(path).Dispose();
        using (var book = AlertBook.Open(path))
        {
            book.Add("hooked", AlertConditions.Parse("state=Guanajuato", null), "http://127.0.0.1:9/hook", DateTimeOffset.UtcNow);
        }

        Engine.Execute(path, "INSERT INTO alert_entries(alert_id, event_id, kind, raised, title, summary) SELECT id, 'V1', 'new', '2026-12-01T00:00:00Z', 'clash', '{\"id\":\"V1\",\"type\":\"Battles\",\"subtype\":\"Armed clash\",\"documents\":[]}' FROM alerts");
        var now = DateTimeOffset.UtcNow;
        using var first = AlertBook.Open(path);
        using var second = AlertBook.Open(path);

        var seenByFirst = Assert.Single(first.Undelivered(now));
        var seenBySecond = Assert.Single(second.Undelivered(now));
        Assert.True(first.ClaimDelivery(seenByFirst, now));
        Assert.False(second.ClaimDelivery(seenBySecond, now));
        Assert.Empty(second.Undelivered(now));

        first.RecordDelivery(seenByFirst, "HTTP 500 Internal Server Error", now);
        var again = Assert.Single(second.Undelivered(now));
        Assert.True(second.ClaimDelivery(again, now));

        // Its process died while posting: the claim lapses and another takes the alert.
        var later = now + AlertBook.DeliveryClaim + TimeSpan.FromMinutes(1);
        Assert.Empty(first.Undelivered(now));
        Assert.True(first.ClaimDelivery(Assert.Single(first.Undelivered(later)), later));
        first.RecordDelivery(again, null, later);

        Assert.Empty(second.Undelivered(later + AlertBook.DeliveryClaim * 2));
        Assert.Equal(3, Engine.Count(path, "SELECT delivery_attempts FROM alert_entries"));
        Assert.Equal("hooked", Assert.Single(first.Entries("hooked", 10)).Alert);
        Assert.NotNull(Assert.Single(first.Entries("hooked", 10)).Delivered);
    }

    public void Dispose()
    {
        Engine.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class AlertDeliveryClaimTestsOnSqlite() : AlertDeliveryClaimTests(new SqliteEngine());

[Collection(UsesPostgresServer.Name)]
public sealed class AlertDeliveryClaimTestsOnPostgres(PostgresServer server) : AlertDeliveryClaimTests(new PostgresEngine(server));
