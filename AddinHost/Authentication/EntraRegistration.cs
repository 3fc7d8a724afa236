namespace OutlookReferralAddin.AddinHost.Authentication;

/// <summary>
/// What this host needs from its Entra ID app registration, exactly as the administrator types it in, and what the
/// task pane, the manifests and the token check use. Built by <see cref="SignInSettings.For(Uri)"/>.
/// </summary>
/// <param name="ClientId">Application (client) ID; also the audience of the v2 access tokens the host accepts.</param>
/// <param name="TenantId">Directory (tenant) ID; tokens from other tenants are refused.</param>
/// <param name="Authority">Where MSAL signs in: <c>AzureAd:Instance</c> + tenant.</param>
/// <param name="ProtocolMode">MSAL's <c>AAD</c> for the Microsoft identity platform, <c>OIDC</c> for any other provider.</param>
/// <param name="KnownAuthorities">Hosts MSAL may trust without Microsoft's instance discovery (only in OIDC mode).</param>
/// <param name="ApplicationIdUri">Expose an API → Application ID URI; the manifests' <c>WebApplicationInfo</c> resource.</param>
/// <param name="ScopeName">The delegated scope added under Expose an API.</param>
/// <param name="Scope">What the task pane asks a token for: <paramref name="ApplicationIdUri"/>/<paramref name="ScopeName"/>.</param>
/// <param name="NaaRedirectUri">Single-page application redirect for nested app authentication (origin only).</param>
/// <param name="DialogRedirectUri">Single-page application redirect for the dialog fallback: the page MSAL returns to.</param>
/// <param name="AdminRole">App role that keeps the allow-list (protocol entries, proposals, verifications, import).</param>
/// <param name="WorkerRole">App role that refers.</param>
/// <param name="DpoRole">App role of the data protection officer: consent register, incidents, every referral.</param>
public sealed record EntraRegistration(
    string ClientId,
    string TenantId,
    string Authority,
    string ProtocolMode,
    IReadOnlyList<string> KnownAuthorities,
    string ApplicationIdUri,
    string ScopeName,
    string Scope,
    string NaaRedirectUri,
    string DialogRedirectUri,
    string AdminRole,
    string WorkerRole,
    string DpoRole)
{
    /// <summary>The dialog page, where MSAL's redirect flow in the Office dialog starts and returns.</summary>
    public const string DialogPath = "/auth-dialog.html";

    /// <summary>The host sends mail as the worker through Graph on behalf of them: delegated, never application.</summary>
    public string GraphPermission => "Mail.Send";

    public string GraphPermissionType => "Delegated";

    /// <summary><c>requestedAccessTokenVersion</c> in the registration's manifest: the host validates v2 tokens.</summary>
    public int AccessTokenVersion => 2;
}
