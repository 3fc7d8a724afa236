using System.Net;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Security;

public sealed class SecurityHeadersTests
{
    [Theory]
    [InlineData("/api/directory")]
    [InlineData("/healthz")]
    [InlineData("/api/referrals/00000000-0000-0000-0000-000000000001")]
    [InlineData("/no-such-page")]
    public async Task AnyResponse_Development_CarriesCspNosniffReferrerPolicyButNoHsts(string path)
    {
        await using var host = await ReferralHost.CreateAsync();
        using var client = host.CreateWorker();

        using var response = await client.GetAsync(path);

        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'self' https://*.office.com https://*.office365.com https://*.outlook.com https://outlook.live.com https://*.microsoft.com https://*.cloud.microsoft", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self' https://appsforoffice.microsoft.com;", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src 'self' https://appsforoffice.microsoft.com 'unsafe-inline'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain(" *;", csp + ";", StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Https_Production_SendsHsts()
    {
        await using var host = await ReferralHost.CreateAsync(environment: "Production", settings: EntraSettings());
        using var client = host.CreateClient(new() { BaseAddress = new Uri("https://referrals.example.be") });

        using var response = await client.GetAsync("/api/directory");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("max-age=31536000", Header(response, "Strict-Transport-Security"), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unauthenticated_Production_401StillCarriesHeaders()
    {
        await using var host = await ReferralHost.CreateAsync(environment: "Production", settings: EntraSettings());
        using var client = host.CreateClient(new() { BaseAddress = new Uri("https://referrals.example.be") });

        using var response = await client.GetAsync("/api/referrals/00000000-0000-0000-0000-000000000001");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("frame-ancestors", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
    }

    /// <summary>Entra sign-in that is never exercised (no token is sent): enough to start outside Development.</summary>
    internal static Dictionary<string, string?> EntraSettings() => new()
    {
        ["Authentication:Mode"] = "Entra",
        ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
        ["AzureAd:TenantId"] = "11111111-1111-1111-1111-111111111111",
        ["AzureAd:ClientId"] = "22222222-2222-2222-2222-222222222222",
    };

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"header {name} missing on {(int)response.StatusCode} {response.RequestMessage?.RequestUri}");
}
