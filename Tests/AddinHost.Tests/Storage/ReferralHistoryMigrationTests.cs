using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OutlookReferralAddin.AddinHost.Referrals.History;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Storage;

/// <summary>Referrals stored before the history existed get the history their columns tell, and the same status back.</summary>
public abstract class ReferralHistoryMigrationTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Migrate_ExistingReferrals_BackfillsHistoryWhoseFoldIsTheirStatus()
    {
        await using var host = await ReferralHost.CreateAsync(provider, settings: new Dictionary<string, string?>
        {
            ["Database:MigrateOnStart"] = "false",
            ["Retention:RunInBackground"] = "false",
        });
        var at = ReferralHost.Start;
        var rows = new (string Reference, ReferralStatus Status, DateTimeOffset? SentAt, string? Failure, DateOnly? WithdrawnOn)[]
        {
            ("R-2026-000001", ReferralStatus.Sent, at.AddSeconds(2), null, null),
            ("R-2026-000002", ReferralStatus.Failed, null, "graph_400", null),
            ("R-2026-000003", ReferralStatus.Unknown, null, "outcome_not_recorded", null),
            ("R-2026-000004", ReferralStatus.Withdrawn, at.AddSeconds(3), null, new DateOnly(2026, 11, 25)),
            ("R-2026-000005", ReferralStatus.Pending, null, null, null),
        };

        var history = await host.QueryAsync(async db =>
        {
            var migrator = db.GetService<IMigrator>();
            var all = db.Database.GetMigrations().ToList();
            await migrator.MigrateAsync(all[all.FindIndex(m => m.EndsWith("_ReferralHistory", StringComparison.Ordinal)) - 1]);
            // Columns of later migrations exist in the model: give the old table them while the rows go in through EF.
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"ConsentRecords\" ADD COLUMN \"ReferringTeam\" text NOT NULL DEFAULT ''");
            foreach (var (row, i) in rows.Select((r, i) => (r, i)))
            {
                db.ConsentRecords.Add(new ConsentRecordEntity
                {
                    Id = Guid.NewGuid(), Reference = row.Reference, CreatedAt = at.AddMinutes(i), SentAt = row.SentAt,
                    WorkerObjectId = "oid-1", WorkerUpn = "worker@opgroeien.be", OcmwId = "kluisbergen", RecipientMailbox = "socialedienst@kluisbergen.be",
                    ConsentMethod = "mondeling", StatementVersion = "v", ClientPseudonym = "p" + i, Status = row.Status,
                    FailureCode = row.Failure, WithdrawnOn = row.WithdrawnOn,
                });
            }

            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"ConsentRecords\" DROP COLUMN \"ReferringTeam\"");
            await migrator.MigrateAsync();
            var records = await db.ConsentRecords.AsNoTracking().ToListAsync();
            var events = await db.ReferralEvents.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
            return records.ToDictionary(r => r.Reference, r => (r.Status, Events: events.Where(e => e.ReferralId == r.Id).ToList()));
        });

        Assert.All(history.Values, h => Assert.Equal(h.Status, ReferralHistory.Derive(h.Events.Select(e => e.Kind))));
        Assert.Equal([ReferralEventKind.Recorded, ReferralEventKind.Sent], history["R-2026-000001"].Events.Select(e => e.Kind));
        Assert.Equal(at.AddSeconds(2), history["R-2026-000001"].Events[1].At);
        Assert.Equal("worker@opgroeien.be", history["R-2026-000001"].Events[1].ActorUpn);
        Assert.Equal("graph_400", history["R-2026-000002"].Events[1].Code);
        Assert.Equal(ReferralEventKind.OutcomeUnknown, history["R-2026-000003"].Events[1].Kind);
        Assert.Equal(new DateOnly(2026, 11, 25), history["R-2026-000004"].Events[2].OnDate);
        Assert.Equal([ReferralEventKind.Recorded], history["R-2026-000005"].Events.Select(e => e.Kind));
    }
}

public sealed class ReferralHistoryMigrationSqliteTests() : ReferralHistoryMigrationTests(DatabaseProvider.Sqlite);

public sealed class ReferralHistoryMigrationPostgresTests() : ReferralHistoryMigrationTests(DatabaseProvider.Postgres);
