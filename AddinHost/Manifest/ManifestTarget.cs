using OutlookReferralAddin.AddinHost.Authentication;

namespace OutlookReferralAddin.AddinHost.Manifest;

/// <summary>The host a manifest is rendered for: its public origin and its Entra app registration.</summary>
internal sealed record ManifestTarget(Uri Origin, Guid ClientId, string? ApplicationIdUri = null)
{
    public static ManifestTarget For(HttpRequest request, AddinManifestOptions options)
    {
        var origin = options.PublicUrl is { } configured
            ? new Uri(configured, UriKind.Absolute)
            : new Uri($"{request.Scheme}://{request.Host.ToUriComponent()}/", UriKind.Absolute);
        return new ManifestTarget(origin, Guid.Parse(options.ClientId!), options.ApplicationIdUri);
    }

    /// <summary>The host and port (when not the default) as Entra and <c>validDomains</c> expect them.</summary>
    public string Authority => Origin.IsDefaultPort ? Origin.Host : $"{Origin.Host}:{Origin.Port}";

    /// <summary>The application ID URI of the host's API: the configured one, else <c>api://&lt;host&gt;/&lt;clientId&gt;</c>.</summary>
    public string ApiResource => SignInSettings.ApplicationIdUriFor(Origin, ClientId.ToString("D"), ApplicationIdUri);

    public string Url(string path) => new Uri(Origin, path).AbsoluteUri;
}
