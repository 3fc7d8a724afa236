namespace OutlookReferralAddin.AddinHost.Storage;

public enum ReferralStatus
{
    Pending,
    Sent,
    Failed,
    Withdrawn,

    /// <summary>The outcome of sending was not recorded (process stopped, database failed): needs review, never resent.</summary>
    Unknown,
}

/// <summary>
/// One row of the consent register: one referral. Holds no name, address, phone or e-mail of the client;
/// <see cref="ClientPseudonym"/> is a keyed HMAC that only answers "did we refer this person?".
/// </summary>
public sealed class ConsentRecordEntity
{
    public Guid Id { get; set; }

    public required string Reference { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public required string WorkerObjectId { get; set; }

    public required string WorkerUpn { get; set; }

    public required string OcmwId { get; set; }

    /// <summary>The protocol's referring team when the referral was recorded (its name as the protocol writes it).</summary>
    public string ReferringTeam { get; set; } = "";

    /// <summary>The protocol is identified by its OCMW and its signing date (a renewed protocol has a new date).</summary>
    public DateOnly ProtocolSignedOn { get; set; }

    public required string RecipientMailbox { get; set; }

    public bool ConsentInformed { get; set; }

    public bool ConsentGiven { get; set; }

    public required string ConsentMethod { get; set; }

    public DateOnly ConsentDate { get; set; }

    public required string StatementVersion { get; set; }

    public string? ArchiveSha256 { get; set; }

    /// <summary>Graph's sendMail answers 202 without an id: the marker header value (the reference) correlates.</summary>
    public string? MessageCorrelation { get; set; }

    public ReferralStatus Status { get; set; }

    public string? FailureCode { get; set; }

    public required string ClientPseudonym { get; set; }

    public DateOnly? WithdrawnOn { get; set; }
}
