using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.Core.Recipients;

namespace OutlookReferralAddin.AddinHost.Admin.Verifications;

/// <summary>
/// Development only: the seed's mailboxes count as verified, so that the README's run command can send a referral at
/// once. In every other environment the seeded entries start unverified and an administrator verifies them.
/// </summary>
internal static class VerificationSeed
{
    public const string Actor = "ontwikkelomgeving";

    /// <summary>Once per database: a database that has seen any verification is left as it is.</summary>
    public static async Task MarkSeedVerifiedAsync(ReferralsDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.MailboxVerifications.AnyAsync(ct))
        {
            return;
        }

        var seedIds = DirectorySeed.Protocols.Select(p => p.Id).ToList();
        var entries = await db.OcmwProtocols.AsNoTracking().Where(p => seedIds.Contains(p.Id)).ToListAsync(ct);
        foreach (var seed in DirectorySeed.Protocols)
        {
            var stored = entries.SingleOrDefault(e => e.Id == seed.Id);
            foreach (var mailbox in seed.Mailboxes.Where(m => stored?.Mailboxes.Contains(m) == true))
            {
                db.MailboxVerifications.Add(new MailboxVerificationEntity
                {
                    Id = Guid.CreateVersion7(now),
                    OcmwId = seed.Id,
                    Mailbox = mailbox,
                    Reference = $"V-SEED-{Convert.ToHexString(RandomNumberGenerator.GetBytes(4))}",
                    CodeHash = string.Empty,
                    Status = VerificationStatus.Confirmed,
                    SentAt = now,
                    SentByObjectId = Actor,
                    SentByUpn = Actor,
                    ConfirmedAt = now,
                    ConfirmedByObjectId = Actor,
                    ConfirmedByUpn = Actor,
                });
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another instance marked them at the same moment.
        }
    }
}
