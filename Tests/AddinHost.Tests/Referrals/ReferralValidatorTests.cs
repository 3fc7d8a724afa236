using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Referrals;

/// <summary>
/// The recipient of a referral from the outside: what reaches the pickup folder, the fake Graph, the database, the
/// referral view and the register when a caller types the agreed mailbox in another spelling or wraps it in something.
/// </summary>
public sealed class ReferralValidatorTests
{
    private const string Mailbox = "socialedienst@kluisbergen.be";

    public static TheoryData<string, string> Wrapped => new()
    {
        { $"\"{Referral.GivenName} {Referral.FamilyName} {Referral.Phone}\" <{Mailbox}>", "not_bare_address" },
        { $"{Referral.FamilyName} <{Mailbox}>", "not_bare_address" },
        { $"<{Mailbox}>", "not_bare_address" },
        { $"mailto:{Mailbox}", "not_bare_address" },
        { $"<mailto:{Mailbox}>", "not_bare_address" },
        { $"{Mailbox}.", "not_bare_address" },
        { $"\"a\\\"b\" <{Mailbox}>", "not_bare_address" },
        { $"=?utf-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(Referral.FamilyName))}?= <{Mailbox}>", "not_bare_address" },
        { $"{Mailbox}, {Referral.Email}", "invalid_address" },
        { $"{Mailbox}; {Mailbox}", "invalid_address" },
        { $"{Referral.FamilyName} <{Mailbox}>, {Mailbox}", "invalid_address" },
        { $"{Mailbox} ({Referral.FamilyName})", "invalid_address" },
        { $"socialedienst(x)@kluisbergen.be", "invalid_address" },
        { $"Undisclosed:{Mailbox};", "invalid_address" },
        { $"\"{Mailbox}\"", "invalid_address" },
    };

    [Theory]
    [MemberData(nameof(Wrapped))]
    public async Task Post_RecipientNotBare_IsRefusedWithCodeAndNothingLeaves(string recipient, string code)
    {
        await using var host = await ReferralHost.CreateAsync();

        using var response = await Referral.PostAsync(host.CreateWorker(), Referral.Valid(recipient: recipient));

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = await response.JsonAsync();
        Assert.Equal("recipient_not_allowed", json.GetProperty("code").GetString());
        var verdict = json.GetProperty("verdicts")[0];
        Assert.Equal(("blocked", code), (verdict.GetProperty("verdict").GetString(), verdict.GetProperty("code").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(verdict.GetProperty("message").GetString()));
        Assert.All(Referral.PersonalValues, v => Assert.DoesNotContain(v, text, StringComparison.OrdinalIgnoreCase));
        Assert.Empty(Pickup.Files(host.PickupDirectory));
        Assert.Equal(0, await host.QueryAsync(db => db.ConsentRecords.CountAsync()));
    }

    [Fact]
    public async Task Post_AgreedMailboxInOtherCase_EmlRegisterViewAndCsvCarryTheDirectoryMailbox()
    {
        await using var host = await ReferralHost.CreateAsync();
        const string Typed = "  SocialeDienst@KLUISBERGEN.be ";

        using var response = await Referral.PostAsync(host.CreateWorker(), Referral.Valid(recipient: Typed));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.JsonAsync()).GetProperty("referralId").GetGuid();
        var eml = Assert.Single(Pickup.Files(host.PickupDirectory));
        var raw = await File.ReadAllTextAsync(eml);
        var to = raw.Split('\n').Select(l => l.TrimEnd('\r')).Single(l => l.StartsWith("To:", StringComparison.Ordinal));
        Assert.Equal($"To: {Mailbox}", to);
        Assert.Equal(Mailbox, await host.QueryAsync(db => db.ConsentRecords.Select(r => r.RecipientMailbox).SingleAsync()));
        using var view = await host.CreateWorker().GetAsync($"/api/referrals/{id}");
        Assert.Equal(Mailbox, (await view.JsonAsync()).GetProperty("recipient").GetString());
        using var csv = await host.CreateDpo().GetAsync("/api/admin/consents?format=csv");
        var register = await csv.Content.ReadAsStringAsync();
        Assert.Contains(Mailbox, register, StringComparison.Ordinal);
        Assert.DoesNotContain("KLUISBERGEN", register, StringComparison.Ordinal);
        using var list = await host.CreateDpo().GetAsync("/api/admin/consents");
        Assert.Equal(Mailbox, (await list.JsonAsync()).GetProperty("items")[0].GetProperty("recipient").GetString());
    }

    [Fact]
    public async Task Post_AgreedMailboxInOtherCase_GraphGetsTheDirectoryMailboxOnly()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        await using var host = await ReferralHost.CreateAsync(graph: graph);

        using var response = await Referral.PostAsync(host.CreateWorker(), Referral.Valid(recipient: "SOCIALEDIENST@kluisbergen.BE"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var request = Assert.Single(graph.Requests).Json;
        var message = (request["Message"] ?? request["message"])!;
        var recipient = Assert.Single(message["toRecipients"]!.AsArray())!["emailAddress"]!.AsObject();
        Assert.Equal(Mailbox, (string?)recipient["address"]);
        Assert.False(recipient.ContainsKey("name"));
        Assert.Null(message["ccRecipients"]);
        Assert.Null(message["bccRecipients"]);
    }

    [Fact]
    public async Task Post_WorkerNameMimeKitCannotRead_IsSentNotLeftPending()
    {
        await using var host = await ReferralHost.CreateAsync();

        using var response = await Referral.PostAsync(host.CreateWorker("kapot \"<@>"), Referral.Valid());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Single(Pickup.Files(host.PickupDirectory));
        Assert.Equal(ReferralStatus.Sent, await host.QueryAsync(db => db.ConsentRecords.Select(r => r.Status).SingleAsync()));
    }
}
