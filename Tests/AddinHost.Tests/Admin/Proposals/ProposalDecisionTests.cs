using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Tests.Support;
using static OutlookReferralAddin.AddinHost.Tests.Admin.AdminRequests;
using static OutlookReferralAddin.AddinHost.Tests.Admin.Proposals.ProposalSteps;

namespace OutlookReferralAddin.AddinHost.Tests.Admin.Proposals;

/// <summary>
/// Four eyes on the allow-list, the decision: only a second administrator approves (the list tells each reader whose a
/// proposal is), a rejection keeps its reason, the lists show what waits, and the audit names both.
/// </summary>
public abstract class ProposalDecisionTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Approve_OwnProposal_Returns403AndLeavesDirectory()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        using var worker = host.CreateWorker();
        var id = await ProposalIdAsync(CreateAsync(admin, NewOcmw()));

        using var response = await ApproveAsync(admin, id);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("own_proposal", (await response.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal(2, await host.QueryAsync(db => db.OcmwProtocols.CountAsync()));
        Assert.NotEqual("allowed", (await CheckAsync(worker, NewMailbox, NewId)).Verdict);
    }

    /// <summary>The page leaves "Goedkeuren" out on one's own proposal: the list says whose it is, per reader.</summary>
    [Fact]
    public async Task List_OwnProposal_MineForProposerOnly()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        using var second = host.CreateSecondAdmin();
        var id = await ProposalIdAsync(CreateAsync(admin, NewOcmw()));

        using var own = await admin.GetAsync(new Uri("/api/admin/proposals?status=pending", UriKind.Relative));
        using var other = await second.GetAsync(new Uri($"/api/admin/proposals/{id}", UriKind.Relative));

        Assert.True(Assert.Single((await own.JsonAsync()).EnumerateArray()).GetProperty("mine").GetBoolean());
        Assert.False((await other.JsonAsync()).GetProperty("mine").GetBoolean());
    }

    [Fact]
    public async Task Approve_AsWorker_Returns403()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        using var worker = host.CreateWorker();
        var id = await ProposalIdAsync(CreateAsync(admin, NewOcmw()));

        using var response = await ApproveAsync(worker, id);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(2, await host.QueryAsync(db => db.OcmwProtocols.CountAsync()));
    }

    [Fact]
    public async Task Reject_WithReason_KeepsReasonAndNothingReachesDirectory()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        using var second = host.CreateSecondAdmin();
        using var worker = host.CreateWorker();
        var id = await ProposeOnthaalAsync(admin);

        using var response = await RejectAsync(second, id, "Niet in het protocol: vraag het OCMW om een bevestiging.");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.Equal(("rejected", SecondAdminUpn), (json.GetProperty("status").GetString(), json.GetProperty("decidedBy").GetString()));
        Assert.Equal("Niet in het protocol: vraag het OCMW om een bevestiging.", json.GetProperty("rejectionReason").GetString());
        Assert.NotEqual("allowed", (await CheckAsync(worker, Onthaal, "kluisbergen")).Verdict);
        using var approval = await ApproveAsync(second, id);
        Assert.Equal(HttpStatusCode.Conflict, approval.StatusCode);
        Assert.Equal("proposal_decided", (await approval.JsonAsync()).GetProperty("code").GetString());
    }

    [Theory]
    [InlineData(null, "required")]
    [InlineData("   ", "required")]
    public async Task Reject_WithoutReason_Returns400AndStaysPending(string? reason, string code)
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        using var second = host.CreateSecondAdmin();
        var id = await ProposeOnthaalAsync(admin);

        using var response = await RejectAsync(second, id, reason);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(("reason", code), Assert.Single(await response.CodesAsync()));
        Assert.Equal("pending", (await host.QueryAsync(db => db.Proposals.SingleAsync())).Status);
    }

    [Fact]
    public async Task List_Pending_ShowsProposalAndAdminListPointsToIt()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        using var second = host.CreateSecondAdmin();
        var id = await ProposeOnthaalAsync(admin);

        using var response = await second.GetAsync(new Uri("/api/admin/proposals?status=pending", UriKind.Relative));
        using var ocmws = await second.GetAsync(new Uri("/api/admin/ocmws", UriKind.Relative));

        var item = Assert.Single((await response.JsonAsync()).EnumerateArray());
        Assert.Equal((id, "kluisbergen", "OCMW Kluisbergen", "update"),
            (item.GetProperty("id").GetString(), item.GetProperty("ocmwId").GetString(), item.GetProperty("ocmwName").GetString(), item.GetProperty("kind").GetString()));
        Assert.Equal(["mailboxes"], item.GetProperty("changes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(1, item.GetProperty("current").GetProperty("mailboxes").GetArrayLength());
        Assert.Equal(ReferralHost.Start.AddDays(14), item.GetProperty("expiresAt").GetDateTimeOffset());
        var entry = Assert.Single((await ocmws.JsonAsync()).EnumerateArray(), e => e.GetProperty("id").GetString() == "kluisbergen");
        Assert.Equal(id, entry.GetProperty("pendingProposalId").GetString());
    }

    [Fact]
    public async Task Audit_Approved_RecordsProposerAndApproverWithBothTimes()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        using var second = host.CreateSecondAdmin();
        var id = await ProposalIdAsync(CreateAsync(admin, NewOcmw()));
        host.Time.Advance(TimeSpan.FromHours(3));
        (await ApproveAsync(second, id)).Dispose();

        using var response = await admin.GetAsync(new Uri($"/api/admin/audit?entityId={NewId}", UriKind.Relative));

        var items = (await response.JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["created", "proposed"], items.Select(i => i.GetProperty("action").GetString()));
        var (created, proposed) = (items[0], items[1]);
        Assert.Equal((SecondAdminUpn, ReferralHost.Start.AddHours(3)), (created.GetProperty("actor").GetString(), created.GetProperty("at").GetDateTimeOffset()));
        Assert.Equal(("admin@opgroeien.be", ReferralHost.Start), (created.GetProperty("proposedBy").GetString(), created.GetProperty("proposedAt").GetDateTimeOffset()));
        Assert.Equal(id, created.GetProperty("proposalId").GetString());
        Assert.Equal(("admin@opgroeien.be", ReferralHost.Start), (proposed.GetProperty("actor").GetString(), proposed.GetProperty("at").GetDateTimeOffset()));
        Assert.Equal(JsonValueKind.Null, proposed.GetProperty("before").ValueKind);
        Assert.Equal(NewMailbox, proposed.GetProperty("after").GetProperty("mailboxes")[0].GetString());
    }
}

public sealed class ProposalDecisionSqliteTests() : ProposalDecisionTests(DatabaseProvider.Sqlite);

public sealed class ProposalDecisionPostgresTests() : ProposalDecisionTests(DatabaseProvider.Postgres);
