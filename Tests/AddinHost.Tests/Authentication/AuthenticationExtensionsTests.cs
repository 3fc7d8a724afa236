using System.Net;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Authentication;

public sealed class AuthenticationExtensionsTests
{
    [Fact]
    public async Task Start_DevelopmentModeInProduction_IsRefused()
    {
        await using var host = await ReferralHost.CreateAsync(
            settings: new Dictionary<string, string?> { ["Authentication:Mode"] = "Development" }, environment: "Production");

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("Authentication:Mode=Development is refused", StartupErrors.Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_EntraModeWithoutTenant_FailsNamingTheSetting()
    {
        await using var host = await ReferralHost.CreateAsync(environment: "Production");

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("TenantId", StartupErrors.Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ProductionWithoutPseudonymKey_FailsNamingTheSetting()
    {
        await using var host = await ReferralHost.CreateAsync(
            settings: new Dictionary<string, string?>
            {
                ["Privacy:PseudonymKey"] = null,
                ["AzureAd:TenantId"] = "00000000-0000-0000-0000-000000000001",
                ["AzureAd:ClientId"] = "00000000-0000-0000-0000-000000000002",
            },
            environment: "Production");

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("Privacy:PseudonymKey", StartupErrors.Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntraMode_NoToken_Returns401()
    {
        await using var host = await ReferralHost.CreateAsync(
            settings: new Dictionary<string, string?>
            {
                ["Authentication:Mode"] = "Entra",
                ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
                ["AzureAd:TenantId"] = "00000000-0000-0000-0000-000000000001",
                ["AzureAd:ClientId"] = "00000000-0000-0000-0000-000000000002",
            });

        using var response = await host.CreateClient().PostAsync("/api/recipients/check", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task DevelopmentMode_AdminEndpointWithAdminRole_IsAllowed()
    {
        await using var host = await ReferralHost.CreateAsync();

        using var worker = await host.CreateWorker(roles: "Other.Role").GetAsync("/api/admin/ocmws");
        using var admin = await host.CreateAdmin().GetAsync("/api/admin/ocmws");

        Assert.Equal(HttpStatusCode.Forbidden, worker.StatusCode);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public async Task DevelopmentMode_WithoutRolesHeader_IsAWorkerAndNothingElse()
    {
        await using var host = await ReferralHost.CreateAsync();
        using var client = host.CreateWorker();

        using var me = await client.GetAsync("/api/me");
        using var admin = await client.GetAsync("/api/admin/ocmws");
        using var register = await client.GetAsync("/api/admin/consents");

        var roles = (await me.JsonAsync()).GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.Equal(["worker"], roles);
        Assert.Equal(HttpStatusCode.Forbidden, admin.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, register.StatusCode);
    }
}
