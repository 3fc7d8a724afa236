using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Authentication;
using OutlookReferralAddin.AddinHost.Infrastructure;
using OutlookReferralAddin.AddinHost.Storage;

namespace OutlookReferralAddin.AddinHost.Referrals;

/// <summary>
/// <c>Idempotency-Key</c> records in the database, so a retry finds the first result on any instance.
/// The unique index (user, key) decides races: the second insert fails and that request replays the first.
/// A replayed success carries no passphrase: it was returned once and exists nowhere else, so the task pane tells the
/// worker to send again with a new one.
/// </summary>
internal sealed class IdempotencyStore(ReferralsDbContext db, BrusselsClock clock)
{
    public const int MaxKeyLength = 200;

    public IdempotencyRecordEntity Claim(string key, Worker worker, string bodyHash, Guid referralId)
    {
        var record = new IdempotencyRecordEntity
        {
            Id = Guid.NewGuid(),
            Key = key,
            UserObjectId = worker.ObjectId,
            BodyHash = bodyHash,
            ReferralId = referralId,
            CreatedAt = clock.UtcNow,
        };
        db.IdempotencyRecords.Add(record);
        return record;
    }

    /// <summary>The earlier answer for this key, a refusal when the body differs, or null when the key is new.</summary>
    public async Task<IResult?> ReplayAsync(string key, Worker worker, string bodyHash, CancellationToken ct)
    {
        var found = await db.IdempotencyRecords.AsNoTracking()
            .Where(r => r.UserObjectId == worker.ObjectId && r.Key == key)
            .Join(db.ConsentRecords.AsNoTracking(), i => i.ReferralId, c => c.Id, (i, c) => new { Idempotency = i, Referral = c })
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }

        if (!string.Equals(found.Idempotency.BodyHash, bodyHash, StringComparison.Ordinal))
        {
            return Problems.Create(422, "idempotency_key_reused",
                "Deze Idempotency-Key werd al gebruikt voor een andere doorverwijzing. Gebruik een nieuwe sleutel.");
        }

        var referral = found.Referral;
        return referral.Status switch
        {
            ReferralStatus.Pending => Problems.Create(409, "idempotency_in_progress",
                "Deze doorverwijzing wordt nog verzonden. Probeer het zo meteen opnieuw.",
                new Dictionary<string, object?> { ["referralId"] = referral.Id, ["reference"] = referral.Reference }),
            ReferralStatus.Failed => ReferralResults.MailFailed(referral),
            _ => ReferralResults.Created(new ReferralCreated(referral.Id, referral.Reference, null, referral.Status), replayed: true),
        };
    }
}
