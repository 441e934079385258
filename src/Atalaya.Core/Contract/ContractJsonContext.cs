using System.Text.Json.Serialization;

namespace Atalaya.Core.Contract;

/// <summary>Source-generated serialization of the contract: snake_case names, nulls written out.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = false)]
[JsonSerializable(typeof(ContractCorpus))]
[JsonSerializable(typeof(ContractDocument))]
[JsonSerializable(typeof(ContractConflict))]
public sealed partial class ContractJsonContext : JsonSerializerContext
{
}
