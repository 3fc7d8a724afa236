namespace OutlookReferralAddin.Core.Recipients;

/// <summary>Whether the check is for a referral (strict) or for an ordinary mail in the compose window.</summary>
public enum RecipientContext
{
    Referral,
    Mail,
}

/// <summary>Severity of a verdict; when several findings apply, the most severe wins (Blocked &gt; Warning &gt; Allowed).</summary>
public enum Verdict
{
    Allowed,
    Warning,
    Blocked,
}

/// <summary>What to check against: today's date, the context and, for a referral, the chosen OCMW and client postcode.</summary>
public sealed record RecipientCheckOptions(
    DateOnly Today,
    RecipientContext Context = RecipientContext.Referral,
    string? OcmwId = null,
    string? PostalCode = null);

/// <summary>
/// One verdict per address, with a stable code (see <see cref="RecipientCodes"/>), a Dutch message and, where it helps,
/// a suggestion: always an address from the directory, never something derived from what was typed.
/// <see cref="Address"/> is the input exactly as given so a caller can match results to its recipients;
/// <see cref="BareAddress"/> is the address inside it (no display name, brackets or <c>mailto:</c>, lower-cased), null
/// when there is none; <see cref="Mailbox"/> is the directory's own spelling of the agreed mailbox when the address is
/// exactly one: the only form a referral may be sent, stored or shown with.
/// </summary>
public sealed record RecipientVerdict(
    string Address, Verdict Verdict, string Code, string Message, string? Suggestion = null, string? BareAddress = null, string? Mailbox = null);
