namespace OutlookReferralAddin.AddinHost.Storage;

/// <summary>
/// A claimed <c>Idempotency-Key</c>: per user, with a keyed hash of the canonical body and the referral it produced.
/// <see cref="ProtectedPassphrase"/> is the only copy of a passphrase outside memory: encrypted with ASP.NET Core
/// Data Protection and wiped after a few minutes, so that a retry after a lost answer can still show it.
/// </summary>
public sealed class IdempotencyRecordEntity
{
    public Guid Id { get; set; }

    public required string Key { get; set; }

    public required string UserObjectId { get; set; }

    public required string BodyHash { get; set; }

    public Guid ReferralId { get; set; }

    public string? ProtectedPassphrase { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset PassphraseExpiresAt { get; set; }
}
