using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Security;

/// <summary>
/// The forwarded-headers settings in-process, where the connection's address can be set per request (TestServer):
/// start-up refusals, HSTS behind a TLS-terminating proxy, and a hosting platform's <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED</c>.
/// The end-to-end proof with a real nginx is in <c>Proxy/ReverseProxyTests</c>.
/// </summary>
public sealed class ProxyForwardingTests
{
    private static readonly IPAddress Proxy = IPAddress.Parse("10.20.0.7");

    [Theory]
    [InlineData("Security:KnownProxies:0", "10.20.0.0/24", "Security:KnownProxies")]
    [InlineData("Security:KnownProxies:0", "proxy.internal", "Security:KnownProxies")]
    [InlineData("Security:KnownNetworks:0", "10.20.0.7", "Security:KnownNetworks")]
    [InlineData("Security:KnownNetworks:0", "10.20.0.7/24", "Security:KnownNetworks")]
    [InlineData("Security:KnownNetworks:0", "0.0.0.0/0", "Security:KnownNetworks")]
    public async Task Start_InvalidProxySetting_RefusesNamingTheKey(string key, string value, string named)
    {
        await using var host = await ReferralHost.CreateAsync(settings: new Dictionary<string, string?> { [key] = value });

        var failure = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains(named, failure.ToString(), StringComparison.Ordinal);
        Assert.Contains(value, failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hsts_Production_SentWhenAKnownProxyReportsHttps()
    {
        var settings = SecurityHeadersTests.EntraSettings();
        settings["Security:KnownProxies:0"] = Proxy.ToString();
        await using var host = await ReferralHost.CreateAsync(environment: "Production", settings: settings);

        var viaProxy = await SendAsync(host, Proxy, ("X-Forwarded-Proto", "https"), ("X-Forwarded-For", "192.0.2.10"));
        var spoofed = await SendAsync(host, IPAddress.Parse("192.0.2.99"), ("X-Forwarded-Proto", "https"));

        Assert.StartsWith("max-age=", viaProxy.Response.Headers.StrictTransportSecurity.ToString(), StringComparison.Ordinal);
        Assert.Equal("192.0.2.10", viaProxy.Connection.RemoteIpAddress?.ToString());
        Assert.Equal("https", viaProxy.Request.Scheme);
        Assert.Equal(string.Empty, spoofed.Response.Headers.StrictTransportSecurity.ToString());
        Assert.Equal("http", spoofed.Request.Scheme);
    }

    [Fact]
    public async Task PlatformForwardedHeadersEnabled_NoKnownProxies_ClientCannotRotateForwardedFor()
    {
        await using var host = await ReferralHost.CreateAsync(settings: new Dictionary<string, string?>
        {
            // What App Service and other platforms set; by itself it would trust X-Forwarded-For from anyone.
            ["FORWARDEDHEADERS_ENABLED"] = "true",
            ["Addin:ScreeningPermitsPerMinute"] = "2",
        });
        var client = IPAddress.Parse("192.0.2.50");

        var statuses = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            var context = await SendAsync(host, client, "/api/recipients/screen", ("X-Forwarded-For", $"198.51.100.{i + 1}"));
            statuses.Add(context.Response.StatusCode);
        }

        Assert.Equal([200, 200, 429, 429], statuses);
    }

    private static Task<HttpContext> SendAsync(ReferralHost host, IPAddress remote, params (string Name, string Value)[] headers) =>
        SendAsync(host, remote, "/healthz/live", headers);

    private static Task<HttpContext> SendAsync(ReferralHost host, IPAddress remote, string path, params (string Name, string Value)[] headers) =>
        host.Server.SendAsync(context =>
        {
            context.Connection.RemoteIpAddress = remote;
            context.Request.Host = new HostString("referrals.example.be");
            context.Request.Path = path;
            foreach (var (name, value) in headers)
            {
                context.Request.Headers[name] = value;
            }

            if (path == "/api/recipients/screen")
            {
                context.Request.Method = HttpMethods.Post;
                context.Request.ContentType = "application/json";
                context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes("""{"recipients":["socialedienst@kluisbergen.be"]}"""));
            }
        });
}
