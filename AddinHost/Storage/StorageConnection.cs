using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace OutlookReferralAddin.AddinHost.Storage;

/// <summary>
/// The database as a plain connection, with the connection string EF Core uses (and so its pool), for what must not wait
/// for EF Core's first use: the start-up's <see cref="StoredSchema"/> check and the readiness probes (#20).
/// </summary>
internal sealed record StorageConnection(DatabaseProvider Provider, string ConnectionString)
{
    public DbConnection Create() => Provider == DatabaseProvider.Sqlite
        ? new SqliteConnection(ConnectionString)
        : new NpgsqlConnection(ConnectionString);
}
