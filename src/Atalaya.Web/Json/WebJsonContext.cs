using System.Text.Json.Serialization;
using Atalaya.Core.Contract;
using Atalaya.Storage.Workbench;

namespace Atalaya.Web.Json;

/// <summary>
/// Source-generated JSON of the API: the contract's options (snake_case, nulls written out), so the
/// contract objects inside the wrappers come out exactly as ContractJsonContext writes them.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = false)]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(FilterValues))]
[JsonSerializable(typeof(Overview))]
[JsonSerializable(typeof(EventPage))]
[JsonSerializable(typeof(EventDetail))]
[JsonSerializable(typeof(PageOf<EntityListItem>))]
[JsonSerializable(typeof(EntityDetail))]
[JsonSerializable(typeof(PageOf<StorySummary>))]
[JsonSerializable(typeof(StoryDetail))]
[JsonSerializable(typeof(PageOf<DocumentListItem>))]
[JsonSerializable(typeof(PageOf<ContractClaim>))]
[JsonSerializable(typeof(PageOf<ContractConflict>))]
[JsonSerializable(typeof(SearchResult))]
[JsonSerializable(typeof(NewDocument))]
[JsonSerializable(typeof(ReviewRequest))]
[JsonSerializable(typeof(EventReview))]
[JsonSerializable(typeof(PageOf<ReviewRecord>))]
[JsonSerializable(typeof(ReviewRecord))]
[JsonSerializable(typeof(EventMergeRequest))]
[JsonSerializable(typeof(EventSplitRequest))]
[JsonSerializable(typeof(EntityMergeRequest))]
[JsonSerializable(typeof(ContractDocument))]
[JsonSerializable(typeof(ContractEvent))]
[JsonSerializable(typeof(ContractEntity))]
[JsonSerializable(typeof(ContractStory))]
[JsonSerializable(typeof(ContractClaim))]
[JsonSerializable(typeof(Atalaya.Storage.Postgres.Queue.QueueStatus))]
public sealed partial class WebJsonContext : JsonSerializerContext
{
}
