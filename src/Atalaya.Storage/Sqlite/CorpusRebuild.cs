using Atalaya.Core.Contract;
using Microsoft.Data.Sqlite;

namespace Atalaya.Storage.Sqlite;

/// <summary>
/// Consolidates every stored document from the first, through <see cref="CorpusBuilder"/>, and
/// replaces the corpus tables with the result in one transaction.
/// </summary>
internal static class CorpusRebuild
{
    public static void Run(SqliteConnection connection, IEnumerable<(long Seq, ContractDocument Document)> documents)
    {
        var builder = new CorpusBuilder(includeText: false);
        var consolidated = new List<(long Seq, ContractDocument Document)>();
        long last = 0;
        foreach (var (seq, document) in documents)
        {
            builder.Add(document);
            consolidated.Add((seq, document));
            last = seq;
        }

        var corpus = builder.Build();
        using var transaction = connection.BeginTransaction();
        using (var writer = new CorpusRowWriter(connection, transaction))
        {
            writer.Clear();
            Write(writer, corpus, consolidated);
            writer.Progress(last);
        }

        transaction.Commit();
    }

    private static void Write(CorpusRowWriter writer, ContractCorpus corpus, List<(long Seq, ContractDocument Document)> documents)
    {
        var firstById = new Dictionary<string, ContractDocument>(StringComparer.Ordinal);
        var storyOfEvent = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (seq, document) in documents)
        {
            writer.Document(seq, document);
            firstById.TryAdd(document.Id, document);
            foreach (var id in document.Events)
            {
                // An event belongs to the story of the document that first reported it.
                storyOfEvent.TryAdd(id, document.Story);
            }
        }

        foreach (var entity in corpus.Entities)
        {
            writer.Entity(entity);
        }

        string LanguageOf(string id) => firstById.TryGetValue(id, out var d) ? d.Language : "und";
        foreach (var reported in corpus.Events)
        {
            writer.Event(reported, storyOfEvent.GetValueOrDefault(reported.Id), LanguageOf);
        }

        foreach (var story in corpus.Stories)
        {
            var published = story.Documents.Select(id => firstById.GetValueOrDefault(id)?.Published).OfType<string>().Order(StringComparer.Ordinal).ToList();
            writer.Story(story, published.FirstOrDefault(), published.LastOrDefault());
        }

        for (var i = 0; i < corpus.Claims.Count; i++)
        {
            writer.Claim(i, corpus.Claims[i]);
        }

        foreach (var conflict in corpus.Conflicts)
        {
            writer.Conflict(conflict, conflict.Claims.Min());
        }
    }
}
