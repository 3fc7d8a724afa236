namespace OutlookReferralAddin.AddinHost.Storage;

/// <summary>
/// A change that widens the allow-list, waiting for a second administrator. The directory (<see cref="OcmwProtocolEntity"/>)
/// holds approved state only; this row holds the entry as it would be after approval (public protocol data only).
/// </summary>
public sealed class ProposalEntity
{
    public Guid Id { get; set; }

    public required string OcmwId { get; set; }

    /// <summary><c>create</c> or <c>update</c>.</summary>
    public required string Kind { get; set; }

    /// <summary><c>pending</c>, <c>approved</c> or <c>rejected</c>; a pending one past <see cref="ExpiresAt"/> reads as expired.</summary>
    public required string Status { get; set; }

    /// <summary>The whole entry after approval, as JSON (the audit snapshot's shape).</summary>
    public required string Proposed { get; set; }

    /// <summary>The entry's ETag when proposed (null for a new entry): approval refuses when the entry changed since.</summary>
    public string? BaseETag { get; set; }

    /// <summary>
    /// Where it came from: <c>admin</c> (the form) or an import. Stored in the column <c>Source</c>; a property of that
    /// name made EF Core's generated accessors (dotnet ef dbcontext optimize --nativeaot) read their own parameter.
    /// </summary>
    public required string Origin { get; set; }

    public required string ProposedByObjectId { get; set; }

    public required string ProposedByUpn { get; set; }

    public DateTimeOffset ProposedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public string? DecidedByObjectId { get; set; }

    public string? DecidedByUpn { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? RejectionReason { get; set; }
}
