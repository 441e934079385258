using Microsoft.Data.Sqlite;

namespace Atalaya.Storage.Sqlite;

/// <summary>One step of <see cref="SqliteSchema.Migrations"/>: what brings a database of the version before <paramref name="Version"/> to it.</summary>
internal sealed record Migration(int Version, string What, Action<SqliteConnection, SqliteTransaction>? Before, Action<SqliteConnection>? After);
