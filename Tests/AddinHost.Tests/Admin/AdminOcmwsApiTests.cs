using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Tests.Support;
using static OutlookReferralAddin.AddinHost.Tests.Admin.AdminRequests;

namespace OutlookReferralAddin.AddinHost.Tests.Admin;

/// <summary>/api/admin/ocmws for an administrator, end to end through the directory and the recipient check.</summary>
public abstract class AdminOcmwsApiTests(DatabaseProvider provider)
{
    [Fact]
    public async Task List_Admin_ReturnsSeededEntriesWithStatus()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();

        using var response = await admin.GetAsync(new Uri("/api/admin/ocmws", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = (await response.JsonAsync()).EnumerateArray().ToList();
        var kluisbergen = Assert.Single(items, i => i.GetProperty("id").GetString() == "kluisbergen");
        Assert.Equal("0212.334.483", kluisbergen.GetProperty("kboNumber").GetString());
        Assert.Equal("inForce", kluisbergen.GetProperty("status").GetString());
        Assert.Equal("2024-01-01", kluisbergen.GetProperty("inForceFrom").GetString());
        Assert.Equal("dpo@opgroeien.be", kluisbergen.GetProperty("opgroeienDpo").GetProperty("email").GetString());
        Assert.Contains(items, i => i.GetProperty("id").GetString() == "tessenderlo-ham");
    }

    [Fact]
    public async Task Get_UnknownId_Returns404Problem()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();

        using var response = await admin.GetAsync(new Uri("/api/admin/ocmws/nergens", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("ocmw_not_found", (await response.JsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Create_ValidEntry_Returns202ProposalAndReachesDirectoryOnlyWhenSecondAdminApproves()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        using var worker = host.CreateWorker();
        var (etagBefore, _) = await DirectoryAsync(worker);

        using var response = await CreateAsync(admin, NewOcmw());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var proposal = await response.JsonAsync();
        var proposalId = proposal.GetProperty("id").GetString()!;
        Assert.Equal($"/api/admin/proposals/{proposalId}", response.Headers.Location!.OriginalString);
        Assert.Equal(("create", "pending", "admin@opgroeien.be"),
            (proposal.GetProperty("kind").GetString(), proposal.GetProperty("status").GetString(), proposal.GetProperty("proposedBy").GetString()));
        Assert.Equal(NewMailbox, proposal.GetProperty("proposed").GetProperty("mailboxes")[0].GetString());
        // Until approved: not in the directory, not allowed by the recipient check, not an entry of the admin list.
        Assert.Equal(etagBefore, (await DirectoryAsync(worker)).ETag);
        Assert.Equal(("blocked", "not_in_directory"), await CheckAsync(worker, NewMailbox, NewId));
        Assert.Equal(2, await host.QueryAsync(db => db.OcmwProtocols.CountAsync()));

        using var second = host.CreateSecondAdmin();
        using var approval = await ApproveAsync(second, proposalId);

        Assert.Equal(HttpStatusCode.OK, approval.StatusCode);
        var approved = await approval.JsonAsync();
        Assert.Equal(("approved", SecondAdminUpn), (approved.GetProperty("status").GetString(), approved.GetProperty("decidedBy").GetString()));
        var (etagAfter, directory) = await DirectoryAsync(worker);
        Assert.NotEqual(etagBefore, etagAfter);
        var entry = Assert.Single(directory.GetProperty("ocmws").EnumerateArray(), o => o.GetProperty("id").GetString() == NewId);
        Assert.Equal(NewMailbox, entry.GetProperty("mailboxes")[0].GetString());
        // A new mailbox is refused for referrals until the OCMW reads back the code of a verification archive.
        Assert.Equal(("blocked", "mailbox_not_verified"), await CheckAsync(worker, NewMailbox, NewId));
        await VerifyAsync(host, admin, NewId, NewMailbox);
        Assert.Equal(("allowed", "allowed"), await CheckAsync(worker, NewMailbox, NewId));
        Assert.Equal("inForce", (await GetAsync(admin, NewId)).Body["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_ExistingId_Returns409()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        var body = NewOcmw("kluisbergen");
        body["postalCodes"] = new JsonArray("9701");

        using var response = await CreateAsync(admin, body);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("ocmw_exists", (await response.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal("socialedienst@kluisbergen.be", (await GetAsync(admin, "kluisbergen")).Body["mailboxes"]![0]!.GetValue<string>());
    }

    public static TheoryData<string, string, string> InvalidEntries => new()
    {
        { "kboNumber", "0123.456.748", "kboNumber:invalid_kbo_check_digits" },
        { "mailboxes", "[\"socialedienst@oudenaarde.net\"]", "mailboxes[0]:mailbox_outside_domains" },
        { "endedOn", "2026-10-31", "endedOn:ended_before_in_force" },
        { "inForceFrom", "2026-02-30", "inForceFrom:invalid_date" },
        { "postalCodes", "[\"9700\",\"9700\"]", "postalCodes[1]:duplicate" },
        { "postalCodes", "[\"9690\"]", "postalCodes[0]:postcode_in_other_protocol" },
        { "id", "Oudenaarde Stad", "id:invalid_slug" },
        { "socialServicePhone", "055 33 12", "socialServicePhone:invalid_phone" },
        { "teamPhone", "bel 055 33 12 12", "teamPhone:invalid_phone" },
        { "teamMailbox", "Team <team@kindengezin.be>", "teamMailbox:invalid_email" },
    };

    [Theory]
    [MemberData(nameof(InvalidEntries))]
    public async Task Create_InvalidField_Returns400WithFieldCodeAndStoresNothing(string field, string value, string expected)
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        var body = NewOcmw();
        body[field] = value.StartsWith('[') ? JsonNode.Parse(value) : value;

        using var response = await CreateAsync(admin, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.Equal("validation_failed", json.GetProperty("code").GetString());
        var codes = await FieldCodesAsync(response);
        var (f, c) = Assert.Single(codes);
        Assert.Equal(expected, $"{f}:{c}");
        var message = Assert.Single(json.GetProperty("errors").GetProperty(codes[0].Field).EnumerateArray()).GetString()!;
        Assert.DoesNotContain(value.Trim('[', ']', '"'), message, StringComparison.Ordinal);
        Assert.Equal(2, await host.QueryAsync(db => db.OcmwProtocols.CountAsync()));
        Assert.Equal(0, await host.QueryAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task Update_AddedMailbox_Returns202AndAllowsItOnlyAfterSecondAdminApproves()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        using var worker = host.CreateWorker();
        var (body, etag) = await GetAsync(admin, "kluisbergen");
        body["mailboxes"] = new JsonArray("socialedienst@kluisbergen.be", "onthaal@kluisbergen.be");

        var proposalId = await ProposalIdAsync(UpdateAsync(admin, "kluisbergen", body, etag));

        Assert.Equal(etag, (await GetAsync(admin, "kluisbergen")).ETag);
        Assert.NotEqual("allowed", (await CheckAsync(worker, "onthaal@kluisbergen.be", "kluisbergen")).Verdict);
        using var second = host.CreateSecondAdmin();
        using (var approval = await ApproveAsync(second, proposalId))
        {
            Assert.Equal(HttpStatusCode.OK, approval.StatusCode);
        }

        var (after, etagAfter) = await GetAsync(admin, "kluisbergen");
        Assert.NotEqual(etag, etagAfter);
        Assert.Equal(2, after["mailboxes"]!.AsArray().Count);
        // Approved, it still waits for the OCMW to read back the code of a verification archive.
        Assert.Equal(("blocked", "mailbox_not_verified"), await CheckAsync(worker, "onthaal@kluisbergen.be", "kluisbergen"));
        await VerifyAsync(host, admin, "kluisbergen", "onthaal@kluisbergen.be");
        Assert.Equal("allowed", (await CheckAsync(worker, "onthaal@kluisbergen.be", "kluisbergen")).Verdict);
    }

    [Fact]
    public async Task Update_ContactPoints_StoredAsE164AndPublishedInDirectory()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        using var worker = host.CreateWorker();
        var (body, etag) = await GetAsync(admin, "kluisbergen");
        body["socialServicePhone"] = "055 38 94 11";
        body["teamMailbox"] = " Scheldeleie.Team@KindEnGezin.be ";
        body["teamPhone"] = "0032 9 223 45 67";

        // Changed contact points widen (the passphrase is read to that phone): a second administrator approves them.
        await ApprovedAsync(host, UpdateAsync(admin, "kluisbergen", body, etag));

        var stored = (await GetAsync(admin, "kluisbergen")).Body;
        Assert.Equal("+3255389411", stored["socialServicePhone"]!.GetValue<string>());
        Assert.Equal("scheldeleie.team@kindengezin.be", stored["teamMailbox"]!.GetValue<string>());
        Assert.Equal("+3292234567", stored["teamPhone"]!.GetValue<string>());
        var (_, directory) = await DirectoryAsync(worker);
        var entry = directory.GetProperty("ocmws")[0];
        Assert.Equal("+3255389411", entry.GetProperty("socialServicePhone").GetProperty("tel").GetString());
        Assert.Equal("055 38 94 11", entry.GetProperty("socialServicePhone").GetProperty("display").GetString());
        Assert.Equal("09 223 45 67", entry.GetProperty("teamPhone").GetProperty("display").GetString());
    }

    [Fact]
    public async Task Update_StaleIfMatch_Returns412AndKeepsEntry()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        var (body, etag) = await GetAsync(admin, "kluisbergen");
        body["noticeMonths"] = 6;
        using (var first = await UpdateAsync(admin, "kluisbergen", body, etag))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        body["noticeMonths"] = 9;
        using var response = await UpdateAsync(admin, "kluisbergen", body, etag);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("precondition_failed", (await response.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal(6, (await GetAsync(admin, "kluisbergen")).Body["noticeMonths"]!.GetValue<int>());
    }

    [Fact]
    public async Task Update_IdDiffersFromPath_Returns400()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        var (body, _) = await GetAsync(admin, "kluisbergen");
        body["id"] = "tessenderlo-ham";

        using var response = await UpdateAsync(admin, "kluisbergen", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(("id", "id_mismatch"), await FieldCodesAsync(response));
    }

    [Fact]
    public async Task End_Today_BlocksMailboxAsProtocolEnded()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        using var worker = host.CreateWorker();
        Assert.Equal("allowed", (await CheckAsync(worker, "socialedienst@kluisbergen.be", "kluisbergen")).Verdict);

        using var response = await EndAsync(admin, "kluisbergen", "2026-11-24");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("2026-11-24", body.GetProperty("endedOn").GetString());
        Assert.Equal("ended", body.GetProperty("status").GetString());
        Assert.Equal(("blocked", "protocol_ended"), await CheckAsync(worker, "socialedienst@kluisbergen.be", "kluisbergen"));
        var (_, directory) = await DirectoryAsync(worker);
        var entry = Assert.Single(directory.GetProperty("ocmws").EnumerateArray(), o => o.GetProperty("id").GetString() == "kluisbergen");
        Assert.Equal("ended", entry.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("2023-12-31", "ended_before_in_force")]
    [InlineData(null, "required")]
    [InlineData("31/02/2026", "invalid_date")]
    public async Task End_InvalidDate_Returns400AndKeepsEntryInForce(string? endedOn, string code)
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();

        using var response = await EndAsync(admin, "kluisbergen", endedOn);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(("endedOn", code), Assert.Single(await FieldCodesAsync(response)));
        Assert.Equal("inForce", (await GetAsync(admin, "kluisbergen")).Body["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task End_AlreadyEnded_Returns409()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();
        (await EndAsync(admin, "kluisbergen", "2026-12-31")).Dispose();

        using var response = await EndAsync(admin, "kluisbergen", "2026-12-01");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("ocmw_already_ended", (await response.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal("2026-12-31", (await GetAsync(admin, "kluisbergen")).Body["endedOn"]!.GetValue<string>());
    }

    [Fact]
    public async Task Delete_Entry_Returns405AndKeepsIt()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var admin = host.CreateAdmin();

        using var response = await admin.DeleteAsync(new Uri("/api/admin/ocmws/kluisbergen", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(2, await host.QueryAsync(db => db.OcmwProtocols.CountAsync()));
    }
}

public sealed class AdminOcmwsApiSqliteTests() : AdminOcmwsApiTests(DatabaseProvider.Sqlite);

public sealed class AdminOcmwsApiPostgresTests() : AdminOcmwsApiTests(DatabaseProvider.Postgres);
