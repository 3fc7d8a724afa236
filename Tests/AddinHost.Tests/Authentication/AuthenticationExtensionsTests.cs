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

        using var worker = await host.CreateWorker(roles: "Other.Role").GetAsync("/api/admin/consents");
        using var admin = await host.CreateAdmin().GetAsync("/api/admin/consents");

        Assert.Equal(HttpStatusCode.Forbidden, worker.StatusCode);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }
}
