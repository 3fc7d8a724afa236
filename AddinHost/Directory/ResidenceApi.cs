using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OutlookReferralAddin.AddinHost.Authentication;
using OutlookReferralAddin.AddinHost.Infrastructure;
using OutlookReferralAddin.AddinHost.Teams;
using OutlookReferralAddin.Core.Recipients.Residence;
using OutlookReferralAddin.Core.Referrals;
using OutlookReferralAddin.Core.Validation;

namespace OutlookReferralAddin.AddinHost.Directory;

/// <summary>The body of <c>POST /api/recipients/residence</c>; a POST so the postcode stays out of URLs and access logs.</summary>
internal sealed record ResidenceRequest(string? PostalCode, string? OcmwId);

/// <summary>The verdict on the client's postcode for the chosen OCMW (article 6), as the pane shows it at the postcode field.</summary>
internal sealed record ResidenceView(string Code, bool Allowed, string? OcmwId, string? OcmwName, string Message)
{
    public static ResidenceView From(ResidenceVerdict v) => new(v.Code, v.Allowed, v.OcmwId, v.OcmwName, v.Message);
}

internal static class ResidenceApi
{
    public static void MapResidenceApi(this WebApplication app) =>
        app.MapGroup("/api/recipients")
            .RequireWorker(app.Configuration)
            .WithTags("Recipients")
            .MapPost("/residence", Check)
            .WithName("CheckResidence");

    /// <summary>The OCMW of the postcode exists and is in force, but none of its mailboxes is confirmed yet.</summary>
    public const string OcmwNotVerified = "postcode_ocmw_not_verified";

    /// <summary>
    /// Advice while typing, on the directory as stored now (an approval elsewhere counts at once); the send decides again.
    /// The verdict speaks only of an OCMW the worker can choose: a postcode whose OCMW works with another team says so
    /// and whom to ask, and one whose mailbox nobody confirmed yet says why it is missing from the list.
    /// </summary>
    private static async Task<Results<Ok<ResidenceView>, ValidationProblem>> Check(
        ResidenceRequest request, ClaimsPrincipal user, DirectoryStore store, BrusselsClock clock, CancellationToken ct)
    {
        var postalCode = request.PostalCode?.Trim() ?? "";
        if (AddressRules.CheckPostalCode(postalCode) is not null)
        {
            return ValidationProblems.Single("postalCode", ErrorCodes.InvalidPostalCode,
                ValidationMessages.For(FieldPaths.PostalCode, ErrorCodes.InvalidPostalCode));
        }

        var snapshot = await store.GetCurrentAsync(ct);
        var verdict = snapshot.Residence.Check(postalCode, request.OcmwId, clock.Today);
        if (snapshot.Find(verdict.OcmwId) is { } serving && TeamRefusals.Check(TeamMembership.Of(user), serving) is { } refusal)
        {
            return TypedResults.Ok(new ResidenceView(refusal.Code, false, serving.Id, serving.Name, refusal.Message));
        }

        if (snapshot.Find(verdict.OcmwId) is { } unconfirmed && snapshot.VerifiedMailboxesOf(unconfirmed).Count == 0)
        {
            return TypedResults.Ok(new ResidenceView(OcmwNotVerified, false, unconfirmed.Id, unconfirmed.Name,
                $"Deze postcode hoort bij {unconfirmed.Name}, maar de mailbox van de sociale dienst is nog niet bevestigd. "
                + "U kunt er nog niet naar doorverwijzen. Vraag de beheerder van de toepassing om de mailbox te laten bevestigen."));
        }

        return TypedResults.Ok(ResidenceView.From(verdict));
    }
}
