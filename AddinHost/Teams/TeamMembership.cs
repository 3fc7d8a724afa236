using System.Security.Claims;

namespace OutlookReferralAddin.AddinHost.Teams;

/// <summary>How the token tells the host which Entra security groups the worker is in.</summary>
internal enum GroupsClaimState
{
    /// <summary>A <c>groups</c> claim with the groups assigned to the application that the user is in.</summary>
    Present,

    /// <summary>No <c>groups</c> claim: the app registration does not emit it, or the user is in none of its groups.</summary>
    Missing,

    /// <summary>Too many groups for the token: Entra points at Graph instead (<c>_claim_names</c>, <c>hasgroups</c>).</summary>
    Overage,
}

/// <summary>
/// The worker's groups as the token carries them. The app registration emits the <c>groups</c> claim limited to "groups
/// assigned to the application", so the claim holds the team groups and nothing else. A token that only points at Graph
/// (overage) or carries no claim is never read as "member": the referral is refused with what the administrator must
/// configure (<see cref="TeamRefusals"/>). Resolving the overage through Graph is left out on purpose: with the claim
/// limited to the application's groups it needs more than 200 team groups on one person.
/// </summary>
internal sealed record TeamMembership(GroupsClaimState State, IReadOnlyList<string> Groups)
{
    public const string GroupsClaim = "groups";
    public const string ClaimNames = "_claim_names";
    public const string HasGroups = "hasgroups";

    public static TeamMembership Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var overage = user.FindAll(ClaimNames).Any(c => c.Value.Contains("\"groups\"", StringComparison.OrdinalIgnoreCase))
            || user.HasClaim(c => c.Type == HasGroups);
        if (overage)
        {
            return new(GroupsClaimState.Overage, []);
        }

        var groups = user.FindAll(GroupsClaim).Select(c => c.Value.Trim()).Where(v => v.Length > 0).ToList();
        return groups.Count == 0 ? new(GroupsClaimState.Missing, []) : new(GroupsClaimState.Present, groups);
    }
}
