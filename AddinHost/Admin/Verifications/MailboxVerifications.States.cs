using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Authentication;
using OutlookReferralAddin.AddinHost.Storage;

namespace OutlookReferralAddin.AddinHost.Admin.Verifications;

/// <summary>What the admin page shows and what a changed entry clears: each agreed mailbox's verification state.</summary>
internal sealed partial class MailboxVerifications
{
    /// <summary>
    /// Every agreed mailbox of every entry with its verification state, in the directory's order; a waiting archive says
    /// whether <paramref name="user"/> sent it (then only another administrator can enter its code).
    /// </summary>
    public async Task<IReadOnlyList<MailboxVerificationState>> StatesAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var me = user.ToWorker().ObjectId;
        var protocols = await db.OcmwProtocols.AsNoTracking().OrderBy(p => p.Name).ThenBy(p => p.Id).ToListAsync(ct);
        var rows = await db.MailboxVerifications.AsNoTracking().ToListAsync(ct);
        var states = new List<MailboxVerificationState>();
        foreach (var protocol in protocols)
        {
            foreach (var mailbox in protocol.Mailboxes)
            {
                var mine = rows.Where(r => r.OcmwId == protocol.Id && r.Mailbox == mailbox).OrderByDescending(r => r.SentAt).ToList();
                var confirmed = mine.FirstOrDefault(r => r.Status == VerificationStatus.Confirmed);
                var pending = mine.FirstOrDefault(r => r.Status == VerificationStatus.Pending);
                var state = confirmed is not null ? VerificationStates.Verified
                    : pending is not null ? VerificationStates.Pending
                    : VerificationStates.Unverified;
                states.Add(new MailboxVerificationState(
                    protocol.Id, protocol.Name, mailbox, state, confirmed?.ConfirmedAt, confirmed?.ConfirmedByUpn,
                    pending?.Id, pending?.Reference, pending?.SentAt, pending?.SentByUpn,
                    pending is null ? null : MaxAttempts - pending.Attempts,
                    mine.FirstOrDefault() is { } last ? JsonNamingPolicy.CamelCase.ConvertName(last.Status.ToString()) : null,
                    pending is not null && string.Equals(pending.SentByObjectId, me, StringComparison.Ordinal)));
            }
        }

        return states;
    }

    /// <summary>
    /// Call when an entry's mailboxes change, before saving the change: a mailbox no longer in the list loses its
    /// verification (and any archive still waiting), so an address that comes back must be verified again.
    /// </summary>
    public static async Task ClearRemovedMailboxesAsync(
        ReferralsDbContext db, string ocmwId, IReadOnlyCollection<string> mailboxes, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var counting = await db.MailboxVerifications
            .Where(v => v.OcmwId == ocmwId && (v.Status == VerificationStatus.Confirmed || v.Status == VerificationStatus.Pending))
            .ToListAsync(ct);
        foreach (var row in counting.Where(r => !mailboxes.Contains(r.Mailbox, StringComparer.OrdinalIgnoreCase)))
        {
            row.Status = VerificationStatus.Cleared;
            row.ClosedAt = now;
        }
    }
}
