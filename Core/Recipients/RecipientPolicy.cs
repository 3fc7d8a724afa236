namespace OutlookReferralAddin.Core.Recipients;

/// <summary>Whether the check is for a referral (strict) or for an ordinary mail in the compose window.</summary>
public enum RecipientContext
{
    Referral,
    Mail,
}

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

/// <summary>One verdict per address, with a stable code, a Dutch message and, where it helps, a suggestion.</summary>
public sealed record RecipientVerdict(string Address, Verdict Verdict, string Code, string Message, string? Suggestion = null);

/// <summary>Pure and fast: built once from the directory, then checks addresses without allocation-heavy work.</summary>
public sealed class RecipientPolicy
{
    public RecipientPolicy(IEnumerable<OcmwProtocol> directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        Directory = [.. directory];
    }

    public IReadOnlyList<OcmwProtocol> Directory { get; }

    public RecipientVerdict Check(string recipient, RecipientCheckOptions options) =>
        throw new NotImplementedException("Contract stub: implemented by the Core recipients work.");
}
