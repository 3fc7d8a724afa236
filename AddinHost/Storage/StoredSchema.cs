using System.Data.Common;

namespace OutlookReferralAddin.AddinHost.Storage;

/// <summary>
/// Most starts are restarts on a database this build already migrated and seeded (a deployment, a scale-out, a crash).
/// One plain connection answers that, without EF Core: the migration check through EF Core (its migrations, the history
/// table's own model, the seed query's compilation) cost about 0.35 s of every start (#20). Any doubt, an error included,
/// is left to EF Core's own migration path.
/// </summary>
internal static class StoredSchema
{
    // The same statement on both providers: SQLite accepts @-parameters and returns the booleans as 0 or 1.
    private const string Current = """
        SELECT EXISTS (SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = @latest)
           AND EXISTS (SELECT 1 FROM "OcmwProtocols")
        """;

    /// <summary>The newest migration of this build for <paramref name="provider"/>, as EF Core orders them.</summary>
    /// <remarks>
    /// Written here rather than found by reflection: scanning the assembly's types for migration attributes took about
    /// 15 ms of every start (#20). StoredSchemaTests compares it with EF Core's own list, so a migration added without
    /// this line fails the tests instead of re-running EF Core's migration check at every start.
    /// </remarks>
    public static string LatestMigration(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "20261205160246_DirectoryVersion",
        DatabaseProvider.Postgres => "20261205160250_DirectoryVersion",
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };

    /// <summary>
    /// True when the history holds <paramref name="latest"/> and the directory has rows: nothing to migrate or seed. On
    /// SQLite the same connection also switches the file to WAL, which EF Core's path otherwise does.
    /// </summary>
    public static async Task<bool> IsCurrentAsync(StorageConnection database, string latest, CancellationToken ct)
    {
        await using var connection = database.Create();
        try
        {
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = Current;
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@latest";
            parameter.Value = latest;
            command.Parameters.Add(parameter);
            if (await command.ExecuteScalarAsync(ct) is not (true or 1L))
            {
                return false;
            }

            if (database.Provider == DatabaseProvider.Sqlite)
            {
                command.CommandText = "PRAGMA journal_mode=WAL;";
                command.Parameters.Clear();
                await command.ExecuteNonQueryAsync(ct);
            }

            return true;
        }
        catch (DbException)
        {
            // A new database has no tables yet; an unreachable one fails again, with EF Core's own message.
            return false;
        }
    }
}
