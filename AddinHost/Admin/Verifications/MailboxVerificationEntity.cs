using Microsoft.EntityFrameworkCore;

namespace OutlookReferralAddin.AddinHost.Admin.Verifications;

/// <summary>
/// One verification archive sent to one agreed mailbox, and what became of it. A mailbox counts as verified while a
/// row for it is <see cref="VerificationStatus.Confirmed"/>. Holds a keyed hash of the code, never the code itself or
/// the passphrase.
/// </summary>
public sealed class MailboxVerificationEntity
{
    public Guid Id { get; set; }

    public required string OcmwId { get; set; }

    /// <summary>The directory's canonical mailbox (lower case), never the text an administrator typed.</summary>
    public required string Mailbox { get; set; }

    /// <summary>In the subject, the pickup file name and the marker header: the OCMW can quote it.</summary>
    public required string Reference { get; set; }

    public required string CodeHash { get; set; }

    /// <summary>Codes entered so far, right or wrong; the fifth wrong one voids the archive.</summary>
    public int Attempts { get; set; }

    public VerificationStatus Status { get; set; }

    public DateTimeOffset SentAt { get; set; }

    public required string SentByObjectId { get; set; }

    public required string SentByUpn { get; set; }

    public DateTimeOffset? ConfirmedAt { get; set; }

    public string? ConfirmedByObjectId { get; set; }

    public string? ConfirmedByUpn { get; set; }

    /// <summary>When the verification stopped counting: voided, superseded, not sent, or cleared by an address change.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    public string? FailureCode { get; set; }

    internal static void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<MailboxVerificationEntity>(e =>
        {
            e.ToTable("MailboxVerifications");
            e.HasIndex(v => new { v.OcmwId, v.Mailbox });
            e.HasIndex(v => v.Reference).IsUnique();
            e.Property(v => v.OcmwId).HasMaxLength(64);
            e.Property(v => v.Mailbox).HasMaxLength(256);
            e.Property(v => v.Reference).HasMaxLength(32);
            e.Property(v => v.CodeHash).HasMaxLength(64);
            e.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(v => v.SentByObjectId).HasMaxLength(64);
            e.Property(v => v.SentByUpn).HasMaxLength(256);
            e.Property(v => v.ConfirmedByObjectId).HasMaxLength(64);
            e.Property(v => v.ConfirmedByUpn).HasMaxLength(256);
            e.Property(v => v.FailureCode).HasMaxLength(64);
        });
}

public enum VerificationStatus
{
    /// <summary>Sent; waiting for the OCMW to read the code back.</summary>
    Pending,

    /// <summary>The code came back: the mailbox is verified.</summary>
    Confirmed,

    /// <summary>Five wrong codes: a new archive must be sent.</summary>
    Voided,

    /// <summary>A newer archive went to the same mailbox; only the newest code counts.</summary>
    Superseded,

    /// <summary>The mail could not be sent.</summary>
    NotSent,

    /// <summary>The mailbox left the protocol entry (its address changed): its verification no longer counts.</summary>
    Cleared,
}
