using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Storage;

/// <summary>
/// A restart on a database this build migrated and seeded skips EF Core at start (#20); anything less goes through
/// EF Core's migrations and seed as before.
/// </summary>
public abstract class StoredSchemaTests(DatabaseProvider provider)
{
    [Fact]
    public async Task LatestMigration_ThisBuild_IsEfCoresLastMigration()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        var efCore = await host.QueryAsync(db => Task.FromResult(db.Database.GetMigrations().Last()));

        Assert.Equal(efCore, StoredSchema.LatestMigration(provider));
    }

    [Fact]
    public async Task IsCurrentAsync_MigratedAndSeeded_True()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        var (connection, latest) = await TargetAsync(host);

        Assert.True(await StoredSchema.IsCurrentAsync(connection, latest, CancellationToken.None));
    }

    [Fact]
    public async Task IsCurrentAsync_LatestMigrationMissing_FalseAndTheNextStartAppliesIt()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        var (connection, latest) = await TargetAsync(host);
        await host.QueryAsync(db => db.Database.ExecuteSqlRawAsync(
            """DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" = {0}""", latest));

        Assert.False(await StoredSchema.IsCurrentAsync(connection, latest, CancellationToken.None));
    }

    [Fact]
    public async Task IsCurrentAsync_DirectoryEmpty_False()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        var (connection, latest) = await TargetAsync(host);
        await host.QueryAsync(db => db.Database.ExecuteSqlRawAsync("""DELETE FROM "MailboxVerifications"; DELETE FROM "OcmwProtocols";"""));

        Assert.False(await StoredSchema.IsCurrentAsync(connection, latest, CancellationToken.None));
    }

    [Fact]
    public async Task IsCurrentAsync_NewDatabase_FalseWithoutAnError()
    {
        var root = System.IO.Directory.CreateTempSubdirectory("referral-schema-");
        await using var database = await TestDatabase.CreateAsync(provider, root.FullName);
        var connection = new StorageConnection(provider, database.ConnectionString);

        Assert.False(await StoredSchema.IsCurrentAsync(connection, "20990101000000_Future", CancellationToken.None));
    }

    private static async Task<(StorageConnection Connection, string Latest)> TargetAsync(ReferralHost host)
    {
        var connection = host.Services.GetRequiredService<StorageConnection>();
        var latest = await host.QueryAsync(db => Task.FromResult(db.Database.GetMigrations().Last()));
        return (connection, latest);
    }
}

public sealed class StoredSchemaSqliteTests() : StoredSchemaTests(DatabaseProvider.Sqlite);

public sealed class StoredSchemaPostgresTests() : StoredSchemaTests(DatabaseProvider.Postgres);
