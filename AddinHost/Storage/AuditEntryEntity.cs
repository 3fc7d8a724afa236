namespace OutlookReferralAddin.AddinHost.Storage;

/// <summary>
/// One change an administrator made to the directory, written in the same transaction as the change.
/// Append-only: no code path updates or deletes a row. Snapshots hold directory data only (public protocols).
/// </summary>
public sealed class AuditEntryEntity
{
    public Guid Id { get; set; }

    public DateTimeOffset At { get; set; }

    public required string ActorObjectId { get; set; }

    public required string ActorUpn { get; set; }

    /// <summary><c>created</c>, <c>updated</c>, <c>ended</c>, <c>proposed</c> or <c>rejected</c>.</summary>
    public required string Action { get; set; }

    /// <summary><c>ocmw</c> for now.</summary>
    public required string EntityType { get; set; }

    public required string EntityId { get; set; }

    /// <summary>The entry as JSON before the change; null when it was created.</summary>
    public string? Before { get; set; }

    /// <summary>The entry as JSON after the change.</summary>
    public required string After { get; set; }

    /// <summary>Four eyes: the proposal this entry belongs to; for an approved change the actor above is the approver.</summary>
    public Guid? ProposalId { get; set; }

    public string? ProposedByObjectId { get; set; }

    public string? ProposedByUpn { get; set; }

    public DateTimeOffset? ProposedAt { get; set; }
}
