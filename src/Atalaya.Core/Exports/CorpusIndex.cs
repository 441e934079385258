using Atalaya.Core.Contract;

namespace Atalaya.Core.Exports;

/// <summary>What an exporter looks up while it writes a corpus's events: entities, countries, sources.</summary>
internal sealed class CorpusIndex
{
    private readonly Dictionary<string, ContractEntity> entities;

    public CorpusIndex(ContractCorpus corpus, CountryTable countries)
    {
        entities = corpus.Entities.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Countries = countries;
        Sources = new DocumentSources(corpus.Documents);
    }

    public CountryTable Countries { get; }

    public DocumentSources Sources { get; }

    public ContractEntity? Entity(string? id) => id is not null && entities.TryGetValue(id, out var entity) ? entity : null;

    public Country? CountryOf(ContractEvent @event) => Countries.Find(@event.Location?.Country);
}
