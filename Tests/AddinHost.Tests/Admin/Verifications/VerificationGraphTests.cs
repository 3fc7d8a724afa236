using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Admin.Verifications;
using OutlookReferralAddin.AddinHost.Tests.Support;
using static OutlookReferralAddin.AddinHost.Tests.Admin.Verifications.Verification;

namespace OutlookReferralAddin.AddinHost.Tests.Admin.Verifications;

/// <summary>The verification archive takes the referral's Graph path: /me/sendMail on behalf of the administrator.</summary>
public sealed partial class VerificationGraphTests
{
    [Fact]
    public async Task Send_GraphMode_PostsArchiveThatOpensAndWhoseCodeConfirms()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        await using var host = await ReferralHost.CreateAsync(graph: graph);
        await host.ForgetSeedVerificationsAsync();
        using var admin = host.CreateAdmin();

        using var response = await SendAsync(admin, "kluisbergen", Mailbox);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        var reference = body.GetProperty("reference").GetString()!;
        var request = Assert.Single(graph.Requests);
        Assert.Equal("/v1.0/me/sendMail", request.Path);
        var message = request.Json["Message"] ?? request.Json["message"];
        Assert.Equal(Mailbox, (string?)message!["toRecipients"]![0]!["emailAddress"]!["address"]);
        Assert.Contains(reference, (string?)message["subject"], StringComparison.Ordinal);
        var attachment = Assert.Single(message["attachments"]!.AsArray())!;
        Assert.Equal($"verificatie-{reference}.7z", (string?)attachment["name"]);
        var files = await SevenZip.ExtractAsync(Convert.FromBase64String((string)attachment["contentBytes"]!), body.GetProperty("passphrase").GetString()!);
        var text = Encoding.UTF8.GetString(Assert.Single(files).Value);
        Assert.Contains("geen gegevens van cliënten", text, StringComparison.Ordinal);
        Assert.Contains("admin@opgroeien.be", text, StringComparison.Ordinal);
        var code = CodeLine().Match(text).Groups[1].Value;
        Assert.DoesNotContain(code, (string)message["body"]!["content"]!, StringComparison.Ordinal);

        using var second = host.CreateSecondAdmin();
        using var confirmed = await ConfirmAsync(second, body.GetProperty("verificationId").GetGuid(), code);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
    }

    [Fact]
    public async Task Send_GraphRefuses_Returns502AndRecordsNotSent()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        graph.Default = new GraphAnswer(400);
        await using var host = await ReferralHost.CreateAsync(graph: graph);
        await host.ForgetSeedVerificationsAsync();
        using var admin = host.CreateAdmin();

        using var response = await SendAsync(admin, "kluisbergen", Mailbox);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("mail_send_failed", problem.GetProperty("code").GetString());
        Assert.False(problem.TryGetProperty("passphrase", out _));
        var row = await host.QueryAsync(db => db.MailboxVerifications.AsNoTracking().SingleAsync());
        Assert.Equal(VerificationStatus.NotSent, row.Status);
        Assert.Equal("unverified", (await StateAsync(admin)).GetProperty("state").GetString());
    }

    [GeneratedRegex(@"UW CODE: (\d{3} \d{3})")]
    private static partial Regex CodeLine();
}
