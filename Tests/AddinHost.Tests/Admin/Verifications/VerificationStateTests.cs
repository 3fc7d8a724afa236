using System.Net;
using OutlookReferralAddin.AddinHost.Admin.Verifications;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Tests.Support;
using static OutlookReferralAddin.AddinHost.Tests.Admin.Verifications.Verification;

namespace OutlookReferralAddin.AddinHost.Tests.Admin.Verifications;

/// <summary>
/// A mailbox's verification state and the referral: the Development seed starts verified, a changed address loses its
/// verification (also when changed back), and without the requirement referrals go to an unverified mailbox.
/// </summary>
public abstract class VerificationStateTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Development_Seed_IsVerifiedSoReferralsWorkAtOnce()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();

        var state = await StateAsync(admin);

        Assert.Equal("verified", state.GetProperty("state").GetString());
        Assert.Equal(VerificationSeed.Actor, state.GetProperty("verifiedBy").GetString());
        Assert.Equal("verified", (await StateAsync(admin, "socialedienst@tessenderlo-ham.be")).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Referral_VerificationNotRequired_GoesToUnverifiedMailbox()
    {
        await using var host = await ReferralHost.CreateAsync(provider, settings: new Dictionary<string, string?>
        {
            ["Directory:RequireVerifiedMailboxes"] = "false",
        });
        await host.ForgetSeedVerificationsAsync();
        using var worker = host.CreateWorker();

        using var response = await Referral.PostAsync(worker, Referral.Valid());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Update_MailboxAddressChanged_ClearsItsVerification()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        Assert.Equal("verified", (await StateAsync(admin)).GetProperty("state").GetString());
        var (body, etag) = await AdminRequests.GetAsync(admin, "kluisbergen");

        body["mailboxes"] = new System.Text.Json.Nodes.JsonArray("sociale.dienst@kluisbergen.be");
        using (var changed = await AdminRequests.UpdateAsync(admin, "kluisbergen", body, etag))
        {
            Assert.True(changed.IsSuccessStatusCode, changed.StatusCode.ToString());
        }

        await ApproveAllAsync(host);
        Assert.Equal("unverified", (await StateAsync(admin, "sociale.dienst@kluisbergen.be")).GetProperty("state").GetString());
        (body, etag) = await AdminRequests.GetAsync(admin, "kluisbergen");
        body["mailboxes"] = new System.Text.Json.Nodes.JsonArray(Mailbox);
        using (var back = await AdminRequests.UpdateAsync(admin, "kluisbergen", body, etag))
        {
            Assert.True(back.IsSuccessStatusCode, back.StatusCode.ToString());
        }

        await ApproveAllAsync(host);
        Assert.Equal("unverified", (await StateAsync(admin)).GetProperty("state").GetString());
        using var worker = host.CreateWorker();
        using var refused = await Referral.PostAsync(worker, Referral.Valid());
        Assert.Equal("mailbox_not_verified", (await refused.JsonAsync()).GetProperty("code").GetString());
    }

    /// <summary>Four eyes: a widening change waits for a second administrator, who approves every pending proposal here.</summary>
    private static async Task ApproveAllAsync(ReferralHost host)
    {
        using var second = host.CreateSecondAdmin();
        using var list = await second.GetAsync(new Uri("/api/admin/proposals?status=pending", UriKind.Relative));
        foreach (var proposal in (await list.JsonAsync()).EnumerateArray())
        {
            using var approval = await AdminRequests.ApproveAsync(second, proposal.GetProperty("id").GetString()!);
            approval.EnsureSuccessStatusCode();
        }
    }
}

public sealed class VerificationStateSqliteTests() : VerificationStateTests(DatabaseProvider.Sqlite);

public sealed class VerificationStatePostgresTests() : VerificationStateTests(DatabaseProvider.Postgres);
