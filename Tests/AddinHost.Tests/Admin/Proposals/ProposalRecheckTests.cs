using System.Net;
using System.Text.Json.Nodes;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Tests.Support;
using static OutlookReferralAddin.AddinHost.Tests.Admin.AdminRequests;
using static OutlookReferralAddin.AddinHost.Tests.Admin.Proposals.ProposalSteps;

namespace OutlookReferralAddin.AddinHost.Tests.Admin.Proposals;

/// <summary>
/// Four eyes on the allow-list, the re-checks: an approval re-checks what changed since the proposal (its expiry, after
/// the configured number of days; an ended entry; a conflict) and refuses what no longer holds; the host refuses to start
/// with an expiry of zero or fewer days.
/// </summary>
public abstract class ProposalRecheckTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Approve_AfterConfiguredExpiry_Returns409Expired()
    {
        await using var host = await ReferralHost.CreateAsync(provider, settings: new Dictionary<string, string?> { ["Directory:ProposalExpiryDays"] = "3" });
        using var admin = host.CreateAdmin();
        using var second = host.CreateSecondAdmin();
        var id = await ProposeOnthaalAsync(admin);
        host.Time.Advance(TimeSpan.FromDays(3));

        using var response = await ApproveAsync(second, id);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("proposal_expired", (await response.JsonAsync()).GetProperty("code").GetString());
        using var list = await second.GetAsync(new Uri("/api/admin/proposals?status=expired", UriKind.Relative));
        Assert.Equal(id, Assert.Single((await list.JsonAsync()).EnumerateArray()).GetProperty("id").GetString());
        // An expired proposal no longer blocks a new one.
        Assert.NotEqual(id, await ProposeOnthaalAsync(admin));
    }

    [Fact]
    public async Task Approve_JustBeforeExpiry_Applies()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        using var second = host.CreateSecondAdmin();
        var id = await ProposeOnthaalAsync(admin);
        host.Time.Advance(TimeSpan.FromDays(14) - TimeSpan.FromMinutes(1));

        using var response = await ApproveAsync(second, id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Approve_EntryEndedSinceProposal_Returns409OutdatedAndKeepsItEnded()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        using var second = host.CreateSecondAdmin();
        var id = await ProposeOnthaalAsync(admin);
        (await EndAsync(second, "kluisbergen", "2026-11-24")).Dispose();

        using var list = await second.GetAsync(new Uri("/api/admin/proposals?status=pending", UriKind.Relative));
        using var response = await ApproveAsync(second, id);

        Assert.True(Assert.Single((await list.JsonAsync()).EnumerateArray()).GetProperty("outdated").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("proposal_outdated", (await response.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal("ended", (await GetAsync(admin, "kluisbergen")).Body["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Approve_ConflictArisenSinceProposal_Returns409WithFieldErrors()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        using var second = host.CreateSecondAdmin();
        var first = await ProposalIdAsync(CreateAsync(admin, NewOcmw()));
        var other = NewOcmw("oudenaarde-2");
        other["kboNumber"] = "0207.446.871";
        other["name"] = "OCMW Oudenaarde";
        other["domains"] = new JsonArray("oudenaarde.be");
        // Proposing it through the API is refused now (the waiting proposal claims the postcode); two instances racing could
        // still store both, so the second is stored the way the racing instance would have.
        var secondProposal = await StoreRacingProposalAsync(host, other);
        (await ApproveAsync(second, first)).Dispose();

        using var response = await ApproveAsync(second, secondProposal);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("proposal_conflicts", (await response.JsonAsync()).GetProperty("code").GetString());
        Assert.Contains(("postalCodes[0]", "postcode_in_other_protocol"), await response.CodesAsync());
    }

    private static async Task<string> StoreRacingProposalAsync(ReferralHost host, JsonObject body)
    {
        var id = Guid.CreateVersion7();
        await host.QueryAsync(async db =>
        {
            db.Proposals.Add(new ProposalEntity
            {
                Id = id, OcmwId = body["id"]!.GetValue<string>(), Kind = "create", Status = "pending", Proposed = body.ToJsonString(),
                Origin = "admin", ProposedByObjectId = "racing-instance", ProposedByUpn = "admin@opgroeien.be",
                ProposedAt = host.Time.GetUtcNow(), ExpiresAt = host.Time.GetUtcNow().AddDays(14),
            });
            return await db.SaveChangesAsync();
        });
        return id.ToString();
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public async Task Start_InvalidProposalExpiryDays_RefusesToStart(string days)
    {
        await using var host = await ReferralHost.CreateAsync(provider, settings: new Dictionary<string, string?> { ["Directory:ProposalExpiryDays"] = days });

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("Directory:ProposalExpiryDays", error.ToString(), StringComparison.Ordinal);
    }
}

public sealed class ProposalRecheckSqliteTests() : ProposalRecheckTests(DatabaseProvider.Sqlite);

public sealed class ProposalRecheckPostgresTests() : ProposalRecheckTests(DatabaseProvider.Postgres);
