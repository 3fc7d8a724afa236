using System.ComponentModel.DataAnnotations;

namespace OutlookReferralAddin.AddinHost.Referrals;

/// <summary>Configuration section <c>Idempotency</c>.</summary>
public sealed class IdempotencyOptions
{
    public const string Section = "Idempotency";

    /// <summary>How long the Data-Protected passphrase copy is kept for a retry after a lost answer.</summary>
    [Range(0, 30)]
    public int PassphraseMinutes { get; set; } = 5;
}
