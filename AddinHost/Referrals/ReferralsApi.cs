using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Authentication;
using OutlookReferralAddin.AddinHost.Consent;
using OutlookReferralAddin.AddinHost.Infrastructure;
using OutlookReferralAddin.AddinHost.Referrals.History;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Teams;

namespace OutlookReferralAddin.AddinHost.Referrals;

internal static class ReferralsApi
{
    /// <summary>A referral body is a few hundred bytes; 32 kB leaves room and stops abuse early.</summary>
    public const int MaxBodyBytes = 32 * 1024;

    public static void MapReferralsApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/referrals").RequireWorker(app.Configuration)
            .RequireAuthorization(ReferralRoles.WorkerOrDpoPolicy).WithTags("Referrals");

        group.MapPost("/", Create)
            .RequireAuthorization(ReferralRoles.WorkerPolicy)
            .WithName("CreateReferral")
            .Accepts<ReferralRequest>("application/json")
            .Produces<ReferralCreated>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status502BadGateway)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));
        group.MapGet("/{id:guid}", Get).WithName("GetReferral").Produces<ReferralView>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/", ReferralQueries.ListAsync).WithName("ListReferrals").Produces<ReferralPage>().ProducesValidationProblem();
        group.MapPost("/lookup", ReferralQueries.LookupAsync).WithName("LookupReferrals").Produces<LookupResult>().ProducesValidationProblem().ProducesProblem(429)
            .WithMetadata(new RequestSizeLimitAttribute(4 * 1024));
        app.MapReferralHistoryApi();
    }

    private static async Task<IResult> Create(
        HttpRequest http,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        RequestBodyReader reader,
        ReferralValidator validator,
        ReferralSubmission submission,
        DuplicateCheck duplicates,
        ClientPseudonyms pseudonyms,
        ReferralConnection connection,
        CancellationToken ct)
    {
        if (idempotencyKey is { } key && (key.Length is 0 or > IdempotencyStore.MaxKeyLength || key.Any(char.IsControl)))
        {
            return ValidationProblems.Single("Idempotency-Key", "idempotency_key_invalid", "De Idempotency-Key is 1 tot 200 tekens lang.");
        }

        var (request, canonical, problem) = await reader.ReadAsync<ReferralRequest>(http, MaxBodyBytes, ct);
        if (problem is not null)
        {
            return problem;
        }

        // The directory version and the duplicate check share one connection; whether it is held through the send is the
        // provider's matter (ReferralConnection).
        await using var held = await connection.OpenAsync(ct);
        var bodyHash = pseudonyms.BodyHash(canonical);
        var (referral, invalid) = await validator.ValidateAsync(request!, TeamMembership.Of(http.HttpContext.User), ct);
        if (invalid is not null)
        {
            return invalid;
        }

        if (await duplicates.CheckAsync(referral!, request!.ConfirmDuplicate == true, http.HttpContext.User, idempotencyKey, bodyHash, ct) is { } earlier)
        {
            return earlier;
        }

        await held.BeforeSendAsync();
        return await submission.SubmitAsync(referral!, http.HttpContext.User.ToWorker(), idempotencyKey, bodyHash, ct);
    }

    private static async Task<Results<Ok<ReferralView>, NotFound>> Get(
        Guid id, ClaimsPrincipal user, ReferralsDbContext db, IAuthorizationService authorization, CancellationToken ct)
    {
        var record = await db.FindVisibleAsync(id, user, authorization, ct);
        return record is null ? TypedResults.NotFound() : TypedResults.Ok(ReferralView.From(record, await db.HistoryAsync(id, ct)));
    }
}
