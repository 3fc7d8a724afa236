using System.Net;
using OutlookReferralAddin.AddinHost.Consent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
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
        { "Directory:RequireVerifiedMailboxes=false", "Directory:RequireVerifiedMailboxes=false is refused" },
        { "Directory:RequireVerifiedMailboxes=no", "Directory:RequireVerifiedMailboxes=false is refused" },
        { "Security:KnownNetworks:0=0.0.0.0/1|Security:KnownNetworks:1=128.0.0.0/1", "Security:KnownProxies and Security:KnownNetworks together trust every address" },
        { "Security:KnownNetworks:0=::/0", "Security:KnownProxies and Security:KnownNetworks together trust every address" },
        { "Security:KnownNetworks:0=::ffff:0.0.0.0/96", "Security:KnownProxies and Security:KnownNetworks together trust every address" },
        { "Security:KnownNetworks:0=::/1|Security:KnownNetworks:1=8000::/1", "Security:KnownProxies and Security:KnownNetworks together trust every address" },
        { "Security:KnownProxies:0=0.0.0.0", "Security:KnownProxies and Security:KnownNetworks together trust every address" },
        { "Security:FrameAncestors:0=https://*.com", "Security:FrameAncestors:0 must not put a wildcard over a public suffix" },
        { "Security:FrameAncestors:0=https://*.co.uk", "Security:FrameAncestors:0 must not put a wildcard over a public suffix" },
        { "Security:FrameAncestors:0=https://*.be", "Security:FrameAncestors:0 must not put a wildcard over a public suffix" },
        { "Privacy:PseudonymKey=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "Privacy:PseudonymKey has too little entropy" },
        { "Privacy:PseudonymKey=abababababababababababababababababababab", "Privacy:PseudonymKey has too little entropy" },
        { "AzureAd:Instance=http://login.microsoftonline.com/", "AzureAd:Instance must be a Microsoft cloud's sign-in authority over https" },
        { "AzureAd:Instance=https://login.example.be/", "AzureAd:Instance must be a Microsoft cloud's sign-in authority over https" },
        { "AzureAd:Authority=https://login.example.be/opgroeien.onmicrosoft.com/v2.0", "AzureAd:Authority must be a Microsoft cloud's sign-in authority" },
        { "Mail:Mode=Graph|Graph:BaseUrl=https://graph.example.be/v1.0", "Graph:BaseUrl must be a Microsoft Graph endpoint" },
        { "Mail:Mode=Graph|Graph:BaseUrl=https://127.0.0.1:5000/v1.0", "Graph:BaseUrl must be a Microsoft Graph endpoint" },
        { "Addin:PublicUrl=https://10.0.0.5", "Addin:PublicUrl must name the host by its DNS name" },
        { "Addin:PublicUrl=https://localhost:5001", "Addin:PublicUrl must name the host by its DNS name" },
        { "Addin:PublicUrl=https://[::1]", "Addin:PublicUrl must name the host by its DNS name" },
        { "Database:Provider=Sqlite", "ConnectionStrings:Referrals puts the SQLite database in a temporary directory" },
    };

    /// <summary>What a production host may set and the refusals above must not catch.</summary>
    public static TheoryData<string> Safe => new()
    {
        "Security:KnownNetworks:0=10.0.4.0/24|Security:KnownProxies:0=192.0.2.10|Security:KnownNetworks:1=::ffff:10.0.5.0/120",
        "Security:FrameAncestors:0='self'|Security:FrameAncestors:1=https://*.opgroeien.be|Security:FrameAncestors:2=https://*.office.com",
        "AzureAd:Instance=https://login.microsoftonline.us/|Graph:BaseUrl=https://graph.microsoft.us/v1.0",
        "AzureAd:Instance=https://login.chinacloudapi.cn/|Graph:BaseUrl=https://microsoftgraph.chinacloudapi.cn/v1.0",
        "Graph:BaseUrl=https://dod-graph.microsoft.us/v1.0",
        "Directory:RequireVerifiedMailboxes=true",
    };

    [Theory]
    [MemberData(nameof(Unsafe))]
    public async Task Start_UnsafeSettingOutsideDevelopment_FailsNamingTheKey(string settings, string message)
    {
        // Strict: none of the test host's own exemptions (its SQLite file is in a temp folder, so that refusal shows too).
        await using var host = await ReferralHost.CreateAsync(environment: "Production", settings: With(settings), strictStartup: true);

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

    [Theory]
    [MemberData(nameof(Safe))]
    public void Check_SafeSettingOutsideDevelopment_IsNotRefused(string settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(With(settings + "|Mail:Mode=Graph|Addin:PublicUrl=https://verwijzen.opgroeien.be|Privacy:PseudonymKey=Qm9yR3J1bmRlbC1rZXktZm9yLXRoZS10ZXN0cy0yMDI2LXJhbmRvbQ")).Build();
        var environment = new TestEnvironment();

        var failures = OutlookReferralAddin.AddinHost.Infrastructure.StartupSafety.Check(configuration, environment)
            .Concat(OutlookReferralAddin.AddinHost.Infrastructure.DeploymentSafety.Check(configuration, environment,
                new OutlookReferralAddin.AddinHost.Infrastructure.StartupSafetyExemptions { TemporaryDatabase = true }));

        Assert.Empty(failures);
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

    private sealed class TestEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Production";

        public string ApplicationName { get; set; } = "AddinHost";

        public string ContentRootPath { get; set; } = "/srv/referrals";

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
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
