using Atalaya.Core.Contract;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Contract;

/// <summary>Claims and quotes from analysis to the document (local ids) and the corpus (corpus ids, conflicts).</summary>
public sealed class CorpusClaimsTests
{
    [Fact]
    public void Documents_keep_their_claims_and_the_corpus_promotes_them_and_finds_their_conflict()
    {
        var builder = new CorpusBuilder();
        var first = builder.Add(Some.Pipeline.Analyze(Some.Document(
            "The State Department offers a reward of up to $5 million for the arrest of Ismael Zambada García, the cartel's leader.", id: "a", published: "2019-06-01")));
        builder.Add(Some.Pipeline.Analyze(Some.Document(
            "Washington raised the reward for Ismael Zambada García to $15 million, a bounty offered by the State Department.", id: "b", published: "2024-02-10")));
        var corpus = builder.Build();

        var local = Assert.Single(first.DocumentClaims);
        Assert.StartsWith("L", local.Subject, StringComparison.Ordinal);
        Assert.Equal(2, corpus.Claims.Count);
        Assert.All(corpus.Claims, c => Assert.StartsWith("E", c.Subject, StringComparison.Ordinal));
        Assert.Equal("Ismael Zambada García", corpus.Entities.Single(e => e.Id == corpus.Claims[0].Subject).Name);
        Assert.Equal("United States Department of State", corpus.Entities.Single(e => e.Id == corpus.Claims[0].Agency).Name);
        var update = Assert.Single(corpus.Conflicts);
        Assert.Equal(("reward_usd", "update"), (update.Attribute, update.Kind));
        Assert.Equal([5_000_000, 15_000_000], update.Values);
    }

    [Fact]
    public void A_quote_s_speaker_becomes_the_corpus_entity()
    {
        var builder = new CorpusBuilder();
        var document = builder.Add(Some.Pipeline.Analyze(Some.Document(
            "\"We will not negotiate with criminal groups under any circumstances,\" said Claudia Sheinbaum on Tuesday.", published: "2024-03-12")));
        var corpus = builder.Build();

        var quote = Assert.Single(document.Quotes);
        Assert.Equal("Claudia Sheinbaum Pardo", corpus.Entities.Single(e => e.Id == quote.Speaker).Name);
    }
}
