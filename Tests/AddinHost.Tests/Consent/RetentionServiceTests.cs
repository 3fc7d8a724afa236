using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutlookReferralAddin.AddinHost.Consent;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Consent;

public sealed class RetentionServiceTests
{
    [Fact]
    public async Task Purge_RecordsOlderThanRetention_AreDeletedOthersKept()
    {
        await using var host = await ReferralHost.CreateAsync(settings: new Dictionary<string, string?> { ["Retention:Days"] = "30", ["Retention:RunInBackground"] = "false" });
        using var worker = host.CreateWorker();
        using var old = await Referral.PostAsync(worker, Referral.Valid(), "old");
        host.Time.Advance(TimeSpan.FromDays(20));
        var body = Referral.Again(Referral.Valid());
        body["consent"]!["date"] = "2026-12-14";
        using var recent = await Referral.PostAsync(worker, body, "recent");
        Assert.Equal(HttpStatusCode.Created, recent.StatusCode);
        var retention = host.Services.GetRequiredService<RetentionService>();

        host.Time.Advance(TimeSpan.FromDays(11));
        var purged = await retention.PurgeAsync(CancellationToken.None);

        Assert.Equal(1, purged);
        var left = await host.QueryAsync(db => db.ConsentRecords.SingleAsync());
        Assert.Equal((await recent.JsonAsync()).GetProperty("referralId").GetGuid(), left.Id);
        Assert.Equal(1, await host.QueryAsync(db => db.IdempotencyRecords.CountAsync()));
    }

    [Fact]
    public async Task BackgroundLoop_AdvancingTime_PurgesWithoutBeingCalled()
    {
        await using var host = await ReferralHost.CreateAsync(settings: new Dictionary<string, string?> { ["Retention:Days"] = "1" });
        using var created = await Referral.PostAsync(host.CreateWorker(), Referral.Valid());
        Assert.Equal(1, await host.QueryAsync(db => db.ConsentRecords.CountAsync()));

        host.Time.Advance(TimeSpan.FromDays(2));
        var remaining = 1;
        for (var attempt = 0; attempt < 50 && remaining > 0; attempt++)
        {
            host.Time.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(100);
            remaining = await host.QueryAsync(db => db.ConsentRecords.CountAsync());
        }

        Assert.Equal(0, remaining);
    }
}
