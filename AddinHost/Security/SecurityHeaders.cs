using Microsoft.Extensions.Options;
using OutlookReferralAddin.AddinHost.Authentication;

namespace OutlookReferralAddin.AddinHost.Security;

/// <summary>
/// Headers on every response. The CSP lets only the host itself and Office frame the pages, and scripts come only from
/// the host and the Office.js CDN; MSAL may reach the Microsoft identity platform. Styles allow inline for Fluent UI.
/// </summary>
internal sealed class SecurityHeaders(IOptions<SecurityOptions> options, SignInSettings signIn)
{
    public const string OfficeJs = "https://appsforoffice.microsoft.com";

    // MSAL talks to the configured sign-in authority (AzureAd:Instance), by default the Microsoft identity platform.
    public string ContentSecurityPolicy { get; } = Build(
        options.Value.FrameAncestors ?? [.. SecurityOptions.OfficeFrameAncestors], signIn.Instance.GetLeftPart(UriPartial.Authority));

    public void Apply(HttpResponse response)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
        headers[ResourcePolicy.HeaderName] = ResourcePolicy.For(response.HttpContext.Request.Path);
    }

    private static string Build(IEnumerable<string> frameAncestors, string identityPlatform) => string.Join("; ",
        "default-src 'self'",
        $"script-src 'self' {OfficeJs}",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        $"connect-src 'self' {identityPlatform}",
        $"frame-src 'self' {identityPlatform}",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self' " + string.Join(' ', frameAncestors));
}
