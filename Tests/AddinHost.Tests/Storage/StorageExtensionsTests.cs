using Microsoft.EntityFrameworkCore;
using Npgsql;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Storage;

public sealed class StorageExtensionsTests
{
    [Fact]
    public async Task AddReferralStorage_PostgresWithoutAutoPrepare_PreparesRepeatedStatements()
    {
        await using var host = await ReferralHost.CreateAsync(DatabaseProvider.Postgres);

        var used = await host.QueryAsync(db => Task.FromResult(db.Database.GetConnectionString()));

        Assert.Equal(20, new NpgsqlConnectionStringBuilder(used).MaxAutoPrepare);
    }

    [Fact]
    public async Task AddReferralStorage_PostgresExplicitAutoPrepare_IsKept()
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("storage-");
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, directory.FullName);
        await using var host = await ReferralHost.CreateAsync(DatabaseProvider.Postgres, settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:Referrals"] = database.ConnectionString + ";Max Auto Prepare=0",
        });

        var used = await host.QueryAsync(db => Task.FromResult(db.Database.GetConnectionString()));

        Assert.Equal(0, new NpgsqlConnectionStringBuilder(used).MaxAutoPrepare);
        Assert.Equal(new NpgsqlConnectionStringBuilder(database.ConnectionString).Database, new NpgsqlConnectionStringBuilder(used).Database);
        directory.Delete(recursive: true);
    }
}
