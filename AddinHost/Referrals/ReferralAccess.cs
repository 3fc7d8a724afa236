using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Authentication;
using OutlookReferralAddin.AddinHost.Storage;

namespace OutlookReferralAddin.AddinHost.Referrals;

/// <summary>
/// Who sees which referral: its sender and the DPO (role <c>Referral.Dpo</c>); to anyone else, administrators included,
/// it does not exist (no 403 that confirms it). Administrators keep the allow-list, not the register.
/// </summary>
internal static class ReferralAccess
{

    public static async Task<ConsentRecordEntity?> FindVisibleAsync(
        this ReferralsDbContext db, Guid id, ClaimsPrincipal user, IAuthorizationService authorization, CancellationToken ct)
    {
        var record = await db.ConsentRecords.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (record is null)
        {
            return null;
        }

        return record.WorkerObjectId == user.ToWorker().ObjectId || await authorization.IsDpoAsync(user) ? record : null;
    }

    /// <summary>A referral's history in the order it was written.</summary>
    public static Task<List<ReferralEventEntity>> HistoryAsync(this ReferralsDbContext db, Guid id, CancellationToken ct) =>
        db.ReferralEvents.AsNoTracking().Where(e => e.ReferralId == id).OrderBy(e => e.Id).ToListAsync(ct);
}
