using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OutlookReferralAddin.AddinHost.Tests.Authentication;

/// <summary>
/// A stand-in for the Microsoft identity platform on 127.0.0.1: OpenID Connect metadata and a JWKS with one test RSA key,
/// laid out as Entra lays them out (<c>/{tenant}/v2.0/.well-known/openid-configuration</c>, <c>/{tenant}/discovery/v2.0/keys</c>),
/// and a token factory signing with that key. It speaks HTTPS with a throw-away self-signed certificate, so the product
/// runs with its HTTPS-only defaults; the test host trusts exactly that certificate (<see cref="TrustFrom"/>).
/// </summary>
public sealed class LocalOidcServer : IAsyncDisposable
{
    public const string TenantId = "7b0c5f0e-4a8d-4f6a-9d1e-2c3b4a5d6e7f";
    public const string ClientId = "5d3e2f1a-0b9c-4d8e-a7f6-1e2d3c4b5a69";
    public const string KeyId = "test-key-1";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _requests = new();

    private LocalOidcServer(WebApplication app, RSA rsa, X509Certificate2 certificate)
    {
        _app = app;
        Key = new RsaSecurityKey(rsa) { KeyId = KeyId };
        Certificate = certificate;
    }

    public X509Certificate2 Certificate { get; }

    /// <summary>Instance URL as <c>AzureAd:Instance</c> takes it (trailing slash).</summary>
    public string Instance { get; private set; } = "";

    public RsaSecurityKey Key { get; }

    public IReadOnlyList<string> Requests => [.. _requests];

    public string IssuerFor(string tenant) => $"{Instance}{tenant}/v2.0";

    public static async Task<LocalOidcServer> StartAsync()
    {
        var certificate = CreateCertificate();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.UseHttps(certificate)));
        var app = builder.Build();
        var server = new LocalOidcServer(app, RSA.Create(2048), certificate);
        app.Use(async (context, next) =>
        {
            server._requests.Enqueue(context.Request.Path);
            await next(context);
        });
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) => Results.Json(server.Metadata(tenant, server.IssuerFor(tenant))));
        app.MapGet("/{tenant}/.well-known/openid-configuration", (string tenant) => Results.Json(server.Metadata(tenant, $"{server.Instance}{tenant}/")));
        app.MapGet("/{tenant}/discovery/v2.0/keys", () => Results.Json(server.Jwks()));
        app.MapGet("/{tenant}/discovery/keys", () => Results.Json(server.Jwks()));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.Instance = address.TrimEnd('/') + "/";
        return server;
    }

    /// <summary>Settings for the host: the real Microsoft.Identity.Web validation against this server.</summary>
    public Dictionary<string, string?> HostSettings() => new()
    {
        ["Authentication:Mode"] = "Entra",
        ["AzureAd:Instance"] = Instance,
        ["AzureAd:TenantId"] = TenantId,
        ["AzureAd:ClientId"] = ClientId,
    };

    /// <summary>
    /// Test-only trust: the host's outgoing HTTP (JWT bearer metadata and keys, Identity.Web's issuer validator) accepts
    /// this server's certificate and nothing else that fails normal validation. No validation setting is relaxed.
    /// </summary>
    public void TrustFrom(IServiceCollection services)
    {
        var thumbprint = Certificate.Thumbprint;
        HttpMessageHandler Handler() => new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, cert, _, errors) =>
                errors == System.Net.Security.SslPolicyErrors.None || string.Equals(cert?.Thumbprint, thumbprint, StringComparison.Ordinal),
        };
        services.ConfigureHttpClientDefaults(b => b.ConfigurePrimaryHttpMessageHandler(Handler));
        // Identity.Web's issuer validator fetches the metadata again, with IHttpClientFactory only when a client is named.
        services.Configure<Microsoft.Identity.Web.AadIssuerValidatorOptions>(o => o.HttpClientName = "local-oidc");
        services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o => o.BackchannelHttpHandler = Handler());
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(2));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }

    /// <summary>A valid v2 access token for the API; <paramref name="change"/> breaks one thing.</summary>
    public string CreateToken(Action<TokenSpec>? change = null)
    {
        var now = DateTime.UtcNow;
        var spec = new TokenSpec
        {
            Issuer = IssuerFor(TenantId),
            Audience = ClientId,
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddMinutes(30),
            Claims =
            {
                ["tid"] = TenantId,
                ["oid"] = "0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b",
                ["preferred_username"] = "worker@opgroeien.be",
                ["scp"] = "access_as_user",
                ["azp"] = ClientId,
                ["ver"] = "2.0",
            },
            SigningKey = Key,
        };
        change?.Invoke(spec);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = spec.Issuer,
            Audience = spec.Audience,
            NotBefore = spec.NotBefore,
            Expires = spec.Expires,
            IssuedAt = spec.NotBefore,
            Claims = spec.Claims,
            SigningCredentials = new SigningCredentials(spec.SigningKey, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    private Dictionary<string, object> Metadata(string tenant, string issuer) => new()
    {
        ["issuer"] = issuer,
        ["authorization_endpoint"] = $"{Instance}{tenant}/oauth2/v2.0/authorize",
        ["token_endpoint"] = $"{Instance}{tenant}/oauth2/v2.0/token",
        ["jwks_uri"] = $"{Instance}{tenant}/discovery/v2.0/keys",
        ["response_types_supported"] = new[] { "code", "id_token", "token id_token" },
        ["subject_types_supported"] = new[] { "pairwise" },
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        ["tenant_region_scope"] = "EU",
    };

    private object Jwks()
    {
        var p = Key.Rsa.ExportParameters(false);
        return new
        {
            keys = new[]
            {
                new { kty = "RSA", use = "sig", kid = KeyId, alg = "RS256", n = Base64UrlEncoder.Encode(p.Modulus), e = Base64UrlEncoder.Encode(p.Exponent), issuer = IssuerFor("{tenantid}") },
            },
        };
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Key.Rsa.Dispose();
        Certificate.Dispose();
    }
}

/// <summary>What goes into a test token.</summary>
public sealed class TokenSpec
{
    public required string Issuer { get; set; }

    public required string Audience { get; set; }

    public DateTime NotBefore { get; set; }

    public DateTime Expires { get; set; }

    public Dictionary<string, object> Claims { get; } = new(StringComparer.Ordinal);

    public required SecurityKey SigningKey { get; set; }
}
