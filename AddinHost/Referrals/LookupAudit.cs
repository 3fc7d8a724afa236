using System.Security.Claims;
using System.Text.Json;
using OutlookReferralAddin.AddinHost.Authentication;
using OutlookReferralAddin.AddinHost.Infrastructure;
using OutlookReferralAddin.AddinHost.Storage;

namespace OutlookReferralAddin.AddinHost.Referrals;

/// <summary>
/// Each look-up of "was this client referred?" is an entry in the audit trail: who, when, in which scope, and whether
/// anything was found (and how much). Never what was typed: not the names, not the postcode, not the pseudonym (which
/// would let anyone with the key test a guess against the trail).
/// </summary>
internal static class LookupAudit
{
    public const string Action = "referral_lookup";
    public const string EntityType = "lookup";

    /// <summary>A send's duplicate check that found an earlier referral: a look-up asked through the send.</summary>
    public const string DuplicateCheckPurpose = "duplicate_check";

    public static void Record(ReferralsDbContext db, ClaimsPrincipal user, BrusselsClock clock, string scope, int matches, string? purpose = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        var actor = user.ToWorker();
        var at = clock.UtcNow;
        db.AuditEntries.Add(new AuditEntryEntity
        {
            Id = Guid.CreateVersion7(at),
            At = at,
            ActorObjectId = actor.ObjectId,
            ActorUpn = actor.UserPrincipalName,
            Action = Action,
            EntityType = EntityType,
            EntityId = scope,
            After = purpose is null
                ? JsonSerializer.Serialize(new { scope, found = matches > 0, matches }, JsonSerializerOptions.Web)
                : JsonSerializer.Serialize(new { scope, found = matches > 0, matches, purpose }, JsonSerializerOptions.Web),
        });
    }
}
