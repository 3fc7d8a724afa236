using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Authentication;
using OutlookReferralAddin.AddinHost.Consent;
using OutlookReferralAddin.AddinHost.Infrastructure;
using OutlookReferralAddin.AddinHost.Security;
using OutlookReferralAddin.AddinHost.Storage;

namespace OutlookReferralAddin.AddinHost.Referrals;

/// <summary>
/// Before a send: did the team already send this client (the pseudonym) to the same OCMW in the last 30 days? Then the
/// worker is asked first (409 <c>possible_duplicate</c> with the earlier reference and date) unless the request confirms.
/// <para>
/// The answer tells whether a family was referred, so it counts as a look-up: audited and within the look-up budget. Only
/// when an earlier referral IS found: a check that finds nothing reveals nothing, and charging every send would throttle a
/// worker to the look-up budget of sends per minute.
/// </para>
/// </summary>
internal sealed class DuplicateCheck(
    ReferralsDbContext db,
    ClientPseudonyms pseudonyms,
    IdempotencyStore idempotency,
    LookupPermits permits,
    BrusselsClock clock,
    WriteGate writes,
    EarlierReferrals earlierReferrals)
{
    public const string Code = "possible_duplicate";
    public static readonly TimeSpan Window = TimeSpan.FromDays(30);
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    /// <summary>Null when the send may go on; otherwise the answer (409, a replay of the same request, or 429).</summary>
    public async Task<IResult?> CheckAsync(
        ValidatedReferral referral, bool confirmed, ClaimsPrincipal user, string? key, string bodyHash, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(referral);
        if (confirmed)
        {
            return null;
        }

        var client = referral.Client;
        var candidates = pseudonyms.AllPseudonyms(client.GivenName, client.FamilyName, client.Address.PostalCode);
        var team = ReferralSubmission.StoredTeam(referral.Protocol.ReferringTeam);
        var since = clock.UtcNow - Window;
        var earlier = await earlierReferrals.LatestAsync(db, referral.Protocol.Id, team, since, candidates, ct);
        if (earlier?.SentAt is not { } sentAt)
        {
            return null;
        }

        // The worker's own retry of the request that sent the earlier referral gets its first outcome, not a question.
        var worker = user.ToWorker();
        if (key is not null && await idempotency.ReplayAsync(key, worker, bodyHash, ct) is { } replay)
        {
            return replay;
        }

        using var lease = permits.Acquire(worker.ObjectId);
        if (!lease.IsAcquired)
        {
            return Problems.Create(429, "rate_limited",
                "U zocht te vaak op korte tijd. Elke opzoeking wordt geregistreerd; wacht even en probeer opnieuw.");
        }

        using (await writes.EnterAsync(ct))
        {
            LookupAudit.Record(db, user, clock, "team", 1, LookupAudit.DuplicateCheckPurpose);
            await db.SaveChangesAsync(ct);
        }

        var date = BrusselsClock.ToLocal(sentAt).ToString("d MMMM yyyy", Dutch);
        return Problems.Create(409, Code, "Deze cliënt werd mogelijk al doorverwezen.",
            new Dictionary<string, object?> { ["earlierReference"] = earlier.Reference, ["earlierSentAt"] = sentAt },
            $"Uw team verstuurde op {date} al een doorverwijzing van een cliënt met dezelfde voornaam, familienaam en postcode "
                + $"naar {referral.Protocol.Name} (referentie {earlier.Reference}). Verstuur alleen opnieuw als dat nodig is.");
    }
}
