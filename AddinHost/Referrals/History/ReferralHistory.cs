using OutlookReferralAddin.AddinHost.Authentication;
using OutlookReferralAddin.AddinHost.Storage;

namespace OutlookReferralAddin.AddinHost.Referrals.History;

/// <summary>
/// The referral's status is a fold over its history: <see cref="Derive"/> is the only definition of it. The
/// <see cref="ConsentRecordEntity.Status"/> column is that fold kept up to date by <see cref="Append"/> in the same
/// save, so lists and filters need no join; nothing else writes it.
/// </summary>
internal static class ReferralHistory
{
    /// <summary>Background work (the reconciler) acts as this actor.</summary>
    public static readonly Worker System = new("system", "systeem");

    /// <summary>The worker who sent the referral: the actor of its send outcome.</summary>
    public static Worker Sender(this ConsentRecordEntity referral) => new(referral.WorkerObjectId, referral.WorkerUpn);

    public static ReferralStatus Derive(IEnumerable<ReferralEventKind> events) =>
        events.Aggregate(ReferralStatus.Pending, Next);

    public static ReferralStatus Next(ReferralStatus status, ReferralEventKind kind) => (status, kind) switch
    {
        // A withdrawal is final: a late send outcome does not bring the consent back.
        (ReferralStatus.Withdrawn, _) => ReferralStatus.Withdrawn,
        (_, ReferralEventKind.Recorded) => ReferralStatus.Pending,
        (_, ReferralEventKind.Sent) => ReferralStatus.Sent,
        (_, ReferralEventKind.Failed) => ReferralStatus.Failed,
        (_, ReferralEventKind.OutcomeUnknown) => ReferralStatus.Unknown,
        (_, ReferralEventKind.Withdrawn) => ReferralStatus.Withdrawn,
        _ => status,
    };

    /// <summary>Adds one event (saved with the caller's next SaveChanges) and moves the derived status with it.</summary>
    public static ReferralEventEntity Append(
        this ReferralsDbContext db,
        ConsentRecordEntity referral,
        ReferralEventKind kind,
        Worker actor,
        DateTimeOffset at,
        string? code = null,
        DateOnly? onDate = null,
        Guid? incidentId = null)
    {
        var entry = new ReferralEventEntity
        {
            ReferralId = referral.Id,
            Kind = kind,
            At = at,
            ActorObjectId = actor.ObjectId,
            ActorUpn = actor.UserPrincipalName,
            Code = code,
            OnDate = onDate,
            IncidentId = incidentId,
        };
        db.ReferralEvents.Add(entry);
        referral.Status = Next(referral.Status, kind);
        return entry;
    }
}
