using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OutlookReferralAddin.AddinHost.Infrastructure;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Infrastructure;

/// <summary>
/// After a restart the host rehearses a referral beside the rest of its start (#20): every stage a first referral would
/// otherwise pay for, and no trace of it in the register, the reference numbers, the audit, the outbox or the logs.
/// </summary>
public abstract class StartupRehearsalTests(DatabaseProvider provider)
{
    private static readonly Dictionary<string, string?> On = new() { ["Startup:Rehearse"] = "true" };

    [Fact]
    public async Task Rehearsal_OnStart_ReachesTheRecordAndTheMailAndLeavesNoTrace()
    {
        await using var quiet = await ReferralHost.CreateAsync(provider);
        await RehearsalAsync(quiet);
        var auditWithout = await quiet.QueryAsync(db => db.AuditEntries.CountAsync());

        await using var host = await ReferralHost.CreateAsync(provider, settings: On);
        await RehearsalAsync(host);

        Assert.Contains(host.Logs.Lines, l => l.Contains("Start-up rehearsal reached record and mail", StringComparison.Ordinal));
        Assert.Equal(0, await host.QueryAsync(db => db.ConsentRecords.CountAsync()));
        Assert.Equal(0, await host.QueryAsync(db => db.ReferralEvents.CountAsync()));
        Assert.Equal(0, await host.QueryAsync(db => db.ReferenceCounters.CountAsync()));
        Assert.Equal(0, await host.QueryAsync(db => db.IdempotencyRecords.CountAsync()));
        Assert.Equal(auditWithout, await host.QueryAsync(db => db.AuditEntries.CountAsync()));
        Assert.Empty(Pickup.Files(host.PickupDirectory));
        Assert.DoesNotContain("Proef", host.Logs.AllText, StringComparison.Ordinal);

        // The rolled-back reference number is the first worker's.
        using var created = await Referral.PostAsync(host.CreateWorker(), Referral.Valid());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("R-2026-000001", (await created.JsonAsync()).GetProperty("reference").GetString());
    }

    [Fact]
    public async Task Start_NewDatabase_KeyRingLoadsInTheRehearsalNotBeforeKestrel()
    {
        await using var quiet = await ReferralHost.CreateAsync(provider);
        await RehearsalAsync(quiet);
        await using var host = await ReferralHost.CreateAsync(provider, settings: On);
        await RehearsalAsync(host);

        // Data protection's own hosted service would have made the first key before the host answered anything.
        Assert.Equal(0, await quiet.QueryAsync(db => db.DataProtectionKeys.CountAsync()));
        Assert.Equal(1, await host.QueryAsync(db => db.DataProtectionKeys.CountAsync()));
    }

    private static Task RehearsalAsync(ReferralHost host) =>
        host.Services.GetServices<IHostedService>().OfType<StartupRehearsal>().Single().ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(60));
}

public sealed class StartupRehearsalSqliteTests() : StartupRehearsalTests(DatabaseProvider.Sqlite);

public sealed class StartupRehearsalPostgresTests() : StartupRehearsalTests(DatabaseProvider.Postgres);
