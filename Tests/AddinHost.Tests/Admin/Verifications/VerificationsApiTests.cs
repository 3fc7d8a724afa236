using System.Net;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Admin.Verifications;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Tests.Support;
using static OutlookReferralAddin.AddinHost.Tests.Admin.Verifications.Verification;

namespace OutlookReferralAddin.AddinHost.Tests.Admin.Verifications;

/// <summary>The verification archive end to end: pickup mail, real 7-Zip, the code read back, the worker's referral.</summary>
public abstract class VerificationsApiTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Confirm_CodeFromArchive_VerifiesMailboxAndReferralsGoThrough()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        await host.ForgetSeedVerificationsAsync();
        using var admin = host.CreateAdmin();
        using var second = host.CreateSecondAdmin();
        using var worker = host.CreateWorker();
        using (var refused = await Referral.PostAsync(worker, Referral.Valid()))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            var problem = await refused.JsonAsync();
            Assert.Equal("mailbox_not_verified", problem.GetProperty("code").GetString());
            Assert.Contains("nog niet geverifieerd", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        }

        Assert.Empty(Pickup.Files(host.PickupDirectory));
        Assert.Equal(0, await host.QueryAsync(db => db.ConsentRecords.CountAsync()));

        var (id, reference, passphrase, code, eml) = await SendAndOpenAsync(host, admin, mailbox: " SocialeDienst@Kluisbergen.be");

        var (message, _, name, contentType) = await Pickup.ReadAsync(eml);
        Assert.Equal(Mailbox, message.To.Mailboxes.Single().Address);
        Assert.Equal($"verificatie-{reference}.7z", name);
        Assert.Equal("application/x-7z-compressed", contentType);
        Assert.Contains(reference, message.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain(passphrase, message.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(code, message.ToString(), StringComparison.Ordinal);
        var pending = await StateAsync(admin);
        Assert.Equal("pending", pending.GetProperty("state").GetString());
        Assert.Equal(id, pending.GetProperty("verificationId").GetGuid());
        Assert.Equal(5, pending.GetProperty("attemptsLeft").GetInt32());

        using var confirmed = await ConfirmAsync(second, id, code.Replace(' ', '-'));

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var body = await confirmed.JsonAsync();
        Assert.Equal("verified", body.GetProperty("status").GetString());
        Assert.Equal(AdminRequests.SecondAdminUpn, body.GetProperty("verifiedBy").GetString());
        Assert.Equal(ReferralHost.Start, body.GetProperty("verifiedAt").GetDateTimeOffset());
        var state = await StateAsync(admin);
        Assert.Equal("verified", state.GetProperty("state").GetString());
        Assert.Equal(AdminRequests.SecondAdminUpn, state.GetProperty("verifiedBy").GetString());
        using var referral = await Referral.PostAsync(worker, Referral.Valid());
        Assert.Equal(HttpStatusCode.Created, referral.StatusCode);
    }

    [Fact]
    public async Task Send_Archive_StoresNeitherPassphraseNorCode()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        await host.ForgetSeedVerificationsAsync();
        using var admin = host.CreateAdmin();

        var (id, _, passphrase, code, _) = await SendAndOpenAsync(host, admin);

        var row = await host.QueryAsync(db => db.MailboxVerifications.AsNoTracking().SingleAsync(v => v.Id == id));
        Assert.Equal(64, row.CodeHash.Length);
        var digits = code.Replace(" ", "", StringComparison.Ordinal);
        var audit = await host.QueryAsync(db => db.AuditEntries.AsNoTracking().Select(a => a.After).ToListAsync());
        foreach (var text in audit.Append(System.Text.Json.JsonSerializer.Serialize(row)))
        {
            Assert.DoesNotContain(passphrase, text, StringComparison.Ordinal);
            Assert.DoesNotContain(digits, text, StringComparison.Ordinal);
            Assert.DoesNotContain(code, text, StringComparison.Ordinal);
        }

        foreach (var line in host.Logs.Lines)
        {
            Assert.DoesNotContain(passphrase, line, StringComparison.Ordinal);
            Assert.DoesNotContain(code, line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Confirm_FiveWrongCodes_VoidsArchiveUntilANewOneIsSent()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        await host.ForgetSeedVerificationsAsync();
        using var admin = host.CreateAdmin();
        using var second = host.CreateSecondAdmin();
        using var worker = host.CreateWorker();
        var (id, _, _, code, _) = await SendAndOpenAsync(host, admin);

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await ConfirmAsync(second, id, Wrong(code, attempt));
            Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
            var problem = await wrong.JsonAsync();
            Assert.Equal("verification_code_wrong", problem.GetProperty("code").GetString());
            Assert.Equal(5 - attempt, problem.GetProperty("attemptsLeft").GetInt32());
        }

        using (var fifth = await ConfirmAsync(second, id, Wrong(code, 5)))
        {
            Assert.Equal(HttpStatusCode.Conflict, fifth.StatusCode);
            Assert.Equal("verification_voided", (await fifth.JsonAsync()).GetProperty("code").GetString());
        }

        using (var right = await ConfirmAsync(second, id, code))
        {
            Assert.Equal(HttpStatusCode.Conflict, right.StatusCode);
            Assert.Equal("verification_voided", (await right.JsonAsync()).GetProperty("code").GetString());
        }

        var state = await StateAsync(admin);
        Assert.Equal("unverified", state.GetProperty("state").GetString());
        Assert.Equal("voided", state.GetProperty("lastOutcome").GetString());
        using (var refused = await Referral.PostAsync(worker, Referral.Valid()))
        {
            Assert.Equal("mailbox_not_verified", (await refused.JsonAsync()).GetProperty("code").GetString());
        }

        var (next, _, _, secondCode, _) = await SendAndOpenAsync(host, admin);
        using var confirmed = await ConfirmAsync(second, next, secondCode);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
    }

    [Fact]
    public async Task Confirm_ConcurrentWrongCodes_NeverMoreThanFiveAttempts()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        await host.ForgetSeedVerificationsAsync();
        using var admin = host.CreateAdmin();
        using var second = host.CreateSecondAdmin();
        var (id, _, _, code, _) = await SendAndOpenAsync(host, admin);

        var answers = await Task.WhenAll(Enumerable.Range(1, 12).Select(async n =>
        {
            using var response = await ConfirmAsync(second, id, Wrong(code, 1 + (n % 9)));
            return response.StatusCode;
        }));

        Assert.Equal(4, answers.Count(s => s == HttpStatusCode.UnprocessableEntity));
        Assert.Equal(8, answers.Count(s => s == HttpStatusCode.Conflict));
        var row = await host.QueryAsync(db => db.MailboxVerifications.AsNoTracking().SingleAsync(v => v.Id == id));
        Assert.Equal(5, row.Attempts);
        Assert.Equal(VerificationStatus.Voided, row.Status);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("abc def")]
    [InlineData("")]
    public async Task Confirm_NotACode_Returns400AndKeepsAttempts(string entered)
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        await host.ForgetSeedVerificationsAsync();
        using var admin = host.CreateAdmin();
        using var second = host.CreateSecondAdmin();
        var (id, _, _, _, _) = await SendAndOpenAsync(host, admin);

        using var response = await ConfirmAsync(second, id, entered);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var (field, _) = Assert.Single(await response.CodesAsync());
        Assert.Equal("code", field);
        Assert.Equal(5, (await StateAsync(admin)).GetProperty("attemptsLeft").GetInt32());
    }

    [Fact]
    public async Task Send_SecondArchive_SupersedesTheFirstCode()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        await host.ForgetSeedVerificationsAsync();
        using var admin = host.CreateAdmin();
        using var second = host.CreateSecondAdmin();
        var (first, _, _, firstCode, _) = await SendAndOpenAsync(host, admin);
        var (newer, _, _, secondCode, _) = await SendAndOpenAsync(host, admin);

        using var old = await ConfirmAsync(second, first, firstCode);

        Assert.Equal(HttpStatusCode.Conflict, old.StatusCode);
        Assert.Equal("verification_superseded", (await old.JsonAsync()).GetProperty("code").GetString());
        using var current = await ConfirmAsync(second, newer, secondCode);
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
    }

    [Theory]
    [InlineData("onthaal@kluisbergen.be", "mailbox_not_in_entry")]
    [InlineData("socialedienst@tessenderlo-ham.be", "mailbox_not_in_entry")]
    [InlineData(null, "required")]
    public async Task Send_NotAnAgreedMailboxOfTheEntry_Returns400AndSendsNothing(string? mailbox, string code)
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();

        using var response = await SendAsync(admin, "kluisbergen", mailbox);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(("mailbox", code), Assert.Single(await response.CodesAsync()));
        Assert.Empty(Pickup.Files(host.PickupDirectory));
        Assert.Equal(0, await host.QueryAsync(db => db.MailboxVerifications.CountAsync(v => v.Status == VerificationStatus.Pending)));
    }

    [Fact]
    public async Task Send_UnknownOcmw_Returns404()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();

        using var response = await SendAsync(admin, "nergens", Mailbox);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("ocmw_not_found", (await response.JsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Confirm_UnknownVerification_Returns404()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        using var second = host.CreateSecondAdmin();

        using var response = await ConfirmAsync(second, Guid.NewGuid(), "123 456");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("verification_not_found", (await response.JsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Endpoints_Worker_Returns403()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var worker = host.CreateWorker();

        using var send = await SendAsync(worker, "kluisbergen", Mailbox);
        using var confirm = await ConfirmAsync(worker, Guid.NewGuid(), "123 456");
        using var list = await worker.GetAsync(new Uri("/api/admin/verifications", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, send.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, confirm.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Empty(Pickup.Files(host.PickupDirectory));
    }

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

public sealed class VerificationsApiSqliteTests() : VerificationsApiTests(DatabaseProvider.Sqlite);

public sealed class VerificationsApiPostgresTests() : VerificationsApiTests(DatabaseProvider.Postgres);
