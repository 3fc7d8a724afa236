using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Authentication;
using OutlookReferralAddin.AddinHost.Mail;
using OutlookReferralAddin.AddinHost.Referrals.History;

namespace OutlookReferralAddin.AddinHost.Referrals;

/// <summary>The referral's path walked once at start-up (#20), so the first real referral finds it compiled and warm.</summary>
internal sealed partial class ReferralSubmission
{
    /// <summary>
    /// The start-up rehearsal's part (#20): the pending record's write in a transaction that is rolled back, so EF Core's
    /// update pipeline is ready and no row, event or reference number remains; then the mail built, and not sent.
    /// </summary>
    public async Task RehearseAsync(ValidatedReferral referral, Worker worker, CancellationToken ct)
    {
        string reference;
        using (await writes.EnterAsync(ct))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var now = clock.UtcNow;
            var record = Pending(referral, worker, await references.NextAsync(clock.Today.Year, ct), now);
            db.ConsentRecords.Add(record);
            db.Append(record, ReferralEventKind.Recorded, worker, now);
            await db.SaveChangesAsync(ct);
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            reference = record.Reference;
        }

        await sender.RehearseAsync(
            ReferralMailComposer.Compose(reference, referral.Recipient, referral.Protocol, worker.UserPrincipalName, [0]), ct);
    }
}
