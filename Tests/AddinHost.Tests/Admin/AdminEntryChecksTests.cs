using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Tests.Support;
using static OutlookReferralAddin.AddinHost.Tests.Admin.AdminRequests;

namespace OutlookReferralAddin.AddinHost.Tests.Admin;

/// <summary>
/// The checks on a new or changed entry, through POST/PUT /api/admin/ocmws: each refusal at its field, naming what it
/// conflicts with, all in one answer; warnings that go through only when confirmed. Nothing is proposed or stored when
/// refused. The OCR errors of the real protocols (heuvelland.he, tessenderlo-harn.be) and the lookalike of the issue
/// (kluisbergem.be) are cases here.
/// </summary>
public abstract class AdminEntryChecksTests(DatabaseProvider provider)
{
    /// <summary>One entry of the new OCMW with its mailbox on <paramref name="domain"/>.</summary>
    private static JsonObject OnDomain(string domain, string name = "OCMW Oudenaarde", string id = NewId)
    {
        var body = NewOcmw(id);
        body["name"] = name;
        body["domains"] = new JsonArray(domain);
        body["mailboxes"] = new JsonArray("socialedienst@" + domain);
        return body;
    }

    public static TheoryData<string, string, string[]> RefusedDomains => new()
    {
        // The Tessenderlo-Ham protocol's OCR reads .be as .he.
        { "heuvelland.he", "OCMW Heuvelland", ["domains[0]:unknown_tld", "mailboxes[0]:unknown_tld"] },
        { "gmail.com", "OCMW Oudenaarde", ["domains[0]:public_mail_provider", "mailboxes[0]:public_mail_provider"] },
        { "telenet.be", "OCMW Oudenaarde", ["domains[0]:public_mail_provider", "mailboxes[0]:public_mail_provider"] },
        { "proximus.be", "OCMW Oudenaarde", ["domains[0]:public_mail_provider", "mailboxes[0]:public_mail_provider"] },
        { "mail.scarlet.be", "OCMW Oudenaarde", ["domains[0]:public_mail_provider", "mailboxes[0]:public_mail_provider"] },
        // The issue's "OCMW Kluis": one letter from Kluisbergen's agreed domain.
        { "kluisbergem.be", "OCMW Kluis", ["mailboxes[0]:lookalike_of_other_ocmw", "domains[0]:lookalike_of_other_ocmw"] },
        // The other OCR error, now as a new entry beside the real Tessenderlo-Ham.
        { "tessenderlo-harn.be", "OCMW Tessenderlo-Harn", ["mailboxes[0]:lookalike_of_other_ocmw", "domains[0]:lookalike_of_other_ocmw"] },
        { "kluisbergen.be", "OCMW Oudenaarde", ["mailboxes[0]:mailbox_of_other_ocmw", "domains[0]:domain_of_other_ocmw"] },
    };

    [Theory]
    [MemberData(nameof(RefusedDomains))]
    public async Task Create_RefusedDomain_Returns400AtDomainAndMailboxAndProposesNothing(string domain, string name, string[] expected)
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();

        using var response = await CreateAsync(admin, OnDomain(domain, name));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("validation_failed", (await response.JsonAsync()).GetProperty("code").GetString());
        var codes = (await FieldCodesAsync(response)).Select(c => $"{c.Field}:{c.Code}").ToList();
        Assert.All(expected, e => Assert.Contains(e, codes));
        Assert.Equal(0, await host.QueryAsync(db => db.Proposals.CountAsync()));
        Assert.Equal(0, await host.QueryAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task Create_LookalikeOfOtherEntry_NamesTheOtherOcmwAndItsMailbox()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();

        using var response = await CreateAsync(admin, OnDomain("kluisbergem.be", "OCMW Kluis"));

        var message = (await response.JsonAsync()).GetProperty("errors").GetProperty("mailboxes[0]")[0].GetString()!;
        Assert.Contains("OCMW Kluisbergen", message, StringComparison.Ordinal);
        Assert.Contains("socialedienst@kluisbergen.be", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_ManyProblems_ReportsAllInOneRoundEachNamingItsConflict()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        var body = OnDomain("kluisbergem.be", "OCMW Kluis");
        body["kboNumber"] = "0212.334.483";
        body["postalCodes"] = new JsonArray("9690", "9999");

        using var response = await CreateAsync(admin, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var codes = (await FieldCodesAsync(response)).Select(c => $"{c.Field}:{c.Code}").ToList();
        Assert.Contains("mailboxes[0]:lookalike_of_other_ocmw", codes);
        Assert.Contains("kboNumber:kbo_of_other_ocmw", codes);
        Assert.Contains("postalCodes[0]:postcode_in_other_protocol", codes);
        Assert.Contains("postalCodes[1]:invalid_postcode", codes);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Contains("OCMW Kluisbergen", errors.GetProperty("kboNumber")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("OCMW Kluisbergen", errors.GetProperty("postalCodes[0]")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0000", "invalid_postcode")]
    [InlineData("0999", "invalid_postcode")]
    [InlineData("9993", "invalid_postcode")]
    [InlineData("9999", "invalid_postcode")]
    public async Task Create_PostcodeOutsideBelgianRange_Returns400(string postcode, string code)
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        var body = NewOcmw();
        body["postalCodes"] = new JsonArray(postcode);

        using var response = await CreateAsync(admin, body);

        Assert.Equal(("postalCodes[0]", code), Assert.Single(await FieldCodesAsync(response)));
    }

    [Theory]
    [InlineData("9992")]
    [InlineData("1000")]
    public async Task Create_PostcodeAtEdgeOfRange_IsProposed(string postcode)
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        var body = NewOcmw();
        body["postalCodes"] = new JsonArray(postcode);

        using var response = await CreateAsync(admin, body);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task Create_KboOfAnotherOcmw_Returns400NamingIt()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        var body = NewOcmw();
        body["kboNumber"] = "0216772234";

        using var response = await CreateAsync(admin, body);

        Assert.Equal(("kboNumber", "kbo_of_other_ocmw"), Assert.Single(await FieldCodesAsync(response)));
        Assert.Contains("OCMW Tessenderlo-Ham", (await response.JsonAsync()).GetProperty("errors").GetProperty("kboNumber")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_PostcodeAfterOtherProtocolEnded_IsProposed()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        (await EndAsync(admin, "kluisbergen", "2026-12-01")).Dispose();
        var body = NewOcmw();
        body["postalCodes"] = new JsonArray("9690");
        body["inForceFrom"] = "2026-12-01";

        using var response = await CreateAsync(admin, body);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    public static TheoryData<string, string, string[]> Warned => new()
    {
        // A fresh directory has no Tessenderlo-Ham to be a lookalike of: the municipality's name still catches the OCR error.
        { "tessenderlo-harn.be", "OCMW Tessenderlo-Ham", ["domains[0]:domain_lacks_municipality"] },
        { "oudenaarde.eu", "OCMW Oudenaarde", ["domains[0]:domain_not_be"] },
        { "sociaalhuis.be", "OCMW Oudenaarde", ["domains[0]:domain_lacks_municipality"] },
        { "ocmw-vlaanderen.org", "OCMW Oudenaarde", ["domains[0]:domain_not_be", "domains[0]:domain_lacks_municipality"] },
    };

    [Theory]
    [MemberData(nameof(Warned))]
    public async Task Create_WarnedDomain_NeedsExplicitConfirmation(string domain, string name, string[] expected)
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        await host.QueryAsync(db => db.OcmwProtocols.Where(p => p.Id == "tessenderlo-ham").ExecuteDeleteAsync());
        using var admin = host.CreateAdmin();
        var body = OnDomain(domain, name);

        using var unconfirmed = await CreateAsync(admin, body);

        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        var json = await unconfirmed.JsonAsync();
        Assert.Equal("confirmation_required", json.GetProperty("code").GetString());
        Assert.Equal(expected, json.GetProperty("warnings").EnumerateArray()
            .Select(w => $"{w.GetProperty("field").GetString()}:{w.GetProperty("code").GetString()}"));
        Assert.Equal(0, await host.QueryAsync(db => db.Proposals.CountAsync()));

        body["confirmWarnings"] = true;
        using var confirmed = await CreateAsync(admin, body);

        Assert.Equal(HttpStatusCode.Accepted, confirmed.StatusCode);
    }

    [Fact]
    public async Task Create_ErrorAndWarning_ReportsBothInOneRound()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        var body = OnDomain("oudenaarde.eu");
        body["postalCodes"] = new JsonArray("9999");

        using var response = await CreateAsync(admin, body);

        var json = await response.JsonAsync();
        Assert.Equal("validation_failed", json.GetProperty("code").GetString());
        var codes = (await FieldCodesAsync(response)).Select(c => $"{c.Field}:{c.Code}").ToList();
        Assert.Equal(["postalCodes[0]:invalid_postcode", "domains[0]:domain_not_be"], codes);
        Assert.Single(json.GetProperty("warnings").EnumerateArray());
    }

    [Fact]
    public async Task Update_ChangedToOcrMailbox_IsRefusedOrWarnedBeforeAnyProposal()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        var (body, etag) = await GetAsync(admin, "tessenderlo-ham");
        body["domains"] = new JsonArray("tessenderlo-harn.be");
        body["mailboxes"] = new JsonArray("socialedienst@tessenderlo-harn.be");

        using var response = await UpdateAsync(admin, "tessenderlo-ham", body, etag);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(("domains[0]", "domain_lacks_municipality"), await FieldCodesAsync(response));
        Assert.Equal(0, await host.QueryAsync(db => db.Proposals.CountAsync()));
    }
}

public sealed class AdminEntryChecksSqliteTests() : AdminEntryChecksTests(DatabaseProvider.Sqlite);

public sealed class AdminEntryChecksPostgresTests() : AdminEntryChecksTests(DatabaseProvider.Postgres);
