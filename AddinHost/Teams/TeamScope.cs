using OutlookReferralAddin.Core.Recipients;

namespace OutlookReferralAddin.AddinHost.Teams;

/// <summary>What a worker's team may do, read from the directory and the worker's groups.</summary>
internal static class TeamScope
{
    /// <summary>The protocols the worker may refer under (in force or not: the pane shows their status itself).</summary>
    public static IReadOnlyList<OcmwProtocol> ReferableBy(TeamMembership membership, IEnumerable<OcmwProtocol> protocols) =>
        membership.State == GroupsClaimState.Present ? [.. protocols.Where(p => p.AcceptsTeamOf(membership.Groups))] : [];

    /// <summary>The referring teams (as the records keep them) the worker belongs to.</summary>
    public static List<string> TeamsOf(TeamMembership membership, IEnumerable<OcmwProtocol> protocols) =>
        [.. ReferableBy(membership, protocols).Select(p => p.ReferringTeam).Distinct(StringComparer.Ordinal)];
}
