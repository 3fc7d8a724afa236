using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using OutlookReferralAddin.AddinHost.Tests.Browser;
using OutlookReferralAddin.AddinHost.Tests.Manifest;

namespace OutlookReferralAddin.AddinHost.Tests.Authentication;

/// <summary>What the test registers at the provider: the app registration an administrator made.</summary>
internal sealed record ProviderRegistration(
    string TenantId, string ClientId, IReadOnlyList<string> RedirectUris, string ApplicationIdUri, string ScopeName, int AccessTokenVersion,
    IReadOnlyList<string>? Roles = null, IReadOnlyList<string>? Groups = null);

/// <summary>
/// The npm package <c>oidc-provider</c> run by node (<c>Support/node/oidc-server.mjs</c>) over HTTPS on 127.0.0.1, with a
/// throw-away certificate that only this test's host and browser trust. Lines it prints about issued tokens are kept.
/// </summary>
internal sealed class OidcProviderProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly string _directory;

    private OidcProviderProcess(Process process, string directory, TestCertificate certificate)
    {
        _process = process;
        _directory = directory;
        Certificate = certificate;
    }

    public TestCertificate Certificate { get; }

    /// <summary>The issuer, <c>https://127.0.0.1:port/&lt;tenant&gt;/v2.0</c>.</summary>
    public string Issuer { get; private set; } = "";

    /// <summary><c>AzureAd:Instance</c> for the host: the issuer's origin.</summary>
    public string Instance => new Uri(Issuer).GetLeftPart(UriPartial.Authority) + "/";

    /// <summary>One entry per access token the provider issued: grant type, audience, scp.</summary>
    public IReadOnlyList<JsonElement> IssuedTokens =>
        [.. _output.Where(l => l.StartsWith('{')).Select(l => JsonDocument.Parse(l).RootElement.Clone())];

    public string Output => string.Join('\n', _output);

    public static async Task<OidcProviderProcess> StartAsync(ProviderRegistration registration, TestCertificate certificate, int accessTokenTtlSeconds)
    {
        await NodeRunner.EnsurePackagesAsync(RealOfficeJs.NodeDirectory, "oidc-provider");
        var directory = System.IO.Directory.CreateTempSubdirectory("oidc-provider-").FullName;
        var keyPath = Path.Combine(directory, "key.pem");
        var certPath = Path.Combine(directory, "cert.pem");
        await File.WriteAllTextAsync(keyPath, certificate.KeyPem);
        await File.WriteAllTextAsync(certPath, certificate.CertificatePem);
        var settingsPath = Path.Combine(directory, "settings.json");
        await File.WriteAllTextAsync(settingsPath, JsonSerializer.Serialize(new
        {
            tenantId = registration.TenantId,
            clientId = registration.ClientId,
            redirectUris = registration.RedirectUris,
            applicationIdUri = registration.ApplicationIdUri,
            scopeName = registration.ScopeName,
            accessTokenVersion = registration.AccessTokenVersion,
            roles = registration.Roles ?? [],
            groups = registration.Groups ?? [],
            accessTokenTtlSeconds,
            keyPath,
            certPath,
        }));

        var start = new ProcessStartInfo(NodeRunner.Require("node"))
        {
            WorkingDirectory = RealOfficeJs.NodeDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("oidc-server.mjs");
        start.ArgumentList.Add(settingsPath);
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var provider = new OidcProviderProcess(process, directory, certificate);
        var ready = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                ready.TrySetException(new InvalidOperationException("oidc-provider exited:\n" + provider.Output));
                return;
            }

            provider._output.Enqueue(e.Data);
            if (e.Data.StartsWith("READY ", StringComparison.Ordinal))
            {
                ready.TrySetResult(e.Data["READY ".Length..]);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                provider._output.Enqueue("stderr: " + e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        provider.Issuer = await ready.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return provider;
    }

    /// <summary>
    /// Test-only trust for the host's outgoing HTTP (metadata, keys, Identity.Web's issuer validator): this certificate,
    /// and nothing else that fails normal validation. No token validation setting is relaxed.
    /// </summary>
    public void TrustFrom(IServiceCollection services)
    {
        var thumbprint = Certificate.Certificate.Thumbprint;
        HttpMessageHandler Handler() => new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, cert, _, errors) =>
                errors == System.Net.Security.SslPolicyErrors.None || string.Equals(cert?.Thumbprint, thumbprint, StringComparison.Ordinal),
        };
        services.ConfigureHttpClientDefaults(b => b.ConfigurePrimaryHttpMessageHandler(Handler));
        services.Configure<Microsoft.Identity.Web.AadIssuerValidatorOptions>(o => o.HttpClientName = "local-oidc");
        services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o => o.BackchannelHttpHandler = Handler());
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.StandardInput.Close();
            using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _process.WaitForExitAsync(exit.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
        System.IO.Directory.Delete(_directory, recursive: true);
    }
}

/// <summary>A self-signed certificate for 127.0.0.1, with the PEM files node needs and the SPKI hash Chromium trusts.</summary>
internal sealed class TestCertificate : IDisposable
{
    private TestCertificate(X509Certificate2 certificate, string keyPem)
    {
        Certificate = certificate;
        KeyPem = keyPem;
    }

    public X509Certificate2 Certificate { get; }

    public string KeyPem { get; }

    public string CertificatePem => Certificate.ExportCertificatePem();

    /// <summary>For Chromium's <c>--ignore-certificate-errors-spki-list</c>: trusts exactly this key.</summary>
    public string SpkiSha256 => Convert.ToBase64String(SHA256.HashData(Certificate.PublicKey.ExportSubjectPublicKeyInfo()));

    public static TestCertificate Create()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(2));
        var certificate = X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
        return new TestCertificate(certificate, key.ExportPkcs8PrivateKeyPem());
    }

    public void Dispose() => Certificate.Dispose();
}
