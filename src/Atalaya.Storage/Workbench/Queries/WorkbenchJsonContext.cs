using System.Text.Json.Serialization;
using Atalaya.Core.Contract;

namespace Atalaya.Storage.Workbench.Queries;

/// <summary>The JSON the queries pass to the database themselves (lists of ids as one parameter, a review's corrections).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(ReviewSet))]
internal sealed partial class WorkbenchJsonContext : JsonSerializerContext
{
}
