using System.Net;
using System.Text.Json.Nodes;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Tests.Support;
using static OutlookReferralAddin.AddinHost.Tests.Admin.AdminRequests;

namespace OutlookReferralAddin.AddinHost.Tests.Admin;

/// <summary>
/// /api/admin/ocmws/{id} updated by an administrator, end to end through the directory and the recipient check: an added
/// mailbox waits for a second administrator, contact points are stored as E.164, a stale If-Match or another id is refused.
/// </summary>
public abstract class AdminOcmwsUpdateTests(DatabaseProvider provider)
{
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
}

public sealed class AdminOcmwsUpdateSqliteTests() : AdminOcmwsUpdateTests(DatabaseProvider.Sqlite);

public sealed class AdminOcmwsUpdatePostgresTests() : AdminOcmwsUpdateTests(DatabaseProvider.Postgres);
