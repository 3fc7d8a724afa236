namespace OutlookReferralAddin.AddinHost.Admin.Proposals;

/// <summary>
/// One proposal as the admin page shows it: what would change (<c>changes</c> names the fields), who proposed it and when,
/// and, once decided, who decided and when. <c>outdated</c>: the entry changed after the proposal, so it cannot be approved.
/// <c>mine</c>: the reader proposed it, so the host refuses their approval and the page does not offer it.
/// </summary>
internal sealed record ProposalDto(
    Guid Id,
    string OcmwId,
    string OcmwName,
    string Kind,
    string Status,
    string Source,
    OcmwDto Proposed,
    OcmwDto? Current,
    IReadOnlyList<string> Changes,
    bool Outdated,
    string ProposedBy,
    DateTimeOffset ProposedAt,
    DateTimeOffset ExpiresAt,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? RejectionReason,
    bool Mine);

internal sealed record RejectionRequest(string? Reason);

internal static class ProposalKinds
{
    public const string Create = "create";
    public const string Update = "update";
}

internal static class ProposalStatuses
{
    public const string Pending = "pending";
    public const string Approved = "approved";
    public const string Rejected = "rejected";

    /// <summary>A pending proposal past its expiry: derived, and stored only once a new proposal for the entry replaces it.</summary>
    public const string Expired = "expired";
}

internal static class ProposalSources
{
    public const string Admin = "admin";
}

/// <summary>Why a proposal could not be made or decided: an HTTP status, a stable code, a Dutch title, field errors.</summary>
internal sealed record ProposalFailure(int Status, string Code, string Title, IReadOnlyList<Core.Validation.FieldError>? Errors = null);
