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

    /// <summary>
    /// Advice while typing, from the cached directory; the send decides again on the directory as stored now. A postcode
    /// whose OCMW works with another team says so and whom to ask: the worker may not refer there at all.
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

        var snapshot = await store.GetAsync(ct);
        var verdict = snapshot.Residence.Check(postalCode, request.OcmwId, clock.Today);
        if (snapshot.Find(verdict.OcmwId) is { } serving && TeamRefusals.Check(TeamMembership.Of(user), serving) is { } refusal)
        {
            return TypedResults.Ok(new ResidenceView(refusal.Code, false, serving.Id, serving.Name, refusal.Message));
        }

        return TypedResults.Ok(ResidenceView.From(verdict));
    }
}
