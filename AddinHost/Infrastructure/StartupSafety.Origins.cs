using OutlookReferralAddin.Core.Recipients.EntryChecks;

namespace OutlookReferralAddin.AddinHost.Infrastructure;

/// <summary>
/// The origins the host names or trusts: its own public URL (manifests and the event script are built from it), the
/// frame ancestors of its pages and the origins allowed to call its API. Each is an https origin, never <c>*</c> or
/// <c>null</c>, and a frame-ancestor wildcard stays within one organisation.
/// </summary>
internal static partial class StartupSafety
{
    /// <summary>CSP keywords that name no other origin.</summary>
    private static readonly string[] FrameAncestorKeywords = ["'self'", "'none'"];

    private static void CheckPublicUrl(string? publicUrl, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(publicUrl))
        {
            failures.Add("Addin:PublicUrl is required outside Development: the manifests and the event script are built from it, "
                + "never from the request's Host header.");
        }
        else if (!IsHttpsOrigin(publicUrl, wildcardSubdomain: false))
        {
            failures.Add("Addin:PublicUrl must be an https origin such as https://verwijzen.example.be.");
        }
    }

    private static void CheckOrigins(IConfiguration configuration, string key, bool frameAncestors, List<string> failures)
    {
        var section = configuration.GetSection(key);
        if (!string.IsNullOrEmpty(section.Value))
        {
            // A single string (Security__AllowedOrigins=*) is not bound to a list at all: refuse instead of ignoring it.
            failures.Add($"{key} must be a list ({key}:0, {key}:1, ...), not a single value.");
            return;
        }

        foreach (var entry in section.GetChildren())
        {
            var value = entry.Value?.Trim() ?? string.Empty;
            var accepted = frameAncestors
                ? FrameAncestorKeywords.Contains(value, StringComparer.OrdinalIgnoreCase) || IsHttpsOrigin(value, wildcardSubdomain: true)
                : IsHttpsOrigin(value, wildcardSubdomain: false);
            if (!accepted)
            {
                failures.Add($"{entry.Path} must be an https origin such as https://outlook.office.com; *, null and http origins are refused.");
            }
            else if (frameAncestors && WildcardOverPublicSuffix(value))
            {
                failures.Add($"{entry.Path} must not put a wildcard over a public suffix (such as https://*.com or https://*.co.uk): "
                    + "name one organisation's domain, such as https://*.office.com.");
            }
        }
    }

    /// <summary><c>https://host[:port]</c>, nothing more; frame ancestors may start the host with one <c>*.</c> label.</summary>
    private static bool IsHttpsOrigin(string value, bool wildcardSubdomain)
    {
        const string Https = "https://";
        if (!value.StartsWith(Https, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = value[Https.Length..].TrimEnd('/');
        if (wildcardSubdomain && rest.StartsWith("*.", StringComparison.Ordinal))
        {
            rest = rest[2..];
        }

        return !rest.Contains('*', StringComparison.Ordinal)
            && Uri.TryCreate(Https + rest, UriKind.Absolute, out var uri)
            && uri.HostNameType is UriHostNameType.Dns or UriHostNameType.IPv4 or UriHostNameType.IPv6
            && uri.UserInfo.Length == 0 && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0;
    }

    /// <summary><c>https://*.com</c>: the part after <c>*.</c> is a public suffix, so every organisation under it could frame us.</summary>
    private static bool WildcardOverPublicSuffix(string value)
    {
        const string Prefix = "https://*.";
        if (!value.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var host = value[Prefix.Length..].TrimEnd('/');
        var colon = host.IndexOf(':', StringComparison.Ordinal);
        host = colon >= 0 ? host[..colon] : host;
        return PublicSuffixes.IsPublicSuffix(host);
    }
}
