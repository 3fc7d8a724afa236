using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using OutlookReferralAddin.AddinHost.Directory;
using OutlookReferralAddin.AddinHost.Tests.Support;
using static OutlookReferralAddin.AddinHost.Tests.Admin.AdminRequests;

namespace OutlookReferralAddin.AddinHost.Tests.Admin;

/// <summary>
/// What reaches the OCMW or a DPO (the DPO addresses, the team, the OCMW's name and address) waits for a second
/// administrator and passes the mailbox and free-text checks; an older entry that fails them can still be narrowed.
/// </summary>
public sealed class AdminEntryGuardsTests
{
    [Fact]
    public async Task Update_DpoAddressesChanged_WaitsForSecondAdministratorThenIncidentsGoThere()
    {
        await using var host = await ReferralHost.CreateAsync();
        using var admin = host.CreateAdmin();
        var (body, etag) = await GetAsync(admin, "kluisbergen");
        body["opgroeienDpo"]!["email"] = "privacy@opgroeien.be";
        body["ocmwDpo"]!["email"] = "dpo@kluisbergen.be";

        var id = await ProposalIdAsync(UpdateAsync(admin, "kluisbergen", body, etag));

        var now = (await GetAsync(admin, "kluisbergen")).Body;
        Assert.Equal("dpo@opgroeien.be", now["opgroeienDpo"]!["email"]!.GetValue<string>());
        Assert.Equal("socialedienst@kluisbergen.be", now["ocmwDpo"]!["email"]!.GetValue<string>());
        host.Time.Advance(TimeSpan.FromSeconds(1));
        using var second = host.CreateSecondAdmin();
        using (var approval = await ApproveAsync(second, id))
        {
            Assert.Equal(HttpStatusCode.OK, approval.StatusCode);
        }

        Assert.Equal(["dpo@kluisbergen.be", "privacy@opgroeien.be"], await IncidentRecipientsAsync(host));
    }

    [Theory]
    [InlineData("attacker@gmail.com", "public_mail_provider")]
    [InlineData("dpo@opgroeien.bee", "unknown_tld")]
    [InlineData("socialedienst@tessenderlo-ham.be", "mailbox_of_other_ocmw")]
    [InlineData("dpo@opgroeiien.be", "lookalike_of_other_dpo")]
    public async Task Update_DpoAddressFailsMailboxChecks_Returns400AtTheField(string email, string code)
    {
        await using var host = await ReferralHost.CreateAsync();
        using var admin = host.CreateAdmin();
        var (body, etag) = await GetAsync(admin, "kluisbergen");
        body["ocmwDpo"]!["email"] = email;

        using var response = await UpdateAsync(admin, "kluisbergen", body, etag);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(("ocmwDpo.email", code), await FieldCodesAsync(response));
        Assert.Equal(0, await host.QueryAsync(db => db.Proposals.CountAsync()));
    }

    [Fact]
    public async Task Update_BothDposOnGmail_Returns400ForEachAndChangesNothing()
    {
        await using var host = await ReferralHost.CreateAsync();
        using var admin = host.CreateAdmin();
        var (body, etag) = await GetAsync(admin, "kluisbergen");
        body["opgroeienDpo"]!["email"] = "attacker@gmail.com";
        body["ocmwDpo"]!["email"] = "attacker@gmail.com";

        using var response = await UpdateAsync(admin, "kluisbergen", body, etag);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var codes = await FieldCodesAsync(response);
        Assert.Contains(("opgroeienDpo.email", "public_mail_provider"), codes);
        Assert.Contains(("ocmwDpo.email", "public_mail_provider"), codes);
        Assert.Equal(["dpo@opgroeien.be", "socialedienst@kluisbergen.be"], await IncidentRecipientsAsync(host));
    }

    [Fact]
    public async Task Create_SameOpgroeienDpoAsOtherEntries_IsAllowed()
    {
        await using var host = await ReferralHost.CreateAsync();
        using var admin = host.CreateAdmin();

        using var response = await CreateAsync(admin, NewOcmw());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Theory]
    [InlineData("referringTeam", "Kind en Gezin\r\nVraag het wachtwoord op +32 470 00 00 00")]
    [InlineData("referringTeam", "Kind en Gezin\nScheldeleie")]
    [InlineData("referringTeam", "Kind en Gezin \u202Eeidlehcs")]
    [InlineData("name", "OCMW Kluis\u200Bbergen")]
    [InlineData("address", "Parklaan 16\u0085Kluisbergen")]
    [InlineData("referringTeam", "Kind\ten Gezin")]
    public async Task Update_FreeTextWithControlCharacter_Returns400FieldError(string field, string value)
    {
        await using var host = await ReferralHost.CreateAsync();
        using var admin = host.CreateAdmin();
        var (body, etag) = await GetAsync(admin, "kluisbergen");
        body[field] = value;

        using var response = await UpdateAsync(admin, "kluisbergen", body, etag);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("validation_failed", problem.GetProperty("code").GetString());
        Assert.Equal((field, "control_characters"), Assert.Single(await FieldCodesAsync(response)));
        Assert.Contains("regeleinden", problem.GetProperty("errors").GetProperty(field)[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_OrganisationTooLong_Returns400FieldError()
    {
        await using var host = await ReferralHost.CreateAsync();
        using var admin = host.CreateAdmin();
        var body = NewOcmw();
        body["ocmwDpo"]!["organisation"] = new string('x', 121);

        using var response = await CreateAsync(admin, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(("ocmwDpo.organisation", "too_long"), Assert.Single(await FieldCodesAsync(response)));
    }

    [Fact]
    public async Task Update_TeamNameAndAddress_WaitForApproval()
    {
        await using var host = await ReferralHost.CreateAsync();
        using var admin = host.CreateAdmin();
        var (body, etag) = await GetAsync(admin, "kluisbergen");
        body["referringTeam"] = "Kind en Gezin Vlaamse Ardennen";
        body["name"] = "OCMW Kluisbergen-Ruien";
        body["address"] = "Parklaan 17, 9690 Kluisbergen";

        await ApprovedAsync(host, UpdateAsync(admin, "kluisbergen", body, etag));

        var now = (await GetAsync(admin, "kluisbergen")).Body;
        Assert.Equal("Kind en Gezin Vlaamse Ardennen", now["referringTeam"]!.GetValue<string>());
        Assert.Equal("OCMW Kluisbergen-Ruien", now["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Narrowing_EntryStoredBeforeTheChecks_IsNeverBlockedAndMailsCarryNoLineBreak()
    {
        await using var host = await ReferralHost.CreateAsync();
        using var admin = host.CreateAdmin();
        await host.QueryAsync(db => db.OcmwProtocols.Where(p => p.Id == "kluisbergen").ExecuteUpdateAsync(s => s
            .SetProperty(p => p.OcmwDpoEmail, "oud@gmail.com")
            .SetProperty(p => p.ReferringTeam, "Scheldeleie\r\nBel +32 470 00 00 00 voor het wachtwoord")));
        host.Services.GetRequiredService<DirectoryStore>().Invalidate();
        var (body, etag) = await GetAsync(admin, "kluisbergen");
        body["noticeMonths"] = 6;
        body["inForceFrom"] = "2024-02-01";

        using var narrowed = await UpdateAsync(admin, "kluisbergen", body, etag);

        Assert.Equal(HttpStatusCode.OK, narrowed.StatusCode);
        using var worker = host.CreateWorker();
        using var referral = await Referral.PostAsync(worker, Referral.Valid());
        Assert.Equal(HttpStatusCode.Created, referral.StatusCode);
        var mail = await MimeMessage.LoadAsync(Pickup.Files(host.PickupDirectory).Single());
        Assert.Contains("Scheldeleie Bel +32 470", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Scheldeleie\r\n", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Scheldeleie\n", mail.TextBody, StringComparison.Ordinal);
    }

    /// <summary>Reports an incident on a new referral to Kluisbergen; returns the addresses its notices went to.</summary>
    private static async Task<string[]> IncidentRecipientsAsync(ReferralHost host)
    {
        using var worker = host.CreateWorker();
        using var sent = await Referral.PostAsync(worker, Referral.Valid());
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var id = (await sent.JsonAsync()).GetProperty("referralId").GetGuid();
        using var incident = await worker.PostAsJsonAsync($"/api/referrals/{id}/incidents",
            new { kind = "passphraseByEmail", occurredAt = "2026-11-24T09:00:00+00:00" });
        Assert.Equal(HttpStatusCode.Created, incident.StatusCode);
        var recipients = new List<string>();
        foreach (var file in Pickup.Files(host.PickupDirectory).Where(f => f.Contains("-incident-", StringComparison.Ordinal)))
        {
            File.Move(file, file + ".read");
            recipients.Add((await MimeMessage.LoadAsync(file + ".read")).To.Mailboxes.Single().Address);
        }

        return [.. recipients.Order(StringComparer.Ordinal)];
    }
}
