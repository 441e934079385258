using Atalaya.Core.Contract;

namespace Atalaya.Cli.Running;

/// <summary>
/// Where extract sends its documents as they are consolidated (in input order), and then the
/// corpus sections: the streamed JSON of the contract, or JSON Lines.
/// </summary>
internal interface IContractOutput : IDisposable
{
    /// <summary>Writes one document, just added to <paramref name="corpus"/> (its story is the one known so far).</summary>
    void Add(ContractDocument document, CorpusBuilder corpus);

    /// <summary>Writes the corpus sections and settles what later documents changed in earlier ones.</summary>
    void Finish(CorpusBuilder corpus);
}
