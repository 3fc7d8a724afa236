using System.Net;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Tests.Support;
using static OutlookReferralAddin.AddinHost.Tests.Admin.Verifications.Verification;

namespace OutlookReferralAddin.AddinHost.Tests.Admin.Verifications;

/// <summary>Four eyes on the verification code, the cap on re-sending, and the audit of every send and attempt.</summary>
public sealed class VerificationGuardsTests
{
    [Fact]
    public async Task Confirm_BySender_Returns403AndUsesNoAttempt()
    {
        await using var host = await ReferralHost.CreateAsync();
        await host.ForgetSeedVerificationsAsync();
        using var admin = host.CreateAdmin();
        var (id, _, _, code, _) = await SendAndOpenAsync(host, admin);

        using var own = await ConfirmAsync(admin, id, code);

        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
        Assert.Equal("own_verification", (await own.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal("pending", (await StateAsync(admin)).GetProperty("state").GetString());
        Assert.Equal(5, (await StateAsync(admin)).GetProperty("attemptsLeft").GetInt32());
        using var second = host.CreateSecondAdmin();
        using var confirmed = await ConfirmAsync(second, id, code);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
    }

    [Fact]
    public async Task Send_FourthArchiveWithin24Hours_Returns429AndSendsNothing()
    {
        await using var host = await ReferralHost.CreateAsync();
        await host.ForgetSeedVerificationsAsync();
        using var admin = host.CreateAdmin();
        for (var i = 0; i < 3; i++)
        {
            await SendAndOpenAsync(host, admin);
            host.Time.Advance(TimeSpan.FromHours(1));
        }

        var mails = Pickup.Files(host.PickupDirectory).Count;
        using var fourth = await SendAsync(admin, "kluisbergen", Mailbox);

        Assert.Equal((HttpStatusCode)429, fourth.StatusCode);
        var problem = await fourth.JsonAsync();
        Assert.Equal("verification_limit_reached", problem.GetProperty("code").GetString());
        Assert.Contains("24 uur", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(mails, Pickup.Files(host.PickupDirectory).Count);
        host.Time.Advance(TimeSpan.FromHours(22));
        await SendAndOpenAsync(host, admin);
    }

    [Fact]
    public async Task SendAndConfirm_EveryStep_IsAudited()
    {
        await using var host = await ReferralHost.CreateAsync();
        await host.ForgetSeedVerificationsAsync();
        using var admin = host.CreateAdmin();
        using var second = host.CreateSecondAdmin();
        var (id, _, _, code, _) = await SendAndOpenAsync(host, admin);

        foreach (var (client, entered) in new[] { (admin, code), (second, Wrong(code, 1)), (second, code) })
        {
            // One second apart: the audit trail is read in time order.
            host.Time.Advance(TimeSpan.FromSeconds(1));
            using var _ = await ConfirmAsync(client, id, entered);
        }

        var actions = await host.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "mailbox").OrderBy(a => a.At).ThenBy(a => a.Id).Select(a => a.Action + " " + a.ActorUpn).ToListAsync());
        Assert.Equal(
            [
                "verification_sent admin@opgroeien.be",
                "verify_own_refused admin@opgroeien.be",
                "verify_code_wrong " + AdminRequests.SecondAdminUpn,
                "mailbox_verified " + AdminRequests.SecondAdminUpn,
            ],
            actions);
    }
}
