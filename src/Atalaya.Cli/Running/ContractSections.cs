using System.Text.Json;
using Atalaya.Core.Contract;

namespace Atalaya.Cli.Running;

/// <summary>The corpus-level sections of the contract (after "documents"), written the way the whole corpus serializes them.</summary>
internal static class ContractSections
{
    public static void Write(Utf8JsonWriter writer, ContractCorpus corpus)
    {
        var types = ContractJsonContext.Default;
        writer.WritePropertyName("entities");
        JsonSerializer.Serialize(writer, corpus.Entities, types.ListContractEntity);
        writer.WritePropertyName("events");
        JsonSerializer.Serialize(writer, corpus.Events, types.ListContractEvent);
        writer.WritePropertyName("stories");
        JsonSerializer.Serialize(writer, corpus.Stories, types.ListContractStory);
        writer.WritePropertyName("claims");
        JsonSerializer.Serialize(writer, corpus.Claims, types.ListContractClaim);
        writer.WritePropertyName("conflicts");
        JsonSerializer.Serialize(writer, corpus.Conflicts, types.ListContractConflict);
    }
}
