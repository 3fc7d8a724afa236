using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OutlookReferralAddin.AddinHost.Storage;

/// <summary>
/// SQLite keeps its temporary tables and indexes (a sort, an IN list, a statement journal) in memory instead of files it
/// creates and deletes again: before, about every second referral created and unlinked one (strace over the load
/// benchmark, #20). The setting belongs to the connection and a pooled one may be new, so it is set at every open.
/// </summary>
internal sealed class SqliteTempStore : DbConnectionInterceptor
{
    private const string Memory = "PRAGMA temp_store = MEMORY;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (connection is SqliteConnection sqlite)
        {
            using var command = sqlite.CreateCommand();
            command.CommandText = Memory;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (connection is SqliteConnection sqlite)
        {
            await using var command = sqlite.CreateCommand();
            command.CommandText = Memory;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
