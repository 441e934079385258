namespace Atalaya.Web.Http;

/// <summary>A request parameter that cannot be used; becomes a 400 problem naming the parameter and the reason.</summary>
internal sealed class BadRequestException(string parameter, string reason) : Exception($"{parameter}: {reason}")
{
    public string Parameter { get; } = parameter;
}
