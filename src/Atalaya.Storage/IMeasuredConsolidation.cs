namespace Atalaya.Storage;

/// <summary>What a store tells about its consolidation, for the benchmarks.</summary>
public interface IMeasuredConsolidation
{
    /// <summary>State queries the last consolidation made (reading what earlier runs stored).</summary>
    long LastStateQueries { get; }

    /// <summary>Consolidates every stored document again from the first, replacing the corpus tables and state.</summary>
    void Reconsolidate();
}
