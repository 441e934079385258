using System.Text.Json.Serialization;

namespace Atalaya.Storage.Workbench.Queries;

/// <summary>The JSON the queries pass to the database themselves (lists of ids as one parameter).</summary>
[JsonSerializable(typeof(string[]))]
internal sealed partial class WorkbenchJsonContext : JsonSerializerContext
{
}
