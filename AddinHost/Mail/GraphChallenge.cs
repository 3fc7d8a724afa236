using Microsoft.Identity.Web;

namespace OutlookReferralAddin.AddinHost.Mail;

/// <summary>
/// The <c>WWW-Authenticate</c> value for a 403 when Graph needs consent or MFA: <c>insufficient_claims</c> with the
/// claims challenge for conditional access, otherwise <c>insufficient_scope</c> with the scopes to request.
/// </summary>
internal static class GraphChallenge
{
    public static string WwwAuthenticate(MicrosoftIdentityWebChallengeUserException ex)
    {
        var claims = ex.MsalUiRequiredException?.Claims;
        return Build(claims, ex.Scopes ?? GraphAuthenticationProvider.MailScopes);
    }

    public static string Build(string? claims, IEnumerable<string> scopes) =>
        string.IsNullOrEmpty(claims)
            ? $"Bearer error=\"insufficient_scope\", scope=\"{string.Join(' ', scopes)}\""
            : $"Bearer error=\"insufficient_claims\", claims=\"{Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(claims))}\"";
}
