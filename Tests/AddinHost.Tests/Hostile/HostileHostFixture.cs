using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Hostile;

/// <summary>
/// One host for the whole corpus, sending through Graph to a fake server, so "nothing sent" is a request count.
/// The rate limit is raised: otherwise the limiter, not validation, would refuse most cases.
/// </summary>
public sealed class HostileHostFixture : IAsyncLifetime
{
    public FakeGraphServer Graph { get; private set; } = null!;

    public ReferralHost Host { get; private set; } = null!;

    public HttpClient Worker { get; private set; } = null!;

    public HttpClient Admin { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Graph = await FakeGraphServer.StartAsync();
        Host = await ReferralHost.CreateAsync(graph: Graph, settings: new Dictionary<string, string?> { ["RateLimiting:ReferralsPerMinute"] = "1000000" });
        Worker = Host.CreateWorker();
        // The hostile corpus walks the admin and the DPO endpoints alike: one client with both roles.
        Admin = Host.CreateWorker("admin@opgroeien.be", "Referral.Admin,Referral.Dpo");
    }

    public async Task<(int Consents, int Idempotency)> CountStoredAsync() =>
        (await Host.QueryAsync(db => db.ConsentRecords.CountAsync()), await Host.QueryAsync(db => db.IdempotencyRecords.CountAsync()));

    public async Task DisposeAsync()
    {
        Worker.Dispose();
        Admin.Dispose();
        await Host.DisposeAsync();
        await Graph.DisposeAsync();
    }
}
