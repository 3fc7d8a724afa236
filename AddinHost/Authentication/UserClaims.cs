using System.Security.Claims;

namespace OutlookReferralAddin.AddinHost.Authentication;

/// <summary>The worker as the consent register records them: Entra object id and UPN.</summary>
internal sealed record Worker(string ObjectId, string UserPrincipalName);

internal static class UserClaims
{
    public const string ObjectId = "oid";
    public const string PreferredUserName = "preferred_username";
    public const string Scope = "scp";
    public const string Roles = "roles";

    private const string ObjectIdUri = "http://schemas.microsoft.com/identity/claims/objectidentifier";

    public static Worker ToWorker(this ClaimsPrincipal user)
    {
        // Entra tokens without oid are refused at sign-in (EntraClaimRules); this is the last guard, not the check.
        var objectId = user.FindFirstValue(ObjectId) ?? user.FindFirstValue(ObjectIdUri)
            ?? throw new InvalidOperationException("The signed-in user has no object id claim.");
        var upn = user.FindFirstValue(PreferredUserName) ?? user.FindFirstValue(ClaimTypes.Upn)
            ?? user.FindFirstValue("upn") ?? user.Identity?.Name ?? objectId;
        return new Worker(objectId, upn);
    }
}
