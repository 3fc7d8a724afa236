using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Authentication;

/// <summary>
/// One source of truth: the admin page's registration values, the guide's table, the manifests' WebApplicationInfo,
/// the task pane's client-config and the host's token check (Entra mode, real Microsoft.Identity.Web) agree.
/// </summary>
public sealed partial class EntraRegistrationApiTests : IAsyncLifetime
{
    private const string PublicHost = "verwijzen.example.be";

    private LocalOidcServer _oidc = null!;

    public async Task InitializeAsync() => _oidc = await LocalOidcServer.StartAsync();

    public async Task DisposeAsync() => await _oidc.DisposeAsync();

    private async Task<ReferralHost> CreateHostAsync(string? audience = null)
    {
        var settings = _oidc.HostSettings();
        settings["Addin:PublicUrl"] = $"https://{PublicHost}";
        settings["AzureAd:Audience"] = audience;
        return await ReferralHost.CreateAsync(environment: "Production", settings: settings, services: _oidc.TrustFrom);
    }

    [Fact]
    public async Task GetEntraRegistration_Admin_MatchesGuideManifestsAndClientConfig()
    {
        await using var host = await CreateHostAsync();
        var guide = EntraGuide.Read();
        const string ClientId = LocalOidcServer.ClientId;

        var registration = await GetJsonAsync(host, "/api/admin/entra-registration", _oidc.CreateToken(t => t.Claims["roles"] = new[] { "Referral.Admin" }));
        var config = await GetJsonAsync(host, "/api/client-config", null);
        var xml = await host.CreateClient().GetStringAsync("/manifest.xml");
        var json = await GetJsonAsync(host, "/manifest.json", null);

        var applicationIdUri = guide.ApplicationIdUri(PublicHost, ClientId);
        Assert.Equal(applicationIdUri, registration.GetProperty("applicationIdUri").GetString());
        Assert.Equal(applicationIdUri, XmlResource().Match(xml).Groups[1].Value);
        Assert.Equal(applicationIdUri, json.GetProperty("webApplicationInfo").GetProperty("resource").GetString());
        Assert.Equal(ClientId, json.GetProperty("webApplicationInfo").GetProperty("id").GetString());
        Assert.Equal($"{applicationIdUri}/{guide.ScopeName}", registration.GetProperty("scope").GetString());
        Assert.Equal($"{applicationIdUri}/{guide.ScopeName}", config.GetProperty("apiScope").GetString());
        Assert.Equal(guide.ScopeName, registration.GetProperty("scopeName").GetString());
        Assert.Equal(guide.RedirectUris(PublicHost, ClientId),
            [registration.GetProperty("naaRedirectUri").GetString()!, registration.GetProperty("dialogRedirectUri").GetString()!]);
        Assert.Equal(registration.GetProperty("dialogRedirectUri").GetString(), config.GetProperty("dialogRedirectUri").GetString());
        Assert.Equal(guide.GraphPermission, registration.GetProperty("graphPermission").GetString());
        Assert.Equal("Delegated", registration.GetProperty("graphPermissionType").GetString());
        Assert.Equal(guide.AppRole, registration.GetProperty("adminRole").GetString());
        Assert.Equal(guide.WorkerRole, registration.GetProperty("workerRole").GetString());
        Assert.Equal(guide.DpoRole, registration.GetProperty("dpoRole").GetString());
        Assert.Equal(guide.TokenVersion, registration.GetProperty("accessTokenVersion").GetInt32());
        Assert.Equal($"{_oidc.Instance}{LocalOidcServer.TenantId}/v2.0", config.GetProperty("authority").GetString());
        Assert.Equal("OIDC", config.GetProperty("protocolMode").GetString());

        // The token check accepts what this registration yields (a v2 token for the client id with the scope) …
        using var accepted = await SendAsync(host, "/api/referrals/" + Guid.NewGuid(), _oidc.CreateToken(t => t.Claims["roles"] = new[] { "Referral.Worker" }));
        Assert.Equal(HttpStatusCode.NotFound, accepted.StatusCode);
        // … and refuses a v1 token, whose audience is the Application ID URI, when that URI is not configured.
        using var v1 = await SendAsync(host, "/api/referrals/" + Guid.NewGuid(), _oidc.CreateToken(t =>
        {
            t.Audience = applicationIdUri;
            t.Claims["ver"] = "1.0";
        }));
        Assert.Equal(HttpStatusCode.Unauthorized, v1.StatusCode);
    }

    [Fact]
    public async Task ClientConfig_AudienceConfigured_ReachesScopeManifestsAndRegistration()
    {
        const string Audience = "api://verwijzen.example.be/ocmw-doorverwijzing";
        await using var host = await CreateHostAsync(Audience);

        var config = await GetJsonAsync(host, "/api/client-config", null);
        var registration = await GetJsonAsync(host, "/api/admin/entra-registration", _oidc.CreateToken(t => t.Claims["roles"] = new[] { "Referral.Admin" }));
        var xml = await host.CreateClient().GetStringAsync("/manifest.xml");

        Assert.Equal($"{Audience}/access_as_user", config.GetProperty("apiScope").GetString());
        Assert.Equal(Audience, registration.GetProperty("applicationIdUri").GetString());
        Assert.Equal(Audience, XmlResource().Match(xml).Groups[1].Value);
    }

    [Fact]
    public async Task GetEntraRegistration_WorkerWithoutAdminRole_Returns403()
    {
        await using var host = await CreateHostAsync();

        using var response = await SendAsync(host, "/api/admin/entra-registration", _oidc.CreateToken());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("Spa:ApiScope", "api://5d3e2f1a-0b9c-4d8e-a7f6-1e2d3c4b5a69/access_as_user", "Spa:ApiScope is not read any more")]
    [InlineData("AzureAd:Audience", "https://verwijzen.example.be", "AzureAd:Audience must be empty, the client id, or the Application ID URI")]
    public async Task Start_SettingThatWouldSplitTheSourceOfTruth_IsRefused(string key, string value, string message)
    {
        var settings = _oidc.HostSettings();
        settings[key] = value;
        await using var host = await ReferralHost.CreateAsync(environment: "Production", settings: settings, services: _oidc.TrustFrom);

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> GetJsonAsync(ReferralHost host, string path, string? token)
    {
        using var response = await SendAsync(host, path, token);
        // A refused token says why in its challenge (the JWT bearer handler's error details), which a bare 401 hides.
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {response.Headers.WwwAuthenticate}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static async Task<HttpResponseMessage> SendAsync(ReferralHost host, string path, string? token)
    {
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request);
    }

    [GeneratedRegex("<WebApplicationInfo[^>]*>.*?<Resource>([^<]+)</Resource>", RegexOptions.Singleline)]
    private static partial Regex XmlResource();
}
