using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace OutlookReferralAddin.AddinHost.Authentication;

/// <summary>
/// Development stand-in for Entra sign-in: the user comes from <c>X-Dev-User</c> (default <c>dev@localhost</c>),
/// app roles from <c>X-Dev-Roles</c>; the API scope is always granted. Refused outside the Development environment.
/// </summary>
internal sealed class DevelopmentAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptions<ReferralAuthenticationOptions> referralOptions)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Development";
    public const string UserHeader = "X-Dev-User";
    public const string RolesHeader = "X-Dev-Roles";
    public const string DefaultUser = "dev@localhost";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var user = Request.Headers[UserHeader].ToString().Trim();
        if (user.Length == 0)
        {
            user = DefaultUser;
        }

        var claims = new List<Claim>
        {
            new(UserClaims.ObjectId, ObjectIdFor(user)),
            new(UserClaims.PreferredUserName, user),
            new(UserClaims.Scope, referralOptions.Value.Scope),
        };
        claims.AddRange(Request.Headers[RolesHeader].ToString()
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(role => new Claim(UserClaims.Roles, role)));

        var identity = new ClaimsIdentity(claims, SchemeName, UserClaims.PreferredUserName, UserClaims.Roles);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    /// <summary>A stable fake object id, so that "the sender" survives between requests as with Entra.</summary>
    private static string ObjectIdFor(string user) =>
        new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(user.ToUpperInvariant())).AsSpan(0, 16)).ToString();
}
