using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OutlookReferralAddin.AddinHost.Tests.Security;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Authentication;

/// <summary>
/// Microsoft.Identity.Web's real JWT validation (Authentication:Mode=Entra) against <see cref="LocalOidcServer"/>:
/// metadata and keys are fetched over HTTP from 127.0.0.1, tokens are signed with the test RSA key.
/// </summary>
public sealed class EntraTokenValidationTests : IAsyncLifetime
{
    private static readonly string AnyReferral = $"/api/referrals/{Guid.NewGuid()}";

    private LocalOidcServer _oidc = null!;
    private ReferralHost _host = null!;

    public async Task InitializeAsync()
    {
        _oidc = await LocalOidcServer.StartAsync();
        _host = await ReferralHost.CreateAsync(environment: "Production", settings: _oidc.HostSettings(), services: _oidc.TrustFrom);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _oidc.DisposeAsync();
    }

    [Fact]
    public async Task ValidToken_PassesAndReachesTheEndpoint()
    {
        // A worker's referral endpoints need the app role Referral.Worker besides the scope.
        using var read = await SendAsync(HttpMethod.Get, AnyReferral, _oidc.CreateToken(t => t.Claims["roles"] = new[] { "Referral.Worker" }));
        using var check = await SendAsync(HttpMethod.Post, "/api/recipients/check", _oidc.CreateToken(),
            JsonContent.Create(new { recipients = new[] { "socialedienst@kluisbergen.be" } }));

        Assert.True(read.StatusCode == HttpStatusCode.NotFound, AuthLog());
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        Assert.Contains(_oidc.Requests, r => r.EndsWith("/v2.0/.well-known/openid-configuration", StringComparison.Ordinal));
        Assert.Contains(_oidc.Requests, r => r.EndsWith("/discovery/v2.0/keys", StringComparison.Ordinal));
        Assert.StartsWith("https://127.0.0.1:", _oidc.Instance, StringComparison.Ordinal);
        Assert.True(_host.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme).RequireHttpsMetadata);
    }

    public static TheoryData<string> Rejected => new()
    {
        "expired", "not-yet-valid", "wrong-audience", "wrong-issuer", "wrong-tenant", "alg-none", "wrong-signature",
        "other-app", "other-app-v1-appid", "no-token", "garbage-token", "unknown-key-id", "hs256-with-public-key", "no-oid",
        "empty-oid",
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public async Task BadToken_Returns401(string kind)
    {
        var token = kind switch
        {
            "expired" => _oidc.CreateToken(t => (t.NotBefore, t.Expires) = (DateTime.UtcNow.AddHours(-2), DateTime.UtcNow.AddMinutes(-10))),
            "not-yet-valid" => _oidc.CreateToken(t => (t.NotBefore, t.Expires) = (DateTime.UtcNow.AddMinutes(10), DateTime.UtcNow.AddHours(1))),
            "wrong-audience" => _oidc.CreateToken(t => t.Audience = "api://another-api"),
            "wrong-issuer" => _oidc.CreateToken(t => t.Issuer = $"https://login.evil.example/{LocalOidcServer.TenantId}/v2.0"),
            "wrong-tenant" => _oidc.CreateToken(t =>
            {
                const string Other = "99999999-8888-7777-6666-555555555555";
                t.Issuer = _oidc.IssuerFor(Other);
                t.Claims["tid"] = Other;
            }),
            "alg-none" => Unsigned(_oidc.CreateToken()),
            "wrong-signature" => _oidc.CreateToken(t => t.SigningKey = new RsaSecurityKey(RSA.Create(2048)) { KeyId = LocalOidcServer.KeyId }),
            "unknown-key-id" => _oidc.CreateToken(t => t.SigningKey = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "other-key" }),
            "other-app" => _oidc.CreateToken(t => t.Claims["azp"] = "0a0a0a0a-1b1b-2c2c-3d3d-4e4e4e4e4e4e"),
            "other-app-v1-appid" => _oidc.CreateToken(t =>
            {
                t.Claims.Remove("azp");
                t.Claims["ver"] = "1.0";
                t.Claims["appid"] = "0a0a0a0a-1b1b-2c2c-3d3d-4e4e4e4e4e4e";
            }),
            "garbage-token" => "not.a.jwt",
            "no-oid" => _oidc.CreateToken(t => t.Claims.Remove("oid")),
            "empty-oid" => _oidc.CreateToken(t => t.Claims["oid"] = " "),
            "hs256-with-public-key" => HmacWithPublicKey(_oidc.CreateToken()),
            _ => null,
        };

        using var response = await SendAsync(HttpMethod.Get, AnyReferral, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    /// <summary>
    /// Identity.Web's <c>RequireScope</c> is an authorization requirement: the token is valid (authenticated) but lacks the
    /// scope, so the answer is 403 Forbidden, not 401. Either way the request is refused before the endpoint runs.
    /// </summary>
    [Theory]
    [InlineData("User.Read")]
    [InlineData("")]
    [InlineData("access_as_user_evil")]
    public async Task TokenWithoutApiScope_Returns403(string scope)
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/referrals", _oidc.CreateToken(t => t.Claims["scp"] = scope),
            JsonContent.Create(Referral.Valid()));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await _host.QueryAsync(db => Task.FromResult(db.ConsentRecords.Count())));
    }

    [Fact]
    public async Task Worker_OnDpoEndpoint_Returns403AndDpoGets200()
    {
        using var worker = await SendAsync(HttpMethod.Get, "/api/admin/consents", _oidc.CreateToken());
        using var dpo = await SendAsync(HttpMethod.Get, "/api/admin/consents",
            _oidc.CreateToken(t => t.Claims["roles"] = new[] { "Referral.Dpo" }));

        Assert.Equal(HttpStatusCode.Forbidden, worker.StatusCode);
        Assert.Equal(HttpStatusCode.OK, dpo.StatusCode);
    }

    /// <summary>A token without oid names no worker for the consent register: refused at sign-in, not a 500 inside.</summary>
    [Fact]
    public async Task TokenWithoutOid_OnReferralPost_Returns401AndStoresNothing()
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/referrals", _oidc.CreateToken(t => t.Claims.Remove("oid")),
            JsonContent.Create(Referral.Valid()));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await _host.QueryAsync(db => Task.FromResult(db.ConsentRecords.Count())));
    }

    /// <summary>App roles come from the <c>roles</c> claim only: <c>role</c> or the WS-Federation role URI grant nothing.</summary>
    [Theory]
    [InlineData("role")]
    [InlineData("http://schemas.microsoft.com/ws/2008/06/identity/claims/role")]
    [InlineData("wids")]
    [InlineData("groups")]
    public async Task AdminRoleInAnotherClaim_OnAdminEndpoint_Returns403(string claim)
    {
        using var response = await SendAsync(HttpMethod.Get, "/api/admin/consents",
            _oidc.CreateToken(t => t.Claims[claim] = new[] { "Referral.Dpo" }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task DevelopmentHeaders_InEntraMode_AreIgnored()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/admin/consents");
        request.Headers.Add("X-Dev-User", "admin@opgroeien.be");
        request.Headers.Add("X-Dev-Roles", "Referral.Admin");

        using var response = await _host.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ProductDefault_RequiresHttpsMetadata()
    {
        var settings = SecurityHeadersTests.EntraSettings();
        await using var host = await ReferralHost.CreateAsync(environment: "Production", settings: settings);

        var jwt = host.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);
        var configuration = host.Services.GetRequiredService<IConfiguration>();

        Assert.True(jwt.RequireHttpsMetadata);
        Assert.Null(configuration["AzureAd:RequireHttpsMetadata"]);
        Assert.StartsWith("https://", configuration["AzureAd:Instance"], StringComparison.Ordinal);
        var appsettings = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "appsettings.json"));
        Assert.DoesNotContain("RequireHttpsMetadata", appsettings, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, HttpContent? content = null)
    {
        using var client = _host.CreateClient();
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request);
    }

    private string AuthLog() => string.Join('\n', _host.Logs.Lines.Where(l => l.Contains("Bearer", StringComparison.Ordinal) || l.Contains("IDX", StringComparison.Ordinal) || l.Contains("IDW", StringComparison.Ordinal)).Take(20));

    private static string Unsigned(string token)
    {
        var parts = token.Split('.');
        var header = Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        return $"{header}.{parts[1]}.";
    }

    /// <summary>The classic key-confusion attack: HS256 with the server's public key as the HMAC secret.</summary>
    private string HmacWithPublicKey(string token)
    {
        var parts = token.Split('.');
        var header = Base64UrlEncoder.Encode($"{{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"{LocalOidcServer.KeyId}\"}}");
        var secret = _oidc.Key.Rsa.ExportSubjectPublicKeyInfo();
        var signature = HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes($"{header}.{parts[1]}"));
        return $"{header}.{parts[1]}.{Base64UrlEncoder.Encode(signature)}";
    }
}
