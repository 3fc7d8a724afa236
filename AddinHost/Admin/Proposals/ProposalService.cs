using System.Data;
using System.Data.Common;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookReferralAddin.AddinHost.Admin.Verifications;
using OutlookReferralAddin.AddinHost.Authentication;
using OutlookReferralAddin.AddinHost.Directory;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.Core.Recipients;

namespace OutlookReferralAddin.AddinHost.Admin.Proposals;

/// <summary>
/// Four eyes on the allow-list: a widening change is stored as a proposal and reaches the directory only when a second
/// administrator approves it. The directory table keeps approved state only, so the directory, the recipient policy and
/// the compose-window screening never see a proposal. Every step is audited with the proposer and, for a decision,
/// the decider, each with their time.
/// </summary>
internal sealed partial class ProposalService(
    ReferralsDbContext db, AuditWriter audit, DirectoryStore directory, TimeProvider time, IOptions<DirectoryOptions> options)
{
    /// <summary>
    /// Records <paramref name="proposed"/> (the whole entry as it would be after approval; the checks of
    /// <see cref="AdminEntryChecks"/> must have passed) as a pending proposal and saves it. A new id is a <c>create</c>,
    /// an existing one an <c>update</c> against the entry's current version (tracked changes of the caller included).
    /// Within a transaction the caller began, the caller commits.
    /// </summary>
    public async Task<(ProposalEntity? Proposal, ProposalFailure? Failure)> ProposeAsync(
        OcmwProtocol proposed, ClaimsPrincipal proposer, string source, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(proposed);
        if (await FindPendingAsync(proposed.Id, ct) is not null)
        {
            return (null, Waiting);
        }

        // An expired proposal is stored as such once a new one replaces it: the unique index counts stored 'pending' rows.
        var stale = await db.Proposals.Where(p => p.OcmwId == proposed.Id && p.Status == ProposalStatuses.Pending).ToListAsync(ct);
        stale.ForEach(p => p.Status = ProposalStatuses.Expired);

        var entity = await db.OcmwProtocols.FindAsync([proposed.Id], ct);
        var who = proposer.ToWorker();
        var now = time.GetUtcNow();
        var proposal = new ProposalEntity
        {
            Id = Guid.CreateVersion7(now),
            OcmwId = proposed.Id,
            Kind = entity is null ? ProposalKinds.Create : ProposalKinds.Update,
            Status = ProposalStatuses.Pending,
            Proposed = proposed.ToEntity(now).Snapshot(),
            BaseETag = entity?.ETag(),
            Origin = source,
            ProposedByObjectId = who.ObjectId,
            ProposedByUpn = who.UserPrincipalName,
            ProposedAt = now,
            ExpiresAt = now.AddDays(options.Value.ProposalExpiryDays),
        };
        db.Proposals.Add(proposal);
        audit.Record(proposer, AuditActions.Proposed, entity?.Snapshot(), proposal.OcmwId, proposal.Proposed, proposal);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex))
        {
            // Another administrator's proposal for this entry was saved a moment earlier (IX_Proposals_OneWaitingPerEntry).
            return (null, Waiting);
        }

        return (proposal, null);
    }

    private static bool IsUniqueViolation(DbUpdateException ex) => ex.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19, // SQLITE_CONSTRAINT
        DbException other => other.SqlState == "23505", // PostgreSQL unique_violation
        _ => false,
    };

    private static readonly ProposalFailure Waiting = new(409, "proposal_pending",
        "Voor dit OCMW wacht al een voorstel op goedkeuring. Laat het eerst goedkeuren of afwijzen.");

    /// <summary>The pending, unexpired proposal for an entry, if any.</summary>
    public async Task<ProposalEntity?> FindPendingAsync(string ocmwId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var pending = await db.Proposals.AsNoTracking()
            .Where(p => p.OcmwId == ocmwId && p.Status == ProposalStatuses.Pending).ToListAsync(ct);
        return pending.FirstOrDefault(p => p.ExpiresAt > now);
    }

    /// <summary>Every proposal still waiting for a decision (pending and not expired).</summary>
    public async Task<List<ProposalEntity>> WaitingAsync(CancellationToken ct) =>
        [.. (await db.Proposals.AsNoTracking().Where(p => p.Status == ProposalStatuses.Pending).ToListAsync(ct))
            .Where(p => StatusOf(p) == ProposalStatuses.Pending)];

    /// <summary>
    /// A waiting proposal as the entry checks count it: it claims its postcodes, KBO number and mailboxes like an approved
    /// entry (else two proposals could claim one and collide only at the second approval), named as a proposal.
    /// </summary>
    public static OcmwProtocol Claim(ProposalEntity proposal)
    {
        var proposed = Read(proposal);
        return proposed with { Name = $"{proposed.Name} (voorstel dat wacht op goedkeuring)" };
    }

    public string StatusOf(ProposalEntity proposal) =>
        proposal.Status == ProposalStatuses.Pending && proposal.ExpiresAt <= time.GetUtcNow() ? ProposalStatuses.Expired : proposal.Status;

    public static OcmwProtocol Read(ProposalEntity proposal) =>
        JsonSerializer.Deserialize<OcmwDto>(proposal.Proposed, JsonSerializerOptions.Web)!.ToProtocol().Protocol;
}
