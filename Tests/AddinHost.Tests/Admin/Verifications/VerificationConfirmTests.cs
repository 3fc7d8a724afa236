using System.Net;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Admin.Verifications;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Tests.Support;
using static OutlookReferralAddin.AddinHost.Tests.Admin.Verifications.Verification;

namespace OutlookReferralAddin.AddinHost.Tests.Admin.Verifications;

/// <summary>
/// Confirming the verification code end to end: pickup mail, real 7-Zip, the code read back, the worker's referral; a
/// wrong code uses one of five attempts (also when entered at once), the fifth voids the archive, and what is not a code uses none.
/// </summary>
public abstract class VerificationConfirmTests(DatabaseProvider provider)
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
    public async Task Confirm_UnknownVerification_Returns404()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        using var second = host.CreateSecondAdmin();

        using var response = await ConfirmAsync(second, Guid.NewGuid(), "123 456");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("verification_not_found", (await response.JsonAsync()).GetProperty("code").GetString());
    }
}

public sealed class VerificationConfirmSqliteTests() : VerificationConfirmTests(DatabaseProvider.Sqlite);

public sealed class VerificationConfirmPostgresTests() : VerificationConfirmTests(DatabaseProvider.Postgres);
