using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OutlookReferralAddin.AddinHost.Teams;

namespace OutlookReferralAddin.AddinHost.Authentication;

/// <summary>
/// Development stand-in for Entra sign-in: the user comes from <c>X-Dev-User</c> (default <c>dev@localhost</c>),
/// app roles from <c>X-Dev-Roles</c> (none given: <c>Referral.Worker</c>), Entra group object ids from <c>X-Dev-Groups</c>
/// (none given: every seeded team's group, so the README's first try refers to both seeded OCMWs; <c>none</c>: a token
/// without a groups claim; <c>overage</c>: a token that points at Graph for its groups). The API scope is always granted.
/// Refused outside the Development environment.
/// </summary>
internal sealed class DevelopmentAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptions<ReferralAuthenticationOptions> referralOptions,
    RoleNames roleNames)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Development";
    public const string UserHeader = "X-Dev-User";
    public const string RolesHeader = "X-Dev-Roles";
    public const string GroupsHeader = "X-Dev-Groups";
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
        var roles = Split(Request.Headers[RolesHeader].ToString());
        claims.AddRange((roles.Length > 0 ? roles : [roleNames.Worker]).Select(role => new Claim(UserClaims.Roles, role)));
        claims.AddRange(GroupClaims(Split(Request.Headers[GroupsHeader].ToString())));

        var identity = new ClaimsIdentity(claims, SchemeName, UserClaims.PreferredUserName, UserClaims.Roles);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    private static IEnumerable<Claim> GroupClaims(string[] groups) => groups switch
    {
        [] => DevelopmentTeams.AllGroups.Select(g => new Claim(TeamMembership.GroupsClaim, g)),
        ["none"] => [],
        ["overage"] => [new Claim(TeamMembership.ClaimNames, "{\"groups\":\"src1\"}")],
        _ => groups.Select(g => new Claim(TeamMembership.GroupsClaim, g)),
    };

    private static string[] Split(string header) =>
        header.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>A stable fake object id, so that "the sender" survives between requests as with Entra.</summary>
    private static string ObjectIdFor(string user) =>
        new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(user.ToUpperInvariant())).AsSpan(0, 16)).ToString();
}
