using OutlookReferralAddin.AddinHost.Manifest;

namespace OutlookReferralAddin.AddinHost.Authentication;

/// <summary>
/// The one place the sign-in values come from: <c>AzureAd:ClientId</c>, <c>AzureAd:TenantId</c>, <c>AzureAd:Instance</c>,
/// <c>AzureAd:Audience</c> (the Application ID URI when it is not <c>api://&lt;host&gt;/&lt;client id&gt;</c>),
/// <c>Authentication:Scope</c>, <c>Authentication:WorkerRole</c>/<c>AdminRole</c>/<c>DpoRole</c> and <c>Addin:PublicUrl</c>. The manifests'
/// <c>WebApplicationInfo</c>, the task pane's scope and authority, Microsoft.Identity.Web's audience check and the admin
/// page's "Registratie in Entra ID" all read them here, so what an administrator registers cannot drift from what runs.
/// </summary>
public sealed class SignInSettings
{
    /// <summary>Hosts of the Microsoft identity platform; MSAL speaks its AAD dialect only to these.</summary>
    private static readonly HashSet<string> MicrosoftLoginHosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "login.microsoftonline.com", "login.microsoft.com", "login.windows.net", "login.microsoftonline.us",
        "login.partner.microsoftonline.cn", "login.chinacloudapi.cn",
    };

    public required string ClientId { get; init; }

    public required string TenantId { get; init; }

    public required Uri Instance { get; init; }

    /// <summary><c>AzureAd:Audience</c> when it is an <c>api://</c> URI; otherwise the URI is derived from the host.</summary>
    public string? ConfiguredApplicationIdUri { get; init; }

    public required string ScopeName { get; init; }

    public required string AdminRole { get; init; }

    public string WorkerRole { get; init; } = new ReferralAuthenticationOptions().WorkerRole;

    public string DpoRole { get; init; } = new ReferralAuthenticationOptions().DpoRole;

    public Uri? PublicUrl { get; init; }

    /// <summary>
    /// Reads and checks the settings. In Development the client id may be missing (the manifest placeholder stands in);
    /// <c>Spa:ApiScope</c>, which an earlier version read, is refused rather than silently ignored.
    /// </summary>
    public static SignInSettings From(IConfiguration configuration, IHostEnvironment environment)
    {
        if (!string.IsNullOrWhiteSpace(configuration["Spa:ApiScope"]))
        {
            throw new InvalidOperationException(
                "Spa:ApiScope is not read any more: the task pane's scope is the Application ID URI (AzureAd:Audience, "
                + "default api://<host>/<client id>) followed by Authentication:Scope. Remove the setting.");
        }

        var defaults = new ReferralAuthenticationOptions();
        var clientId = NullIfBlank(configuration["AzureAd:ClientId"])
            ?? (environment.IsDevelopment() ? AddinManifestOptions.DevelopmentPlaceholderClientId : "");
        var audience = NullIfBlank(configuration["AzureAd:Audience"]);
        if (audience is not null
            && !audience.StartsWith("api://", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(audience, clientId, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                "AzureAd:Audience must be empty, the client id, or the Application ID URI (api://...) registered under "
                + "Expose an API; the task pane asks for a token for exactly that resource.");
        }

        var instance = NullIfBlank(configuration["AzureAd:Instance"]) ?? "https://login.microsoftonline.com/";
        return new SignInSettings
        {
            ClientId = clientId,
            TenantId = NullIfBlank(configuration["AzureAd:TenantId"]) ?? "organizations",
            Instance = new Uri(instance.EndsWith('/') ? instance : instance + "/", UriKind.Absolute),
            ConfiguredApplicationIdUri = audience is not null && audience.StartsWith("api://", StringComparison.OrdinalIgnoreCase)
                ? audience.TrimEnd('/') : null,
            ScopeName = NullIfBlank(configuration["Authentication:Scope"]) ?? defaults.Scope,
            AdminRole = NullIfBlank(configuration["Authentication:AdminRole"]) ?? defaults.AdminRole,
            WorkerRole = NullIfBlank(configuration["Authentication:WorkerRole"]) ?? defaults.WorkerRole,
            DpoRole = NullIfBlank(configuration["Authentication:DpoRole"]) ?? defaults.DpoRole,
            PublicUrl = NullIfBlank(configuration["Addin:PublicUrl"]) is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null,
        };
    }

    /// <summary>The registration for the origin Outlook reaches the host at (<c>Addin:PublicUrl</c>, else the request's).</summary>
    public EntraRegistration For(HttpRequest request) =>
        For(PublicUrl ?? new Uri($"{request.Scheme}://{request.Host.ToUriComponent()}/", UriKind.Absolute));

    public EntraRegistration For(Uri origin)
    {
        var host = HostOf(origin);
        var applicationIdUri = ApplicationIdUriFor(origin, ClientId, ConfiguredApplicationIdUri);
        var microsoft = MicrosoftLoginHosts.Contains(Instance.Host);
        var instanceHost = HostOf(Instance);
        return new EntraRegistration(
            ClientId: ClientId,
            TenantId: TenantId,
            // MSAL's AAD mode appends /v2.0 itself; a standards OpenID Connect provider is addressed by its issuer.
            Authority: microsoft ? $"{Instance.AbsoluteUri}{TenantId}" : $"{Instance.AbsoluteUri}{TenantId}/v2.0",
            ProtocolMode: microsoft ? "AAD" : "OIDC",
            KnownAuthorities: microsoft ? [] : [instanceHost],
            ApplicationIdUri: applicationIdUri,
            ScopeName: ScopeName,
            Scope: $"{applicationIdUri}/{ScopeName}",
            NaaRedirectUri: $"brk-multihub://{host}",
            DialogRedirectUri: new Uri(origin, EntraRegistration.DialogPath).AbsoluteUri,
            AdminRole: AdminRole,
            WorkerRole: WorkerRole,
            DpoRole: DpoRole);
    }

    /// <summary>The configured Application ID URI, else <c>api://&lt;host&gt;/&lt;client id&gt;</c> as Office SSO documents it.</summary>
    public static string ApplicationIdUriFor(Uri origin, string clientId, string? configured) =>
        configured ?? $"api://{HostOf(origin)}/{clientId}";

    /// <summary>Host and port (when not the default), as Entra's redirect URIs and Application ID URIs write it.</summary>
    private static string HostOf(Uri uri) => uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}";

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
