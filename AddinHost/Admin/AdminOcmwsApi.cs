using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Admin.Proposals;
using OutlookReferralAddin.AddinHost.Admin.Verifications;
using OutlookReferralAddin.AddinHost.Authentication;
using OutlookReferralAddin.AddinHost.Directory;
using OutlookReferralAddin.AddinHost.Infrastructure;
using OutlookReferralAddin.AddinHost.Referrals;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.Core.Validation;

namespace OutlookReferralAddin.AddinHost.Admin;

/// <summary>
/// The directory's protocol entries for administrators. Entries are never deleted (there is no DELETE route: 405);
/// a protocol that stops is ended. Every check runs in one round (<see cref="AdminEntryChecks"/>). A change that widens
/// the allow-list answers 202 with a proposal for a second administrator (<see cref="ProposalService"/>); a narrowing one
/// applies at once. Every change and its audit entry are saved in one transaction, then the directory cache is
/// refreshed so the directory and recipient checks of this instance see it at once.
/// </summary>
internal static class AdminOcmwsApi
{
    private const int MaxBodyBytes = 64 * 1024;

    public static void MapAdminOcmwsApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/admin/ocmws")
            .RequireWorker(app.Configuration)
            .RequireAuthorization(AuthenticationExtensions.AdminPolicy)
            .WithTags("Admin");
        group.MapGet("/", List).WithName("ListAdminOcmws").Produces<OcmwDto[]>();
        group.MapGet("/{id}", Get).WithName("GetAdminOcmw").Produces<OcmwDto>().ProducesProblem(404);
        group.MapPost("/", Create).WithName("CreateAdminOcmw").Accepts<OcmwDto>("application/json")
            .Produces<ProposalDto>(202).ProducesValidationProblem().ProducesProblem(409);
        group.MapPut("/{id}", Update).WithName("UpdateAdminOcmw").Accepts<OcmwDto>("application/json")
            .Produces<OcmwDto>().Produces<ProposalDto>(202).ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409)
            .ProducesProblem(412);
        group.MapPost("/{id}/end", End).WithName("EndAdminOcmw").Accepts<EndOcmwRequest>("application/json")
            .Produces<OcmwDto>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
    }

    private static async Task<IResult> List(ReferralsDbContext db, ProposalService proposals, BrusselsClock clock, CancellationToken ct)
    {
        var entities = await db.OcmwProtocols.AsNoTracking().OrderBy(p => p.Name).ThenBy(p => p.Id).ToListAsync(ct);
        var pending = (await db.Proposals.AsNoTracking().Where(p => p.Status == ProposalStatuses.Pending).ToListAsync(ct))
            .Where(p => proposals.StatusOf(p) == ProposalStatuses.Pending)
            .GroupBy(p => p.OcmwId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        var today = clock.Today;
        return TypedResults.Ok(entities.Select(e => e.ToDto(today) with { PendingProposalId = pending.TryGetValue(e.Id, out var proposal) ? proposal : null }).ToArray());
    }

    private static async Task<IResult> Get(string id, HttpResponse response, ReferralsDbContext db, BrusselsClock clock, CancellationToken ct)
    {
        var entity = await db.OcmwProtocols.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        return entity is null ? AdminResults.NotFound() : AdminResults.WithETag(response, entity, TypedResults.Ok(entity.ToDto(clock.Today)));
    }

    private static async Task<IResult> Create(
        HttpContext http, RequestBodyReader reader, ReferralsDbContext db, ProposalService proposals, BrusselsClock clock, CancellationToken ct)
    {
        var (dto, _, problem) = await reader.ReadAsync<OcmwDto>(http.Request, MaxBodyBytes, ct);
        if (problem is not null)
        {
            return problem;
        }

        var (protocol, unreadable) = dto!.ToProtocol();
        if (AdminEntryChecks.Problem(unreadable, await AdminEntryChecks.CheckWithWaitingAsync(db, proposals, protocol, ct), dto!.ConfirmWarnings == true) is { } invalid)
        {
            return invalid;
        }

        if (await db.OcmwProtocols.AnyAsync(p => p.Id == protocol.Id, ct))
        {
            return AdminResults.Exists();
        }

        // A new entry always widens the allow-list: it waits for a second administrator.
        var (proposal, failure) = await proposals.ProposeAsync(protocol, http.User, ProposalSources.Admin, ct);
        return failure is not null ? AdminProposalsApi.ToProblem(failure) : AdminProposalsApi.Accepted(proposal!, proposals, null, clock.Today);
    }

    private static async Task<IResult> Update(
        string id, HttpContext http, RequestBodyReader reader, ReferralsDbContext db, AuditWriter audit, DirectoryStore directory,
        ProposalService proposals, BrusselsClock clock, CancellationToken ct)
    {
        var (dto, _, problem) = await reader.ReadAsync<OcmwDto>(http.Request, MaxBodyBytes, ct);
        if (problem is not null)
        {
            return problem;
        }

        var (entity, missing) = await AdminResults.FindForChangeAsync(db, id, http.Request, ct);
        if (entity is null)
        {
            return missing!;
        }

        var (requested, unreadable) = dto!.ToProtocol();

        // Left out of the request, the team's groups stay as approved: an older page must not drop them by omission.
        requested = requested with { TeamGroupIds = requested.TeamGroupIds ?? entity.TeamGroupIds };
        if (!string.Equals(requested.Id, id, StringComparison.Ordinal))
        {
            return ValidationProblems.Single("id", "id_mismatch", "De id in de gegevens verschilt van de id in het adres.");
        }

        if (AdminEntryChecks.Problem(unreadable, await AdminEntryChecks.CheckWithWaitingAsync(db, proposals, requested, ct), dto!.ConfirmWarnings == true) is { } invalid)
        {
            return invalid;
        }

        var before = entity.Snapshot();
        var (now, widens) = AllowListChange.Split(entity.ToProtocol(), requested);
        if (widens && await proposals.FindPendingAsync(id, ct) is not null)
        {
            return AdminProposalsApi.ToProblem(new(409, "proposal_pending",
                "Voor dit OCMW wacht al een voorstel op goedkeuring. Laat het eerst goedkeuren of afwijzen."));
        }

        // What narrows (or lies outside the allow-list) applies at once; an edit that changes nothing is no change.
        var appliedNow = now.ToEntity(clock.UtcNow).Snapshot() != before;
        if (appliedNow)
        {
            // A mailbox removed at once loses its verification at once; one kept in the proposal keeps it.
            await MailboxVerifications.ClearRemovedMailboxesAsync(db, id, now.Mailboxes, clock.UtcNow, ct);
            db.Entry(entity).CurrentValues.SetValues(now.ToEntity(clock.UtcNow));
        }

        if (!widens)
        {
            return await SaveAsync(http, entity, before, AuditActions.Updated, db, audit, directory, clock, ct);
        }

        if (appliedNow)
        {
            audit.Record(http.User, AuditActions.Updated, before, entity);
        }

        var (proposal, failure) = await proposals.ProposeAsync(requested, http.User, ProposalSources.Admin, ct);
        if (failure is not null)
        {
            return AdminProposalsApi.ToProblem(failure);
        }

        await db.Database.CommitTransactionAsync(ct);
        if (appliedNow)
        {
            directory.Invalidate();
        }

        return AdminProposalsApi.Accepted(proposal!, proposals, entity, clock.Today);
    }

    private static async Task<IResult> End(
        string id, HttpContext http, RequestBodyReader reader, ReferralsDbContext db, AuditWriter audit, DirectoryStore directory,
        BrusselsClock clock, CancellationToken ct)
    {
        var (request, _, problem) = await reader.ReadAsync<EndOcmwRequest>(http.Request, MaxBodyBytes, ct);
        if (problem is not null)
        {
            return problem;
        }

        var (entity, missing) = await AdminResults.FindForChangeAsync(db, id, http.Request, ct);
        if (entity is null)
        {
            return missing!;
        }

        var (endedOn, errors) = AdminMapping.ParseEndDate(request!.EndedOn, entity.InForceFrom);
        if (errors.Count > 0)
        {
            return ValidationProblems.From(errors);
        }

        if (entity.EndedOn is not null)
        {
            return Problems.Create(409, "ocmw_already_ended", "Dit protocol is al beëindigd; pas de einddatum aan via bewerken.");
        }

        var before = entity.Snapshot();
        entity.EndedOn = endedOn;
        entity.UpdatedAt = clock.UtcNow;
        return await SaveAsync(http, entity, before, AuditActions.Ended, db, audit, directory, clock, ct);
    }

    private static async Task<IResult> SaveAsync(
        HttpContext http, OcmwProtocolEntity entity, string before, string action, ReferralsDbContext db, AuditWriter audit,
        DirectoryStore directory, BrusselsClock clock, CancellationToken ct)
    {
        if (entity.Snapshot() != before)
        {
            // An edit that changes nothing is not a change: no audit entry, no new ETag.
            audit.Record(http.User, action, before, entity);
            try
            {
                await db.SaveChangesAsync(ct);
                await db.Database.CommitTransactionAsync(ct);
            }
            catch (Exception ex) when (AdminResults.IsConcurrentUpdate(ex))
            {
                // PostgreSQL: another administrator changed the entry after our If-Match check.
                return AdminResults.PreconditionFailed();
            }

            directory.Invalidate();
        }

        return AdminResults.WithETag(http.Response, entity, TypedResults.Ok(entity.ToDto(clock.Today)));
    }
}
