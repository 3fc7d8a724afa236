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
/// <see cref="Address"/> is the input exactly as given so a caller can match results to its recipients.
/// </summary>
public sealed record RecipientVerdict(string Address, Verdict Verdict, string Code, string Message, string? Suggestion = null);
