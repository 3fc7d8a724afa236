using System.Net;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Tests.Support;
using static OutlookReferralAddin.AddinHost.Tests.Admin.AdminRequests;

namespace OutlookReferralAddin.AddinHost.Tests.Admin;

/// <summary>
/// /api/admin/ocmws/{id} ended by an administrator, end to end through the directory and the recipient check: a protocol
/// ends once, on a valid date, and blocks its mailbox from then; an entry is never deleted.
/// </summary>
public abstract class AdminOcmwsEndTests(DatabaseProvider provider)
{
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

public sealed class AdminOcmwsEndSqliteTests() : AdminOcmwsEndTests(DatabaseProvider.Sqlite);

public sealed class AdminOcmwsEndPostgresTests() : AdminOcmwsEndTests(DatabaseProvider.Postgres);
