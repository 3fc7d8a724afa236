using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Authentication;
using OutlookReferralAddin.AddinHost.Directory;
using OutlookReferralAddin.AddinHost.Infrastructure;
using OutlookReferralAddin.AddinHost.Referrals;
using OutlookReferralAddin.AddinHost.Storage;

namespace OutlookReferralAddin.AddinHost.Admin.Proposals;

/// <summary>Four eyes: the proposals waiting for (or decided by) a second administrator.</summary>
internal static class AdminProposalsApi
{
    private const int MaxBodyBytes = 16 * 1024;
    private const int MaxReasonLength = 500;
    private const int MaxListed = 200;

    public static void MapAdminProposalsApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/admin/proposals")
            .RequireWorker(app.Configuration)
            .RequireAuthorization(AuthenticationExtensions.AdminPolicy)
            .WithTags("Admin");
        group.MapGet("/", List).WithName("ListProposals").Produces<ProposalDto[]>();
        group.MapGet("/{id:guid}", Get).WithName("GetProposal").Produces<ProposalDto>().ProducesProblem(404);
        group.MapPost("/{id:guid}/approval", Approve).WithName("ApproveProposal")
            .Produces<ProposalDto>().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        group.MapPost("/{id:guid}/rejection", Reject).WithName("RejectProposal").Accepts<RejectionRequest>("application/json")
            .Produces<ProposalDto>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
    }

    /// <summary>Newest first; <c>status</c> filters (<c>pending</c>, <c>approved</c>, <c>rejected</c>, <c>expired</c>).</summary>
    private static async Task<IResult> List(string? status, ClaimsPrincipal user, ReferralsDbContext db, ProposalService proposals, BrusselsClock clock, CancellationToken ct)
    {
        var stored = status is ProposalStatuses.Expired ? ProposalStatuses.Pending : status;
        var query = db.Proposals.AsNoTracking();
        if (!string.IsNullOrEmpty(stored))
        {
            query = query.Where(p => p.Status == stored);
        }

        var rows = (await query.OrderByDescending(p => p.Id).Take(MaxListed).ToListAsync(ct))
            .Where(p => string.IsNullOrEmpty(status) || proposals.StatusOf(p) == status).ToList();
        var ids = rows.Select(p => p.OcmwId).Distinct().ToList();
        var current = await db.OcmwProtocols.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, StringComparer.Ordinal, ct);
        return TypedResults.Ok(rows.Select(p => ToDto(p, proposals, current.GetValueOrDefault(p.OcmwId), clock.Today, IsMine(p, user))).ToArray());
    }

    private static async Task<IResult> Get(Guid id, ClaimsPrincipal user, ReferralsDbContext db, ProposalService proposals, BrusselsClock clock, CancellationToken ct)
    {
        var proposal = await db.Proposals.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (proposal is null)
        {
            return Problems.Create(404, "proposal_not_found", "Dit voorstel bestaat niet.");
        }

        var current = await db.OcmwProtocols.AsNoTracking().SingleOrDefaultAsync(e => e.Id == proposal.OcmwId, ct);
        return TypedResults.Ok(ToDto(proposal, proposals, current, clock.Today, IsMine(proposal, user)));
    }

    private static async Task<IResult> Approve(Guid id, HttpContext http, ProposalService proposals, ReferralsDbContext db, BrusselsClock clock, CancellationToken ct)
    {
        var (proposal, failure) = await proposals.ApproveAsync(id, http.User, ct);
        return failure is not null ? ToProblem(failure) : await DecidedAsync(proposal!, http.User, db, proposals, clock, ct);
    }

    private static async Task<IResult> Reject(
        Guid id, HttpContext http, RequestBodyReader reader, ProposalService proposals, ReferralsDbContext db, BrusselsClock clock, CancellationToken ct)
    {
        var (request, _, problem) = await reader.ReadAsync<RejectionRequest>(http.Request, MaxBodyBytes, ct);
        if (problem is not null)
        {
            return problem;
        }

        var reason = request!.Reason?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            return ValidationProblems.Single("reason", "required", "Geef een reden op: de indiener ziet waarom het voorstel werd afgewezen.");
        }

        if (reason.Length > MaxReasonLength)
        {
            return ValidationProblems.Single("reason", "too_long", $"De reden is te lang (maximaal {MaxReasonLength} tekens).");
        }

        var (proposal, failure) = await proposals.RejectAsync(id, reason, http.User, ct);
        return failure is not null ? ToProblem(failure) : await DecidedAsync(proposal!, http.User, db, proposals, clock, ct);
    }

    private static async Task<IResult> DecidedAsync(
        ProposalEntity proposal, ClaimsPrincipal user, ReferralsDbContext db, ProposalService proposals, BrusselsClock clock, CancellationToken ct)
    {
        var current = await db.OcmwProtocols.AsNoTracking().SingleOrDefaultAsync(e => e.Id == proposal.OcmwId, ct);
        return TypedResults.Ok(ToDto(proposal, proposals, current, clock.Today, IsMine(proposal, user)));
    }

    /// <summary>The 202 of a widening change: the proposal, where to find it (the proposer's own, by definition).</summary>
    public static IResult Accepted(ProposalEntity proposal, ProposalService proposals, OcmwProtocolEntity? current, DateOnly today) =>
        TypedResults.Accepted($"/api/admin/proposals/{proposal.Id}", ToDto(proposal, proposals, current, today, mine: true));

    /// <summary>The same comparison as the approval's refusal: by object id, which survives a changed UPN.</summary>
    private static bool IsMine(ProposalEntity proposal, ClaimsPrincipal user) =>
        string.Equals(user.ToWorker().ObjectId, proposal.ProposedByObjectId, StringComparison.Ordinal);

    public static IResult ToProblem(ProposalFailure failure) =>
        failure.Errors is { Count: > 0 } errors
            ? Problems.Create(failure.Status, failure.Code, failure.Title, new Dictionary<string, object?>
            {
                ["errors"] = errors.GroupBy(e => e.Field, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal),
                ["codes"] = errors.Select(e => new FieldCode(e.Field, e.Code)).ToArray(),
            })
            : Problems.Create(failure.Status, failure.Code, failure.Title);

    private static ProposalDto ToDto(ProposalEntity p, ProposalService proposals, OcmwProtocolEntity? current, DateOnly today, bool mine)
    {
        var proposed = ProposalService.Read(p).ToEntity(p.ProposedAt);
        var status = proposals.StatusOf(p);
        return new ProposalDto(
            p.Id, p.OcmwId, proposed.Name, p.Kind, status, p.Origin, proposed.ToDto(today), current?.ToDto(today),
            Changes(current, proposed),
            status == ProposalStatuses.Pending && p.Kind == ProposalKinds.Update && current?.ETag() != p.BaseETag,
            p.ProposedByUpn, p.ProposedAt, p.ExpiresAt, p.DecidedByUpn, p.DecidedAt, p.RejectionReason, mine);
    }

    /// <summary>The top-level fields that differ from the current entry (all of them for a new one).</summary>
    private static string[] Changes(OcmwProtocolEntity? current, OcmwProtocolEntity proposed)
    {
        var after = JsonNode.Parse(proposed.Snapshot())!.AsObject();
        var before = current is null ? null : JsonNode.Parse(current.Snapshot())!.AsObject();
        return [.. after.Where(p => before is null || !JsonNode.DeepEquals(p.Value, before[p.Key])).Select(p => p.Key)];
    }
}
