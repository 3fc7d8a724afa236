using Microsoft.Extensions.Options;
using OutlookReferralAddin.AddinHost.Authentication;

namespace OutlookReferralAddin.AddinHost.Spa;

/// <summary>What the task pane and the sign-in dialog need before they sign in; in Entra mode all from <see cref="SignInSettings"/>.</summary>
/// <param name="AuthMode"><c>Development</c> (headers stand-in) or <c>Entra</c> (nested app authentication, dialog fallback).</param>
/// <param name="ClientId">The add-in's app registration (client) id; null in Development mode.</param>
/// <param name="ApiScope">The scope the pane requests for this host's API: Application ID URI + <c>/</c> + scope name.</param>
/// <param name="TenantId">The Entra tenant.</param>
/// <param name="Authority">MSAL's authority (instance + tenant).</param>
/// <param name="ProtocolMode">MSAL's protocol mode: <c>AAD</c>, or <c>OIDC</c> when <c>AzureAd:Instance</c> is another provider.</param>
/// <param name="KnownAuthorities">Hosts MSAL trusts without Microsoft's instance discovery (OIDC mode only).</param>
/// <param name="DialogRedirectUri">The registered redirect of the dialog fallback.</param>
internal sealed record ClientConfig(
    string AuthMode,
    string? ClientId,
    string? ApiScope,
    string? TenantId,
    string? Authority = null,
    string? ProtocolMode = null,
    IReadOnlyList<string>? KnownAuthorities = null,
    string? DialogRedirectUri = null);

internal static class ClientConfigApi
{
    public static void MapClientConfig(this WebApplication app)
    {
        var development = app.Services.GetRequiredService<IOptions<ReferralAuthenticationOptions>>().Value.Mode == AuthenticationMode.Development;
        app.MapGet("/api/client-config", (HttpContext http, SignInSettings settings) =>
            {
                http.Response.Headers.CacheControl = "no-cache";
                return TypedResults.Ok(development ? new ClientConfig("Development", null, null, null) : Build(settings.For(http.Request)));
            })
            .WithName("GetClientConfig")
            .AllowAnonymous();
    }

    internal static ClientConfig Build(EntraRegistration registration) => new(
        "Entra",
        registration.ClientId,
        registration.Scope,
        registration.TenantId,
        registration.Authority,
        registration.ProtocolMode,
        registration.KnownAuthorities,
        registration.DialogRedirectUri);
}
