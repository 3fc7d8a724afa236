using System.Net;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Admin.Verifications;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Tests.Support;
using static OutlookReferralAddin.AddinHost.Tests.Admin.Verifications.Verification;

namespace OutlookReferralAddin.AddinHost.Tests.Admin.Verifications;

/// <summary>
/// Sending the verification archive: only to an agreed mailbox of a known entry, only by an administrator; a newer
/// archive supersedes the first, and neither the passphrase nor the code is kept in the database, the audit or the log.
/// </summary>
public abstract class VerificationSendTests(DatabaseProvider provider)
{
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
}

public sealed class VerificationSendSqliteTests() : VerificationSendTests(DatabaseProvider.Sqlite);

public sealed class VerificationSendPostgresTests() : VerificationSendTests(DatabaseProvider.Postgres);
