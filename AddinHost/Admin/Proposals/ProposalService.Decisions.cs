using System.Data;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Admin.Verifications;
using OutlookReferralAddin.AddinHost.Authentication;
using OutlookReferralAddin.AddinHost.Directory;
using OutlookReferralAddin.AddinHost.Storage;

namespace OutlookReferralAddin.AddinHost.Admin.Proposals;

/// <summary>
/// Deciding on a waiting proposal: a second administrator approves it (every entry check runs again on today's
/// directory), any administrator rejects it with a reason. One decision per proposal, in a repeatable-read transaction.
/// </summary>
internal sealed partial class ProposalService
{
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
