using System.Security.Claims;
using OutlookReferralAddin.AddinHost.Authentication;
using OutlookReferralAddin.AddinHost.Directory;

namespace OutlookReferralAddin.AddinHost.Teams;

/// <summary>
/// Who is signed in, as the pages need it: the roles (<c>worker</c>, <c>admin</c>, <c>dpo</c>) that decide which tabs the
/// admin page shows, and the OCMWs the worker's team may refer to, which the task pane offers. <c>/api/directory</c> stays
/// complete and anonymous (the compose-window screening protects every agreed mailbox); this list only narrows the form.
/// </summary>
/// <param name="UserPrincipalName">The signed-in person.</param>
/// <param name="Roles">Their app roles as the pages name them: <c>worker</c>, <c>admin</c>, <c>dpo</c>.</param>
/// <param name="ReferableOcmwIds">The protocol entries whose team group the worker is in.</param>
/// <param name="Teams">The referring teams of those entries.</param>
/// <param name="TeamProblem">Why no OCMW is offered when the token does not tell the worker's groups; null otherwise.</param>
internal sealed record MeView(
    string UserPrincipalName,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> ReferableOcmwIds,
    IReadOnlyList<string> Teams,
    TeamRefusal? TeamProblem);

internal static class MeApi
{
    public static void MapMeApi(this WebApplication app) =>
        app.MapGroup("/api/me").RequireWorker(app.Configuration).WithTags("Me")
            .MapGet("/", Get).WithName("GetMe").Produces<MeView>();

    /// <summary>
    /// From the directory as stored now: the pane asks again when it comes back into view, and an entry an administrator
    /// just gave the worker's team must be offered then, not five minutes later. The send decides on the stored rows too.
    /// </summary>
    private static async Task<IResult> Get(ClaimsPrincipal user, RoleNames roles, DirectoryStore directory, CancellationToken ct)
    {
        var membership = TeamMembership.Of(user);
        var protocols = (await directory.GetCurrentAsync(ct)).Protocols;
        var referable = TeamScope.ReferableBy(membership, protocols);
        return TypedResults.Ok(new MeView(
            user.ToWorker().UserPrincipalName,
            roles.Of(user),
            [.. referable.Select(p => p.Id)],
            TeamScope.TeamsOf(membership, protocols),
            TeamRefusals.OfMembership(membership)));
    }
}
