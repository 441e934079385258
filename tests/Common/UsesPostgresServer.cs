namespace Atalaya.Tests.Common;

/// <summary>Test classes in this collection share one server (started once, stopped when they are done).</summary>
[CollectionDefinition(Name)]
public sealed class UsesPostgresServer : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL server";
}
