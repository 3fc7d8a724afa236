using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Tests.Support;
using static OutlookReferralAddin.AddinHost.Tests.Admin.AdminRequests;
using static OutlookReferralAddin.AddinHost.Tests.Admin.Proposals.ProposalSteps;

namespace OutlookReferralAddin.AddinHost.Tests.Admin.Proposals;

/// <summary>
/// Four eyes on the allow-list, while a proposal waits: its entry takes no second one, its postcode, KBO number and mailbox
/// are refused to a rival, and it expires; the referral's recipient check and the compose-window screening see approved
/// state only.
/// </summary>
public abstract class ProposalPendingTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Update_WhileProposalPending_Returns409ProposalPending()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        using var second = host.CreateSecondAdmin();
        await ProposeOnthaalAsync(admin);
        var (body, etag) = await GetAsync(second, "kluisbergen");
        body["postalCodes"] = new JsonArray("9690", "9691");

        using var response = await UpdateAsync(second, "kluisbergen", body, etag);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("proposal_pending", (await response.JsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Update_ReplaceOnlyMailbox_OldStaysUntilApprovalThenOnlyNewIsAllowed()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        using var worker = host.CreateWorker();
        var (body, etag) = await GetAsync(admin, "kluisbergen");
        body["mailboxes"] = new JsonArray(Onthaal);
        body["noticeMonths"] = 6;

        var id = await ProposalIdAsync(UpdateAsync(admin, "kluisbergen", body, etag));

        // The notice period (it reaches no one) changed at once; the mailbox waits, and the old one still works meanwhile.
        var now = (await GetAsync(admin, "kluisbergen")).Body;
        Assert.Equal(6, now["noticeMonths"]!.GetValue<int>());
        Assert.Equal("allowed", (await CheckAsync(worker, "socialedienst@kluisbergen.be", "kluisbergen")).Verdict);
        Assert.NotEqual("allowed", (await CheckAsync(worker, Onthaal, "kluisbergen")).Verdict);
        using var second = host.CreateSecondAdmin();
        (await ApproveAsync(second, id)).Dispose();
        await VerifyAsync(host, admin, "kluisbergen", Onthaal);
        Assert.Equal("allowed", (await CheckAsync(worker, Onthaal, "kluisbergen")).Verdict);
        Assert.NotEqual("allowed", (await CheckAsync(worker, "socialedienst@kluisbergen.be", "kluisbergen")).Verdict);
    }

    [Fact]
    public async Task Propose_PostcodeKboAndMailboxOfWaitingProposal_Refused400NamingIt()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        using var second = host.CreateSecondAdmin();
        await ProposalIdAsync(CreateAsync(admin, NewOcmw()));
        var rival = NewOcmw("oudenaarde-2");

        using var response = await CreateAsync(second, rival);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var codes = await response.CodesAsync();
        Assert.Contains(("postalCodes[0]", "postcode_in_other_protocol"), codes);
        Assert.Contains(codes, c => c.Field == "kboNumber");
        var json = await response.JsonAsync();
        var message = json.GetProperty("errors").GetProperty("postalCodes[0]")[0].GetString();
        Assert.Contains("OCMW Oudenaarde (voorstel dat wacht op goedkeuring)", message, StringComparison.Ordinal);
        Assert.Equal(1, await host.QueryAsync(db => db.Proposals.CountAsync()));
    }

    [Fact]
    public async Task Propose_SameEntryConcurrently_OneProposalOthers409()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        var (body, etag) = await GetAsync(admin, "kluisbergen");
        body["mailboxes"] = new JsonArray("socialedienst@kluisbergen.be", Onthaal);

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            using var response = await UpdateAsync(admin, "kluisbergen", body.DeepClone(), etag);
            return ((int)response.StatusCode, (await response.JsonAsync()).TryGetProperty("code", out var c) ? c.GetString() : null);
        }));

        Assert.Single(answers, a => a.Item1 == 202);
        Assert.All(answers.Where(a => a.Item1 != 202), a => Assert.Equal((409, "proposal_pending"), a));
        Assert.Equal(1, await host.QueryAsync(db => db.Proposals.CountAsync(p => p.Status == "pending")));
    }

    [Fact]
    public async Task Propose_AfterExpiry_StoresOldOneAsExpiredAndNewOneWaits()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        var old = await ProposeOnthaalAsync(admin);
        host.Time.Advance(TimeSpan.FromDays(15));

        var renewed = await ProposeOnthaalAsync(admin);

        var rows = await host.QueryAsync(db => db.Proposals.AsNoTracking().ToListAsync());
        Assert.Equal("expired", rows.Single(r => r.Id.ToString() == old).Status);
        Assert.Equal("pending", rows.Single(r => r.Id.ToString() == renewed).Status);
    }

    [Fact]
    public async Task Screening_PendingMailbox_IsNotAnAgreedMailboxUntilApproved()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        using var anonymous = host.CreateClient();
        var id = await ProposeOnthaalAsync(admin);

        var pending = await ScreenAsync(anonymous, Onthaal);
        using var second = host.CreateSecondAdmin();
        (await ApproveAsync(second, id)).Dispose();
        var approved = await ScreenAsync(anonymous, Onthaal);
        await VerifyAsync(host, admin, "kluisbergen", Onthaal);
        var verified = await ScreenAsync(anonymous, Onthaal);

        // Pending: just some other address on Kluisbergen's domain. Approved: the agreed mailbox, awaiting verification.
        Assert.Equal(("other_mailbox_same_domain", false), (pending.GetProperty("code").GetString(), pending.GetProperty("allowedMailbox").GetBoolean()));
        Assert.Equal(("mailbox_not_verified", false), (approved.GetProperty("code").GetString(), approved.GetProperty("allowedMailbox").GetBoolean()));
        Assert.True(verified.GetProperty("allowedMailbox").GetBoolean());
    }

    private static async Task<JsonElement> ScreenAsync(HttpClient client, string address)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/api/recipients/screen", UriKind.Relative), new { recipients = new[] { address } });
        response.EnsureSuccessStatusCode();
        return (await response.JsonAsync()).GetProperty("results")[0];
    }
}

public sealed class ProposalPendingSqliteTests() : ProposalPendingTests(DatabaseProvider.Sqlite);

public sealed class ProposalPendingPostgresTests() : ProposalPendingTests(DatabaseProvider.Postgres);
