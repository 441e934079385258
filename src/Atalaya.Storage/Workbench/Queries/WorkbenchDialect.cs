using System.Data.Common;

namespace Atalaya.Storage.Workbench.Queries;

/// <summary>
/// What the workbench's queries say differently on each engine: planner hints, the column that keeps
/// insertion order, lists passed as one parameter, the name search and the full-text search, and how
/// a consolidated document is read. Every other query in this folder is portable SQL (parameters as
/// @name, which both engines' drivers take) over System.Data.Common.
/// </summary>
internal abstract class WorkbenchDialect
{
    /// <summary>The column of web_events and corpus_stories in insertion order, which breaks the ties of a sort so that pages never overlap.</summary>
    public abstract string RowOrder { get; }

    /// <summary>web_events aliased e for filters, read through the index of the most selective filter where the engine takes a hint.</summary>
    public abstract string EventSource(Filters filters);

    /// <summary>corpus_stories aliased s, for the story list (its filters and order).</summary>
    public abstract string StorySource { get; }

    /// <summary>corpus_stories aliased s, for counting the story list (no order needed).</summary>
    public virtual string StoryCountSource => StorySource;

    /// <summary>web_events aliased w, for the events of one story.</summary>
    public abstract string StoryEventSource { get; }

    /// <summary>A join the planner takes in the order written (where the engine takes the hint), else a plain join.</summary>
    public abstract string OrderedJoin { get; }

    /// <summary>The values of a JSON array of strings passed as <paramref name="parameter"/>, as a one-column subquery.</summary>
    public abstract string ValuesOf(string parameter);

    /// <summary>The text at <c>first.second</c> of the JSON object in <paramref name="column"/> (a contract row's json), null where there is none.</summary>
    public abstract string JsonText(string column, string first, string second);

    /// <summary>A condition on corpus_entities aliased n: its name is exactly <paramref name="parameter"/>, read through the engine's index of names.</summary>
    public abstract string EntityNamed(string parameter);

    /// <summary>A condition on an entity id column: one of the entity's names contains the text, case and accents ignored (<see cref="NameFolding"/>).</summary>
    public abstract (string Condition, (string Name, object? Value)[] Values) NameContains(string idColumn, string text);

    /// <summary>Documents whose title or text has every word of <paramref name="text"/>: how many, and the page, best first.</summary>
    public abstract (long Total, List<SearchHit> Hits) SearchDocuments(WorkbenchDb db, string text, Paging paging);

    /// <summary>The contract JSON of stored document <paramref name="seq"/> as consolidation made it; null when there is none.</summary>
    public abstract string? ConsolidatedDocument(DbConnection connection, long seq);

    /// <summary>Called before a read of entity names, so that the engine can fold names written since (nothing to do where the fold is kept by the write).</summary>
    public virtual void BeforeNameSearch()
    {
    }
}
