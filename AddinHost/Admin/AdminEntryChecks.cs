using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Admin.Proposals;
using OutlookReferralAddin.AddinHost.Directory;
using OutlookReferralAddin.AddinHost.Infrastructure;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.Core.Recipients;
using OutlookReferralAddin.Core.Recipients.EntryChecks;
using OutlookReferralAddin.Core.Validation;

namespace OutlookReferralAddin.AddinHost.Admin;

/// <summary>
/// Core's <see cref="OcmwEntryChecks"/> against the approved directory in the database, and the one problem that reports
/// all of it in one round: <c>errors</c> per field (refusals and warnings), <c>codes</c>, and <c>warnings</c> naming the
/// codes that the administrator may confirm. <c>code</c> is <c>validation_failed</c> when anything refuses the entry,
/// <c>confirmation_required</c> when only unconfirmed warnings remain.
/// </summary>
internal static class AdminEntryChecks
{
    public const string ConfirmationRequired = "confirmation_required";

    public static async Task<EntryCheckResult> CheckAsync(ReferralsDbContext db, OcmwProtocol candidate, CancellationToken ct)
    {
        var approved = await db.OcmwProtocols.AsNoTracking().ToListAsync(ct);
        return OcmwEntryChecks.Check(candidate, approved.Select(e => e.ToProtocol()));
    }

    /// <summary>
    /// For a new proposal: the approved directory and every other entry's waiting proposal (<see cref="ProposalService.Claim"/>).
    /// The approved version of an entry with a waiting change stays in the list too: both may claim.
    /// </summary>
    public static async Task<EntryCheckResult> CheckWithWaitingAsync(
        ReferralsDbContext db, ProposalService proposals, OcmwProtocol candidate, CancellationToken ct)
    {
        var approved = (await db.OcmwProtocols.AsNoTracking().ToListAsync(ct)).Select(e => e.ToProtocol());
        var waiting = (await proposals.WaitingAsync(ct))
            .Where(p => !string.Equals(p.OcmwId, candidate.Id, StringComparison.OrdinalIgnoreCase))
            .Select(ProposalService.Claim);
        return OcmwEntryChecks.Check(candidate, approved.Concat(waiting));
    }

    /// <summary>Null when the entry may go ahead; <paramref name="unreadable"/> are the request's own parse errors.</summary>
    public static ValidationProblem? Problem(IReadOnlyList<FieldError> unreadable, EntryCheckResult result, bool warningsConfirmed)
    {
        // A date that could not be read is reported once, as unreadable, not again as missing.
        var unreadableFields = unreadable.Select(e => e.Field).ToHashSet(StringComparer.Ordinal);
        var errors = unreadable.Concat(result.Errors.Where(e => !unreadableFields.Contains(e.Field))).ToList();
        var warnings = warningsConfirmed ? [] : result.Warnings;
        if (errors.Count == 0 && warnings.Count == 0)
        {
            return null;
        }

        var all = errors.Concat(warnings).ToList();
        return TypedResults.ValidationProblem(
            all.GroupBy(e => e.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal),
            title: errors.Count > 0 ? "De gegevens zijn niet volledig of niet juist." : "Bevestig de waarschuwingen om verder te gaan.",
            type: Problems.TypeFor(400),
            extensions: new Dictionary<string, object?>
            {
                ["code"] = errors.Count > 0 ? ValidationProblems.ValidationFailed : ConfirmationRequired,
                ["codes"] = all.Select(e => new FieldCode(e.Field, e.Code)).ToArray(),
                ["warnings"] = warnings.Select(e => new FieldCode(e.Field, e.Code)).ToArray(),
            });
    }
}
