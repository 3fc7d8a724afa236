using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Authentication;

namespace OutlookReferralAddin.AddinHost.Admin.Verifications;

/// <summary>
/// Checking a code read back from the archive: four eyes (never the administrator who sent it), one attempt claimed per
/// try by compare-and-set, confirmed on a match, voided after the fifth wrong code.
/// </summary>
internal sealed partial class MailboxVerifications
{
    public async Task<ConfirmOutcome> ConfirmAsync(Guid verificationId, string normalizedCode, ClaimsPrincipal user, CancellationToken ct)
    {
        var entity = await db.MailboxVerifications.AsNoTracking().SingleOrDefaultAsync(v => v.Id == verificationId, ct);
        if (entity is null)
        {
            return new ConfirmOutcome(ConfirmResult.NotFound, null, 0);
        }

        if (entity.Status != VerificationStatus.Pending)
        {
            return new ConfirmOutcome(ConfirmResult.Closed, entity, 0);
        }

        var admin = user.ToWorker();
        var now = clock.UtcNow;
        using (await writes.EnterAsync(ct))
        {
            // Four eyes: whoever sent the archive also received its passphrase and could open it; the code must come
            // from the OCMW through a second administrator. Refused before an attempt is claimed.
            if (string.Equals(entity.SentByObjectId, admin.ObjectId, StringComparison.Ordinal))
            {
                Audit(user, "verify_own_refused", entity);
                await db.SaveChangesAsync(ct);
                return new ConfirmOutcome(ConfirmResult.OwnArchive, entity, MaxAttempts - entity.Attempts);
            }

            // Claim one attempt, knowing its number: compare-and-set on the counter, so concurrent requests get
            // distinct numbers and none gets past the fifth. When none is left (or the archive was closed) nothing is compared.
            var current = entity;
            var attempt = 0;
            while (attempt == 0)
            {
                if (current is not { Status: VerificationStatus.Pending, Attempts: < MaxAttempts })
                {
                    return new ConfirmOutcome(ConfirmResult.Closed, current, 0);
                }

                var seen = current.Attempts;
                var claimed = await db.MailboxVerifications
                    .Where(v => v.Id == verificationId && v.Status == VerificationStatus.Pending && v.Attempts == seen)
                    .ExecuteUpdateAsync(s => s.SetProperty(v => v.Attempts, seen + 1), ct);
                attempt = claimed == 1 ? seen + 1 : 0;
                current = await ReloadAsync(verificationId, ct);
            }

            if (codes.Matches(current!, normalizedCode))
            {
                var confirmed = await db.MailboxVerifications
                    .Where(v => v.Id == verificationId && v.Status == VerificationStatus.Pending)
                    .ExecuteUpdateAsync(
                        s => s.SetProperty(v => v.Status, VerificationStatus.Confirmed)
                            .SetProperty(v => v.ConfirmedAt, now)
                            .SetProperty(v => v.ConfirmedByObjectId, admin.ObjectId)
                            .SetProperty(v => v.ConfirmedByUpn, admin.UserPrincipalName),
                        ct);
                var after = await ReloadAsync(verificationId, ct);
                if (confirmed == 0)
                {
                    return new ConfirmOutcome(ConfirmResult.Closed, after, 0);
                }

                Audit(user, "mailbox_verified", after!);
                await db.SaveChangesAsync(ct);
                directory.Invalidate();
                LogConfirmed(logger, after!.Id, after.Reference, after.OcmwId);
                return new ConfirmOutcome(ConfirmResult.Confirmed, after, 0);
            }

            if (attempt < MaxAttempts)
            {
                Audit(user, "verify_code_wrong", current!);
                await db.SaveChangesAsync(ct);
                return new ConfirmOutcome(ConfirmResult.WrongCode, current, MaxAttempts - attempt);
            }

            var voided = await db.MailboxVerifications
                .Where(v => v.Id == verificationId && v.Status == VerificationStatus.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.Status, VerificationStatus.Voided).SetProperty(v => v.ClosedAt, now), ct);
            var closed = await ReloadAsync(verificationId, ct);
            if (voided > 0)
            {
                Audit(user, "verification_voided", closed!);
                await db.SaveChangesAsync(ct);
                LogVoided(logger, closed!.Id, closed.Reference);
            }

            return new ConfirmOutcome(voided > 0 ? ConfirmResult.Voided : ConfirmResult.Closed, closed, 0);
        }
    }
}

internal enum ConfirmResult
{
    Confirmed,
    WrongCode,
    Voided,
    Closed,
    NotFound,
    OwnArchive,
}

internal sealed record ConfirmOutcome(ConfirmResult Result, MailboxVerificationEntity? Verification, int AttemptsLeft);
