namespace Atalaya.Storage;

/// <summary>The store cannot be used (not a database, newer schema, missing folder); the message says why.</summary>
public sealed class StoreException : Exception
{
    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException()
    {
    }

    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
