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

    /// <summary><c>created</c>, <c>updated</c> or <c>ended</c>.</summary>
    public required string Action { get; set; }

    /// <summary><c>ocmw</c> for now.</summary>
    public required string EntityType { get; set; }

    public required string EntityId { get; set; }

    /// <summary>The entry as JSON before the change; null when it was created.</summary>
    public string? Before { get; set; }

    /// <summary>The entry as JSON after the change.</summary>
    public required string After { get; set; }
}
