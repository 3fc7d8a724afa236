namespace OutlookReferralAddin.AddinHost.Storage;

/// <summary>
/// A claimed <c>Idempotency-Key</c>: per user, with a keyed hash of the canonical body and the referral it produced.
/// It holds no passphrase: a retry learns the first outcome, never the secret (DESIGN.md: returned once, never stored).
/// </summary>
public sealed class IdempotencyRecordEntity
{
    public Guid Id { get; set; }

    public required string Key { get; set; }

    public required string UserObjectId { get; set; }

    public required string BodyHash { get; set; }

    public Guid ReferralId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
