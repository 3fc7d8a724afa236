using System.Net;
using OutlookReferralAddin.AddinHost.Consent;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Infrastructure;

/// <summary>
/// The host really started (WebApplicationFactory) outside Development with one unsafe setting on top of a safe
/// production configuration: start-up fails and the message names the configuration key.
/// </summary>
public sealed class StartupSafetyTests
{
    /// <summary>Settings as <c>key=value</c> separated by <c>|</c>; <c>~</c> is "not set".</summary>
    public static TheoryData<string, string> Unsafe => new()
    {
        { $"Privacy:PseudonymKey={PrivacyOptions.DevelopmentKey}", "Privacy:PseudonymKey is the published development key" },
        { "Privacy:PseudonymKey=only-31-bytes-long-0123456789ab", "Privacy:PseudonymKey must be at least 32 bytes" },
        { "Privacy:PseudonymKey=~", "Privacy:PseudonymKey must be set" },
        { "AzureAd:TenantId=common", "AzureAd:TenantId must name one tenant" },
        { "AzureAd:TenantId=organizations", "AzureAd:TenantId must name one tenant" },
        { "AzureAd:TenantId=Consumers", "AzureAd:TenantId must name one tenant" },
        { "AzureAd:TenantId=00000000-0000-0000-0000-000000000000", "AzureAd:TenantId must name one tenant" },
        { "AzureAd:TenantId=not a tenant", "AzureAd:TenantId must name one tenant" },
        { "AzureAd:TenantId=~", "AzureAd:TenantId is required" },
        { "AzureAd:Authority=https://login.microsoftonline.com/organizations/v2.0", "AzureAd:Authority must be an https URL that names one tenant" },
        { "Authentication:Mode=1", "Authentication:Mode must be one of Entra, Development" },
        { "Authentication:Mode=0", "Authentication:Mode must be one of Entra, Development" },
        { "Authentication:Mode=Entra, Development", "Authentication:Mode must be one of" },
        { "Authentication:Mode=Development", "Authentication:Mode=Development is refused" },
        { "Mail:Mode=1", "Mail:Mode must be one of Graph, Pickup" },
        { "Mail:Mode=Smtp", "Mail:Mode must be one of Graph, Pickup" },
        { "Database:Provider=0", "Database:Provider must be one of Sqlite, Postgres" },
        { "Database:Provider=SqlServer", "Database:Provider must be one of Sqlite, Postgres" },
        { "Mail:Mode=Pickup|Mail:AllowPickupOutsideDevelopment=~", "needs Mail:AllowPickupOutsideDevelopment=true" },
        { "Mail:Mode=Pickup|Mail:AllowPickupOutsideDevelopment=false", "needs Mail:AllowPickupOutsideDevelopment=true" },
        { "Mail:Mode=~|Mail:AllowPickupOutsideDevelopment=~|Graph:BaseUrl=http://graph.example/v1.0", "Graph:BaseUrl must be an https URL" },
        { "Mail:Mode=Graph|Graph:BaseUrl=ftp://graph.example/v1.0", "Graph:BaseUrl must be an https URL" },
        { "Addin:PublicUrl=~", "Addin:PublicUrl is required outside Development" },
        { "Addin:PublicUrl=http://referrals.example.be", "Addin:PublicUrl must be an https origin" },
        { "Addin:PublicUrl=https://referrals.example.be/pad", "Addin:PublicUrl must be an https origin" },
        { "Security:FrameAncestors:0=*", "Security:FrameAncestors:0 must be an https origin" },
        { "Security:FrameAncestors:0='self'|Security:FrameAncestors:1=null", "Security:FrameAncestors:1 must be an https origin" },
        { "Security:FrameAncestors:0=http://outlook.office.com", "Security:FrameAncestors:0 must be an https origin" },
        { "Security:FrameAncestors:0=https://*", "Security:FrameAncestors:0 must be an https origin" },
        { "Security:FrameAncestors:0=https:", "Security:FrameAncestors:0 must be an https origin" },
        { "Security:AllowedOrigins:0=*", "Security:AllowedOrigins:0 must be an https origin" },
        { "Security:AllowedOrigins:0=null", "Security:AllowedOrigins:0 must be an https origin" },
        { "Security:AllowedOrigins:0=http://partner.example.be", "Security:AllowedOrigins:0 must be an https origin" },
        { "Security:AllowedOrigins:0=https://*.example.be", "Security:AllowedOrigins:0 must be an https origin" },
        { "Security:AllowedOrigins=*", "Security:AllowedOrigins must be a list" },
    };

    [Theory]
    [MemberData(nameof(Unsafe))]
    public async Task Start_UnsafeSettingOutsideDevelopment_FailsNamingTheKey(string settings, string message)
    {
        await using var host = await ReferralHost.CreateAsync(environment: "Production", settings: With(settings));

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains(message, StartupErrors.Flatten(error), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Staging")]
    [InlineData("Acceptatie")]
    public async Task Start_DevelopmentKeyInAnyOtherEnvironment_IsRefused(string environment)
    {
        await using var host = await ReferralHost.CreateAsync(environment: environment, settings: With($"Privacy:PseudonymKey={PrivacyOptions.DevelopmentKey}"));

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains($"refuses to start in the '{environment}' environment", StartupErrors.Flatten(error), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Authentication:Mode=1", "Authentication:Mode must be one of")]
    [InlineData("Mail:Mode=0", "Mail:Mode must be one of")]
    public async Task Start_EnumAsNumberInDevelopment_IsRefusedToo(string settings, string message)
    {
        await using var host = await ReferralHost.CreateAsync(settings: With(settings, entra: false));

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains(message, StartupErrors.Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_SafeProductionSettings_StartsWithoutOpenApi()
    {
        var settings = With("Security:FrameAncestors:0='self'|Security:FrameAncestors:1=https://*.office.com|Security:AllowedOrigins:0=https://partner.example.be:8443|AzureAd:TenantId=opgroeien.onmicrosoft.com|Authentication:Mode=entra");
        await using var host = await ReferralHost.CreateAsync(environment: "Production", settings: settings);
        using var client = host.CreateClient(new() { BaseAddress = new Uri("https://referrals.example.be") });

        using var health = await client.GetAsync("/healthz");
        using var openApi = await client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, openApi.StatusCode);
    }

    [Fact]
    public async Task Start_PickupAllowedOutsideDevelopment_WarnsAtStart()
    {
        await using var host = await ReferralHost.CreateAsync(environment: "Production", settings: With("Mail:Mode=Pickup|Mail:AllowPickupOutsideDevelopment=true"));

        using var health = await host.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains(host.Logs.Lines, l => l.Contains("Mail:Mode=Pickup in the Production environment", StringComparison.Ordinal)
            && l.Contains("no mail leaves this host", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_UnsafeSettings_ListsEveryKeyAtOnce()
    {
        await using var host = await ReferralHost.CreateAsync(environment: "Production",
            settings: With("AzureAd:TenantId=common|Addin:PublicUrl=~|Graph:BaseUrl=http://graph.example|Mail:Mode=Graph"));

        var text = StartupErrors.Flatten(Assert.ThrowsAny<Exception>(() => host.CreateClient()));

        Assert.Contains("AzureAd:TenantId", text, StringComparison.Ordinal);
        Assert.Contains("Addin:PublicUrl", text, StringComparison.Ordinal);
        Assert.Contains("Graph:BaseUrl", text, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> With(string settings, bool entra = true)
    {
        var all = entra ? Security.SecurityHeadersTests.EntraSettings() : [];
        foreach (var pair in settings.Split('|'))
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            var value = pair[(at + 1)..];
            all[pair[..at]] = value == "~" ? null : value;
        }

        return all;
    }
}
