using System.Security.Claims;
using OutlookReferralAddin.AddinHost.Authentication;
using OutlookReferralAddin.AddinHost.Storage;

namespace OutlookReferralAddin.AddinHost.Admin;

/// <summary>
/// Adds an audit entry to the same context as the change it records, so that one <c>SaveChanges</c> (one
/// transaction) stores both or neither. Who: the administrator's object id and UPN; when: <see cref="TimeProvider"/>.
/// </summary>
internal sealed class AuditWriter(ReferralsDbContext db, TimeProvider time)
{
    public void Record(ClaimsPrincipal user, string action, string? before, OcmwProtocolEntity after)
    {
        ArgumentNullException.ThrowIfNull(after);
        Record(user, action, before, after.Id, after.Snapshot());
    }

    /// <summary>With a proposal: the proposer and the proposal's time beside the actor (for a decision, the decider).</summary>
    public void Record(ClaimsPrincipal user, string action, string? before, string entityId, string after, ProposalEntity? proposal = null)
    {
        var actor = user.ToWorker();
        var at = time.GetUtcNow();
        db.AuditEntries.Add(new AuditEntryEntity
        {
            Id = Guid.CreateVersion7(at),
            At = at,
            ActorObjectId = actor.ObjectId,
            ActorUpn = actor.UserPrincipalName,
            Action = action,
            EntityType = AuditActions.Ocmw,
            EntityId = entityId,
            Before = before,
            After = after,
            ProposalId = proposal?.Id,
            ProposedByObjectId = proposal?.ProposedByObjectId,
            ProposedByUpn = proposal?.ProposedByUpn,
            ProposedAt = proposal?.ProposedAt,
        });
    }
}
