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
internal sealed class ProposalService(
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

    /// <summary>A second administrator applies the proposal to the directory, after every check runs again on today's directory.</summary>
    public async Task<(ProposalEntity? Proposal, ProposalFailure? Failure)> ApproveAsync(Guid id, ClaimsPrincipal approver, CancellationToken ct)
    {
        await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        var (proposal, failure) = await FindDecidableAsync(id, ct);
        if (proposal is null)
        {
            return (null, failure);
        }

        var who = approver.ToWorker();
        if (string.Equals(who.ObjectId, proposal.ProposedByObjectId, StringComparison.Ordinal))
        {
            return (null, new(403, "own_proposal", "U kunt uw eigen voorstel niet goedkeuren: een tweede beheerder moet dat doen."));
        }

        var proposed = Read(proposal);
        var entity = await db.OcmwProtocols.SingleOrDefaultAsync(p => p.Id == proposal.OcmwId, ct);
        if (proposal.Kind == ProposalKinds.Create && entity is not null)
        {
            return (null, new(409, "ocmw_exists", "Er bestaat intussen al een protocol met deze id."));
        }

        if (proposal.Kind == ProposalKinds.Update && (entity is null || entity.ETag() != proposal.BaseETag))
        {
            return (null, new(409, "proposal_outdated",
                "Het protocol is gewijzigd sinds dit voorstel werd gedaan. Wijs het af en dien een nieuw voorstel in."));
        }

        var check = await AdminEntryChecks.CheckAsync(db, proposed, ct);
        if (check.HasErrors)
        {
            return (null, new(409, "proposal_conflicts",
                "Dit voorstel botst intussen met de lijst van protocollen en kan niet goedgekeurd worden.", check.Errors));
        }

        var now = time.GetUtcNow();
        var before = entity?.Snapshot();
        if (entity is null)
        {
            entity = proposed.ToEntity(now);
            db.OcmwProtocols.Add(entity);
        }
        else
        {
            // A mailbox the approved change removes (or replaces) loses its verification; one it keeps, keeps it.
            await MailboxVerifications.ClearRemovedMailboxesAsync(db, entity.Id, proposed.Mailboxes, now, ct);
            db.Entry(entity).CurrentValues.SetValues(proposed.ToEntity(now));
        }

        var tracked = await db.Proposals.SingleAsync(p => p.Id == id, ct);
        tracked.Status = ProposalStatuses.Approved;
        (tracked.DecidedByObjectId, tracked.DecidedByUpn, tracked.DecidedAt) = (who.ObjectId, who.UserPrincipalName, now);
        audit.Record(approver, before is null ? AuditActions.Created : AuditActions.Updated, before, entity.Id, entity.Snapshot(), tracked);
        if (await SaveAndCommitAsync(ct) is { } busy)
        {
            return (null, busy);
        }

        directory.Invalidate();
        return (tracked, null);
    }

    /// <summary>Any administrator may reject, the proposer too (a withdrawal); the reason is kept and audited.</summary>
    public async Task<(ProposalEntity? Proposal, ProposalFailure? Failure)> RejectAsync(
        Guid id, string reason, ClaimsPrincipal rejecter, CancellationToken ct)
    {
        await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        var (proposal, failure) = await FindDecidableAsync(id, ct);
        if (proposal is null)
        {
            return (null, failure);
        }

        var who = rejecter.ToWorker();
        var tracked = await db.Proposals.SingleAsync(p => p.Id == id, ct);
        tracked.Status = ProposalStatuses.Rejected;
        (tracked.DecidedByObjectId, tracked.DecidedByUpn, tracked.DecidedAt) = (who.ObjectId, who.UserPrincipalName, time.GetUtcNow());
        tracked.RejectionReason = reason;
        audit.Record(rejecter, AuditActions.Rejected, null, tracked.OcmwId, tracked.Proposed, tracked);
        return await SaveAndCommitAsync(ct) is { } busy ? (null, busy) : (tracked, null);
    }

    public static OcmwProtocol Read(ProposalEntity proposal) =>
        JsonSerializer.Deserialize<OcmwDto>(proposal.Proposed, JsonSerializerOptions.Web)!.ToProtocol().Protocol;

    private async Task<(ProposalEntity? Proposal, ProposalFailure? Failure)> FindDecidableAsync(Guid id, CancellationToken ct)
    {
        var proposal = await db.Proposals.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        return proposal is null ? (null, new(404, "proposal_not_found", "Dit voorstel bestaat niet."))
            : StatusOf(proposal) switch
            {
                ProposalStatuses.Expired => (null, new(409, "proposal_expired",
                    "Dit voorstel is verlopen zonder beslissing. Dien het opnieuw in als het nog nodig is.")),
                ProposalStatuses.Pending => (proposal, null),
                _ => (null, new(409, "proposal_decided", "Over dit voorstel is al beslist.")),
            };
    }

    private async Task<ProposalFailure?> SaveAndCommitAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            await db.Database.CommitTransactionAsync(ct);
            return null;
        }
        catch (Exception ex) when (AdminResults.IsConcurrentUpdate(ex))
        {
            // PostgreSQL: another administrator decided or changed the entry at the same moment.
            return new(409, "proposal_busy", "Iemand anders heeft dit voorstel of protocol intussen gewijzigd. Laad opnieuw.");
        }
    }
}
