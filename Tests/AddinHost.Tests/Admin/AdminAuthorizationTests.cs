using System.Net;
using System.Text.Json.Nodes;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Tests.Support;
using static OutlookReferralAddin.AddinHost.Tests.Admin.AdminRequests;

namespace OutlookReferralAddin.AddinHost.Tests.Admin;

/// <summary>Every admin route: a worker without the admin role gets 403, a caller without a token 401; nothing changes.</summary>
public sealed class AdminAuthorizationTests
{
    public static TheoryData<string, string, bool> Routes => new()
    {
        { "GET", "/api/admin/ocmws", false },
        { "GET", "/api/admin/ocmws/kluisbergen", false },
        { "POST", "/api/admin/ocmws", true },
        { "PUT", "/api/admin/ocmws/kluisbergen", true },
        { "POST", "/api/admin/ocmws/kluisbergen/end", true },
        { "GET", "/api/admin/audit", false },
        { "GET", $"/api/admin/audit/{Guid.Empty}", false },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Call_WorkerWithoutAdminRole_Returns403AndChangesNothing(string method, string path, bool hasBody)
    {
        await using var host = await ReferralHost.CreateAsync(DatabaseProvider.Sqlite);
        using var worker = host.CreateWorker(roles: "Referral.Worker");

        using var response = await SendAsync(worker, new HttpMethod(method), path, hasBody ? Body(path) : null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        using var admin = host.CreateAdmin();
        var (kluisbergen, _) = await GetAsync(admin, "kluisbergen");
        Assert.Equal("inForce", kluisbergen["status"]!.GetValue<string>());
        Assert.Equal(2, await host.QueryAsync(db => Task.FromResult(db.OcmwProtocols.Count())));
        Assert.Equal(0, await host.QueryAsync(db => Task.FromResult(db.AuditEntries.Count())));
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Call_WithoutToken_Returns401(string method, string path, bool hasBody)
    {
        await using var host = await ReferralHost.CreateAsync(DatabaseProvider.Sqlite, environment: "Production", settings: new Dictionary<string, string?>
        {
            ["Authentication:Mode"] = "Entra",
            ["AzureAd:Instance"] = "https://login.invalid/",
            ["AzureAd:TenantId"] = "00000000-0000-0000-0000-000000000001",
            ["AzureAd:ClientId"] = "00000000-0000-0000-0000-000000000002",
        });
        using var anonymous = host.CreateClient();

        using var response = await SendAsync(anonymous, new HttpMethod(method), path, hasBody ? Body(path) : null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
        Assert.Equal(0, await host.QueryAsync(db => Task.FromResult(db.AuditEntries.Count())));
    }

    private static JsonObject Body(string path) => path.EndsWith("/end", StringComparison.Ordinal)
        ? new JsonObject { ["endedOn"] = "2026-11-24" }
        : path.EndsWith("kluisbergen", StringComparison.Ordinal) ? EndedKluisbergen() : NewOcmw();

    private static JsonObject EndedKluisbergen()
    {
        var body = NewOcmw("kluisbergen");
        body["postalCodes"] = new JsonArray("9690");
        return body;
    }
}
