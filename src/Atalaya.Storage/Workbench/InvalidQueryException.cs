namespace Atalaya.Storage.Workbench;

/// <summary>A query value the workbench cannot use (an unknown sort or type, no word to search); the message names the parameter and the reason.</summary>
public sealed class InvalidQueryException : Exception
{
    public InvalidQueryException(string parameter, string reason)
        : base($"{parameter}: {reason}")
    {
        Parameter = parameter;
    }

    public InvalidQueryException()
    {
        Parameter = "";
    }

    public InvalidQueryException(string message, Exception innerException)
        : base(message, innerException)
    {
        Parameter = "";
    }

    public string Parameter { get; }
}
