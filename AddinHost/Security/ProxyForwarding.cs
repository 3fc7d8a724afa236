using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using OutlookReferralAddin.AddinHost.Manifest;
using IPNetwork = System.Net.IPNetwork;

namespace OutlookReferralAddin.AddinHost.Security;

/// <summary>
/// <c>X-Forwarded-For</c>, <c>-Proto</c> and <c>-Host</c>, applied only when the connection comes from a configured
/// proxy (<c>Security:KnownProxies</c>, <c>Security:KnownNetworks</c>), so that the origin gate, HSTS, manifest URLs and
/// the screening rate limit see the client's scheme, host and address, and a client that reaches the host directly
/// cannot claim them. With neither key set nothing is forwarded, even when a hosting platform sets
/// <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED</c> (which would otherwise trust every sender).
/// </summary>
internal static class ProxyForwarding
{
    public static void AddProxyForwarding(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IValidateOptions<SecurityOptions>, ProxyOptionsValidator>();
        builder.Services.AddOptions<ForwardedHeadersOptions>()
            .Configure<IOptions<SecurityOptions>, IConfiguration>((forwarded, security, configuration) =>
                Configure(forwarded, security.Value, configuration));
    }

    /// <summary>First in the pipeline: everything after it sees the client as the proxy saw it.</summary>
    public static void UseProxyForwarding(this WebApplication app) => app.UseForwardedHeaders();

    private static void Configure(ForwardedHeadersOptions forwarded, SecurityOptions security, IConfiguration configuration)
    {
        // The framework's defaults trust loopback; only what is configured counts.
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        forwarded.ForwardedHeaders = ForwardedHeaders.None;
        var proxies = security.KnownProxies.Select(p => IPAddress.TryParse(p, out var a) ? a : null).OfType<IPAddress>().ToList();
        var networks = security.KnownNetworks.Select(n => IPNetwork.TryParse(n, out var net) ? (IPNetwork?)net : null).OfType<IPNetwork>().ToList();
        if (proxies.Count == 0 && networks.Count == 0)
        {
            return;
        }

        foreach (var proxy in proxies)
        {
            forwarded.KnownProxies.Add(proxy);
            if (proxy.IsIPv4MappedToIPv6 || proxy.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)
            {
                // A dual-stack listener reports IPv4 peers as ::ffff:a.b.c.d.
                forwarded.KnownProxies.Add(proxy.IsIPv4MappedToIPv6 ? proxy.MapToIPv4() : proxy.MapToIPv6());
            }
        }

        foreach (var network in networks)
        {
            forwarded.KnownIPNetworks.Add(network);
        }

        // Each hop right to left is taken while it comes from a known proxy; the first unknown address is the client,
        // so whatever a client wrote into X-Forwarded-For itself stays to the left of it, unused.
        forwarded.ForwardLimit = null;
        forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;

        // X-Forwarded-Host would let whoever reaches the proxy choose the host the manifests and the origin gate use;
        // it counts only for the hosts the operator named (AllowedHosts, Addin:PublicUrl).
        var hosts = AllowedHosts(configuration);
        if (hosts.Count > 0)
        {
            forwarded.ForwardedHeaders |= ForwardedHeaders.XForwardedHost;
            forwarded.AllowedHosts = hosts;
        }
    }

    private static List<string> AllowedHosts(IConfiguration configuration)
    {
        var hosts = (configuration["AllowedHosts"] ?? string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(h => h != "*")
            .ToList();
        if (Uri.TryCreate(configuration[$"{AddinManifestOptions.SectionName}:{nameof(AddinManifestOptions.PublicUrl)}"], UriKind.Absolute, out var publicUrl))
        {
            hosts.Add(publicUrl.Host);
        }

        return [.. hosts.Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    private sealed class ProxyOptionsValidator : IValidateOptions<SecurityOptions>
    {
        public ValidateOptionsResult Validate(string? name, SecurityOptions options)
        {
            var failures = new List<string>();
            failures.AddRange(options.KnownProxies
                .Where(p => !IPAddress.TryParse(p, out _) || p.Contains('/', StringComparison.Ordinal))
                .Select(p => $"{SecurityOptions.Section}:{nameof(SecurityOptions.KnownProxies)}: '{p}' is not an IP address (networks go in {SecurityOptions.Section}:{nameof(SecurityOptions.KnownNetworks)})."));
            failures.AddRange(options.KnownNetworks
                .Where(n => !IsNetwork(n))
                .Select(n => $"{SecurityOptions.Section}:{nameof(SecurityOptions.KnownNetworks)}: '{n}' is not a network in CIDR notation such as 10.0.0.0/24."));
            failures.AddRange(options.KnownNetworks
                .Where(n => IPNetwork.TryParse(n, out var net) && net.PrefixLength == 0)
                .Select(n => $"{SecurityOptions.Section}:{nameof(SecurityOptions.KnownNetworks)}: '{n}' trusts every address; name the proxies' network."));
            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }

        // 10.0.0.7/24 parses (the host bits are dropped), but whether one proxy or its whole subnet was meant is a guess.
        private static bool IsNetwork(string text) =>
            text.Split('/') is [var address, _]
            && IPAddress.TryParse(address, out var parsed)
            && IPNetwork.TryParse(text, out var network)
            && network.BaseAddress.Equals(parsed);
    }
}
