using Microsoft.AspNetCore.Http.HttpResults;
using OutlookReferralAddin.AddinHost.Infrastructure;
using OutlookReferralAddin.Core.Recipients;

namespace OutlookReferralAddin.AddinHost.Teams;

/// <summary>A refusal for the worker: a stable code and a Dutch message that says whom to ask and what they must set.</summary>
internal sealed record TeamRefusal(string Code, string Message);

/// <summary>
/// Article 10/1: only the members of the team that signed a protocol share under it. One place decides, for the send
/// (403 before any other check), the list of OCMWs the pane offers and the verdict at the postcode field.
/// </summary>
internal static class TeamRefusals
{
    public const string TeamNotInProtocol = "team_not_in_protocol";
    public const string ProtocolWithoutTeam = "protocol_without_team";
    public const string GroupsMissing = "team_groups_missing";
    public const string GroupsOverage = "team_groups_overage";

    /// <summary>Null when the worker's token carries their groups and one of them is the protocol's team.</summary>
    public static TeamRefusal? Check(TeamMembership membership, OcmwProtocol protocol)
    {
        ArgumentNullException.ThrowIfNull(membership);
        ArgumentNullException.ThrowIfNull(protocol);
        if (OfMembership(membership) is { } unknown)
        {
            return unknown;
        }

        if (protocol.TeamGroupIds is not { Count: > 0 })
        {
            return new(ProtocolWithoutTeam,
                $"{protocol.Name} neemt geen doorverwijzingen aan: geen team ingesteld. Vraag de beheerder van de toepassing "
                + $"om de Entra-groep van {protocol.ReferringTeam} bij dit protocol in te stellen.");
        }

        return protocol.AcceptsTeamOf(membership.Groups) ? null : NotInTeam(protocol);
    }

    /// <summary>Null when the token says which groups the worker is in; otherwise what the Entra administrator must set.</summary>
    public static TeamRefusal? OfMembership(TeamMembership membership) => membership.State switch
    {
        GroupsClaimState.Missing => new(GroupsMissing,
            "Uw aanmelding vermeldt geen teamgroep, dus de toepassing kan niet nagaan voor welk team u doorverwijst. "
            + "Vraag de beheerder van Microsoft Entra ID om in de app-registratie de groepsclaim in te stellen "
            + "(Tokenconfiguratie → Groepsclaim toevoegen → ‘Groepen die aan de toepassing zijn toegewezen’) en de "
            + "beveiligingsgroep van uw team aan de bedrijfstoepassing toe te wijzen."),
        GroupsClaimState.Overage => new(GroupsOverage,
            "Uw aanmelding bevat te veel groepen om uw team te kunnen nagaan. Vraag de beheerder van Microsoft Entra ID om "
            + "de groepsclaim van de app-registratie te beperken tot ‘Groepen die aan de toepassing zijn toegewezen’ en "
            + "alleen de beveiligingsgroepen van de teams aan de bedrijfstoepassing toe te wijzen."),
        _ => null,
    };

    /// <summary>The OCMW belongs to another team's protocol: say which team, and where to reach it when the entry says so.</summary>
    public static TeamRefusal NotInTeam(OcmwProtocol protocol)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        var reach = protocol.Contacts?.TeamMailbox is { } mailbox ? $" ({mailbox})" : "";
        return new(TeamNotInProtocol,
            $"{protocol.Name} werkt met {protocol.ReferringTeam}: alleen dat team verwijst naar dit OCMW door. "
            + $"Vraag een collega van {protocol.ReferringTeam}{reach} om de doorverwijzing te doen.");
    }

    public static ProblemHttpResult ToProblem(this TeamRefusal refusal) =>
        Problems.Create(StatusCodes.Status403Forbidden, refusal.Code, refusal.Message);
}
