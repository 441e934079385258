namespace Atalaya.Web.Json;

/// <summary>The body of POST /api/documents.</summary>
public sealed record NewDocument(string? Text, string? Title, string? Url, string? Published, string? Source);
