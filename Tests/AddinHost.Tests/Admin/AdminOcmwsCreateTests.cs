using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Tests.Support;
using static OutlookReferralAddin.AddinHost.Tests.Admin.AdminRequests;

namespace OutlookReferralAddin.AddinHost.Tests.Admin;

/// <summary>
/// /api/admin/ocmws for an administrator, listing, reading and creating, end to end through the directory and the
/// recipient check: a new entry reaches them only when a second administrator approves it; a taken id or an invalid
/// field stores nothing.
/// </summary>
public abstract class AdminOcmwsCreateTests(DatabaseProvider provider)
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
}

public sealed class AdminOcmwsCreateSqliteTests() : AdminOcmwsCreateTests(DatabaseProvider.Sqlite);

public sealed class AdminOcmwsCreatePostgresTests() : AdminOcmwsCreateTests(DatabaseProvider.Postgres);
