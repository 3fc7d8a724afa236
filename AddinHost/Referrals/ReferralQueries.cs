using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Authentication;
using OutlookReferralAddin.AddinHost.Consent;
using OutlookReferralAddin.AddinHost.Directory;
using OutlookReferralAddin.AddinHost.Infrastructure;
using OutlookReferralAddin.AddinHost.Referrals.History;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Teams;
using OutlookReferralAddin.Core.Referrals;
using OutlookReferralAddin.Core.Validation;

namespace OutlookReferralAddin.AddinHost.Referrals;

/// <summary>
/// "Mijn doorverwijzingen" and "Werd deze cliënt al doorverwezen?": the caller's own referrals (the DPO: all), never
/// client data. The look-up covers the worker's team (the teams of the protocols their groups may refer under); the DPO's
/// covers the organisation. The lookup turns the name into the keyed pseudonym inside the request; the name is never stored or logged.
/// </summary>
internal static class ReferralQueries
{
    private const int MaxPageSize = 100;
    private const int MaxNameLength = 100;

    public static async Task<IResult> ListAsync(
        ClaimsPrincipal user, ReferralsDbContext db, IAuthorizationService authorization,
        bool? all, string? ocmwId, string? status, int? page, int? pageSize, CancellationToken ct)
    {
        if (all == true && !await authorization.IsDpoAsync(user))
        {
            return Problems.Create(403, "dpo_only", "Alleen de DPO ziet de doorverwijzingen van iedereen.");
        }

        var query = db.ConsentRecords.AsNoTracking();
        if (all != true)
        {
            var me = user.ToWorker().ObjectId;
            query = query.Where(r => r.WorkerObjectId == me);
        }

        if (!string.IsNullOrEmpty(ocmwId))
        {
            query = query.Where(r => r.OcmwId == ocmwId);
        }

        if (status is not null)
        {
            if (!Enum.TryParse<ReferralStatus>(status, ignoreCase: true, out var s) || !Enum.IsDefined(s) || int.TryParse(status, out _))
            {
                return ValidationProblems.Single("status", "status_unknown", "De status is pending, sent, failed, withdrawn of unknown.");
            }

            query = query.Where(r => r.Status == s);
        }

        var size = Math.Clamp(pageSize ?? 20, 1, MaxPageSize);
        var number = Math.Clamp(page ?? 1, 1, int.MaxValue / MaxPageSize);
        var total = await query.CountAsync(ct);
        var items = await Summaries(db, query.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Reference)
            .Skip(QueryLimits.Skip(number, size)).Take(size)).ToListAsync(ct);
        return TypedResults.Ok(new ReferralPage(items, total, number, size));
    }

    public static async Task<IResult> LookupAsync(
        LookupRequest? request, ClaimsPrincipal user, ReferralsDbContext db, IAuthorizationService authorization,
        ClientPseudonyms pseudonyms, DirectoryStore directory, BrusselsClock clock, WriteGate writes, CancellationToken ct)
    {
        var errors = Validate(request);
        if (errors.Count > 0)
        {
            return ValidationProblems.From(errors);
        }

        // Under the current key and any previous one: a rotated key keeps earlier referrals findable.
        var candidates = pseudonyms.AllPseudonyms(request!.GivenName!, request.FamilyName!, request.PostalCode!.Trim());
        var query = db.ConsentRecords.AsNoTracking().Where(r => candidates.Contains(r.ClientPseudonym));
        var scope = await authorization.IsDpoAsync(user) ? "organisation" : "team";
        if (scope == "team")
        {
            // The worker's team: their own referrals and those under the protocols their groups may refer under.
            var me = user.ToWorker().ObjectId;
            var teams = TeamScope.TeamsOf(TeamMembership.Of(user), (await directory.GetAsync(ct)).Protocols);
            query = query.Where(r => r.WorkerObjectId == me || teams.Contains(r.ReferringTeam));
        }

        var matches = await Summaries(db, query.OrderByDescending(r => r.CreatedAt).Take(MaxPageSize)).ToListAsync(ct);
        using (await writes.EnterAsync(ct))
        {
            LookupAudit.Record(db, user, clock, scope, matches.Count);
            await db.SaveChangesAsync(ct);
        }

        return TypedResults.Ok(new LookupResult(matches, LookupResult.ComparedText));
    }

    private static IQueryable<ReferralSummary> Summaries(ReferralsDbContext db, IQueryable<ConsentRecordEntity> records) =>
        records.Select(r => new ReferralSummary(
            r.Id,
            r.Reference,
            r.OcmwId,
            r.CreatedAt,
            r.Status,
            db.ReferralEvents.Where(e => e.ReferralId == r.Id && e.Kind == ReferralEventKind.PassphraseDelivered)
                .OrderBy(e => e.Id).Select(e => (DateTimeOffset?)e.At).FirstOrDefault(),
            r.WithdrawnOn,
            r.WorkerUpn));

    /// <summary>The referral form's own text rules, so that what could be referred can also be looked up.</summary>
    private static List<FieldError> Validate(LookupRequest? request)
    {
        var errors = new List<FieldError>();
        Name(errors, "givenName", FieldPaths.GivenName, request?.GivenName);
        Name(errors, "familyName", FieldPaths.FamilyName, request?.FamilyName);
        if (AddressRules.CheckPostalCode(request?.PostalCode?.Trim() ?? "") is not null)
        {
            errors.Add(new FieldError("postalCode", ErrorCodes.InvalidPostalCode, ValidationMessages.For(FieldPaths.PostalCode, ErrorCodes.InvalidPostalCode)));
        }

        return errors;
    }

    private static void Name(List<FieldError> errors, string field, string label, string? value)
    {
        if (TextNormalizer.Normalize(value, MaxNameLength, out _) is { } code)
        {
            errors.Add(new FieldError(field, code, ValidationMessages.For(label, code, MaxNameLength)));
        }
    }
}
