using OutlookReferralAddin.AddinHost.Admin.Verifications;
using OutlookReferralAddin.AddinHost.Directory;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Teams;
using OutlookReferralAddin.Core.Recipients;

namespace OutlookReferralAddin.AddinHost.Tests.Support;

/// <summary>
/// Rows written straight into the database, as another instance (or another administrator's session) would: what a
/// reader then sees cannot come from this instance's cache, because nothing here told it.
/// </summary>
internal static class DirectoryRows
{
    /// <summary>An OCMW in force for the Scheldeleie team (the development worker is in it), its mailbox not confirmed.</summary>
    public static OcmwProtocolEntity Oudenaarde(string id, string postalCode, string name = "OCMW Oudenaarde") =>
        (DirectorySeed.Protocols[0] with
        {
            Id = id,
            Name = name,
            KboNumber = "0207.446.871",
            Address = $"Tacambaroplein 1, {postalCode} Oudenaarde",
            Mailboxes = [Mailbox(id)],
            Domains = [$"{id}.be"],
            PostalCodes = [postalCode],
            OcmwDpo = new DpoContact("OCMW Oudenaarde", $"privacy@{id}.be"),
            TeamGroupIds = [DevelopmentTeams.ScheldeleieGroupId],
        }).ToEntity(TimeProvider.System.GetUtcNow());

    public static string Mailbox(string id) => $"socialedienst@{id}.be";

    /// <summary>The mailbox as an administrator leaves it after the OCMW read the code back.</summary>
    public static MailboxVerificationEntity Confirmed(string ocmwId, string mailbox)
    {
        var now = TimeProvider.System.GetUtcNow();
        return new()
        {
            Id = Guid.CreateVersion7(now), OcmwId = ocmwId, Mailbox = mailbox, Reference = $"V-TEST-{Guid.NewGuid():N}"[..16],
            CodeHash = string.Empty, Status = VerificationStatus.Confirmed, SentAt = now, SentByObjectId = VerificationSeed.Actor,
            SentByUpn = VerificationSeed.Actor, ConfirmedAt = now, ConfirmedByObjectId = VerificationSeed.Actor, ConfirmedByUpn = VerificationSeed.Actor,
        };
    }
}
