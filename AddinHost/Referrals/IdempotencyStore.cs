using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookReferralAddin.AddinHost.Authentication;
using OutlookReferralAddin.AddinHost.Infrastructure;
using OutlookReferralAddin.AddinHost.Storage;

namespace OutlookReferralAddin.AddinHost.Referrals;

/// <summary>
/// <c>Idempotency-Key</c> records in the database, so a retry finds the first result on any instance.
/// The unique index (user, key) decides races: the second insert fails and that request replays the first.
/// </summary>
internal sealed class IdempotencyStore(
    ReferralsDbContext db, IDataProtectionProvider protection, IOptions<IdempotencyOptions> options, BrusselsClock clock)
{
    public const int MaxKeyLength = 200;

    private readonly IDataProtector _protector = protection.CreateProtector("Referrals.Idempotency.Passphrase.v1");

    public IdempotencyRecordEntity Claim(string key, Worker worker, string bodyHash, Guid referralId, string passphrase)
    {
        var now = clock.UtcNow;
        var keep = TimeSpan.FromMinutes(options.Value.PassphraseMinutes);
        var record = new IdempotencyRecordEntity
        {
            Id = Guid.NewGuid(),
            Key = key,
            UserObjectId = worker.ObjectId,
            BodyHash = bodyHash,
            ReferralId = referralId,
            CreatedAt = now,
            PassphraseExpiresAt = now + keep,
            ProtectedPassphrase = keep > TimeSpan.Zero ? _protector.Protect(passphrase) : null,
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
            _ => ReferralResults.Created(
                new ReferralCreated(referral.Id, referral.Reference, Unprotect(found.Idempotency), referral.Status), replayed: true),
        };
    }

    private string? Unprotect(IdempotencyRecordEntity record) =>
        record.ProtectedPassphrase is { } secret && clock.UtcNow < record.PassphraseExpiresAt ? _protector.Unprotect(secret) : null;

    /// <summary>Wipes passphrase copies past their time; run by the retention job.</summary>
    public static Task<int> WipeExpiredPassphrasesAsync(ReferralsDbContext db, DateTimeOffset now, CancellationToken ct) =>
        db.IdempotencyRecords
            .Where(r => r.ProtectedPassphrase != null && r.PassphraseExpiresAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ProtectedPassphrase, (string?)null), ct);
}
