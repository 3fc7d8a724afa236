using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OutlookReferralAddin.AddinHost.Directory;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Tests.Support;
using OutlookReferralAddin.Core.Recipients;

namespace OutlookReferralAddin.AddinHost.Tests.Storage;

/// <summary>
/// Upgrading to teams: referrals sent before keep their protocol's team; protocols get no group (they accept no referrals
/// until administrators set one).
/// </summary>
public abstract class ReferringTeamsMigrationTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Migrate_ExistingReferralsAndProtocols_BackfillsTeamAndLeavesGroupsEmpty()
    {
        await using var host = await ReferralHost.CreateAsync(provider, settings: new Dictionary<string, string?>
        {
            ["Database:MigrateOnStart"] = "false",
            ["Retention:RunInBackground"] = "false",
        });

        var (records, protocols) = await host.QueryAsync(async db =>
        {
            var migrator = db.GetService<IMigrator>();
            var all = db.Database.GetMigrations().ToList();
            await migrator.MigrateAsync();
            db.OcmwProtocols.AddRange(DirectorySeed.Protocols.Select(p => p.ToEntity(ReferralHost.Start)));
            db.ConsentRecords.Add(Record("R-2026-000001", "kluisbergen"));
            db.ConsentRecords.Add(Record("R-2026-000002", "tessenderlo-ham"));
            db.ConsentRecords.Add(Record("R-2026-000003", "verdwenen"));
            await db.SaveChangesAsync();

            // Down to the schema before teams and up again, as an installation that upgrades.
            await migrator.MigrateAsync(all[all.FindIndex(m => m.EndsWith("_ReferringTeams", StringComparison.Ordinal)) - 1]);
            await migrator.MigrateAsync();
            db.ChangeTracker.Clear();
            return (await db.ConsentRecords.AsNoTracking().ToDictionaryAsync(r => r.Reference, r => r.ReferringTeam),
                await db.OcmwProtocols.AsNoTracking().Select(p => p.TeamGroupIds).ToListAsync());
        });

        Assert.Equal("Kind en Gezin Scheldeleie", records["R-2026-000001"]);
        Assert.Equal("Kind en Gezin West-Limburg", records["R-2026-000002"]);
        Assert.Equal("", records["R-2026-000003"]);
        Assert.All(protocols, Assert.Empty);
    }

    private static ConsentRecordEntity Record(string reference, string ocmwId) => new()
    {
        Id = Guid.NewGuid(), Reference = reference, CreatedAt = ReferralHost.Start, WorkerObjectId = "oid-1",
        WorkerUpn = "worker@opgroeien.be", OcmwId = ocmwId, RecipientMailbox = "socialedienst@kluisbergen.be",
        ConsentMethod = "mondeling", StatementVersion = "v", ClientPseudonym = "p-" + reference, Status = ReferralStatus.Sent,
        ReferringTeam = "wordt overschreven",
    };
}

public sealed class ReferringTeamsMigrationSqliteTests() : ReferringTeamsMigrationTests(DatabaseProvider.Sqlite);

public sealed class ReferringTeamsMigrationPostgresTests() : ReferringTeamsMigrationTests(DatabaseProvider.Postgres);
