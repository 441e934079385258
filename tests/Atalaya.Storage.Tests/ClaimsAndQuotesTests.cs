using Atalaya.Core.Contract;
using Atalaya.Storage.Tests.Engines;
using Atalaya.Storage.Tests.Support;

namespace Atalaya.Storage.Tests;

/// <summary>A stored document is complete on its own: its claims and quotes come back as they went in.</summary>
public abstract class ClaimsAndQuotesTests(StoreEngine engine) : StoreTests(engine)
{
    [Fact]
    public void A_stored_document_keeps_its_claims_and_quotes()
    {
        using var store = Engine.Open(Engine.NewDatabase("claims"));
        var original = Documents.Create("recompensa", "Ofrecen recompensa por un jefe criminal\n\n«No habrá tregua», dijo el fiscal.", "es");
        original.DocumentClaims =
        [
            new ContractClaim { Subject = "L1", Attribute = "reward_usd", Value = 5_000_000, Unit = "USD", Document = original.Id, Start = 0, End = 39, Text = "Ofrecen recompensa por un jefe criminal", AsOf = "2025-04", Agency = "L2" },
        ];
        original.Quotes = [new ContractQuote { Speaker = "L3", Start = 42, End = 57, Text = "No habrá tregua" }];

        using (var run = store.BeginRun("claims"))
        {
            run.Add(original);
            run.Complete();
        }

        var stored = Assert.Single(store.Documents());
        var claim = Assert.Single(stored.DocumentClaims);
        Assert.Equal(("L1", "reward_usd", 5_000_000d, "USD", "2025-04", "L2"), (claim.Subject, claim.Attribute, claim.Value, claim.Unit, claim.AsOf, claim.Agency));
        Assert.Equal((0, 39, original.Id), (claim.Start, claim.End, claim.Document));
        var quote = Assert.Single(stored.Quotes);
        Assert.Equal(("L3", 42, 57, "No habrá tregua"), (quote.Speaker, quote.Start, quote.End, quote.Text));
    }
}

public sealed class ClaimsAndQuotesTestsOnSqlite() : ClaimsAndQuotesTests(new SqliteEngine());

[Collection(UsesPostgresServer.Name)]
public sealed class ClaimsAndQuotesTestsOnPostgres(PostgresServer server) : ClaimsAndQuotesTests(new PostgresEngine(server));
