using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.Core.Recipients;
using OutlookReferralAddin.Core.Validation;

namespace OutlookReferralAddin.AddinHost.Admin;

/// <summary>
/// A postcode belongs to one OCMW at a time: the task pane suggests the OCMW from the client's postcode, so two
/// protocols serving it in overlapping periods would make that suggestion ambiguous. A merger (old protocol ended,
/// new one in force from that day) does not overlap.
/// </summary>
internal static class AdminPostcodes
{
    public static async Task<IReadOnlyList<FieldError>> ConflictsAsync(ReferralsDbContext db, OcmwProtocol candidate, CancellationToken ct)
    {
        var others = await db.OcmwProtocols.AsNoTracking().Where(p => p.Id != candidate.Id).ToListAsync(ct);
        var errors = new List<FieldError>();
        for (var i = 0; i < candidate.PostalCodes.Count; i++)
        {
            var code = candidate.PostalCodes[i];
            if (others.Any(o => o.PostalCodes.Contains(code) && Overlaps(o.InForceFrom, o.EndedOn, candidate.InForceFrom, candidate.EndedOn)))
            {
                errors.Add(new FieldError($"postalCodes[{i}]", "postcode_in_other_protocol",
                    "Deze postcode hoort in dezelfde periode al bij het protocol van een ander OCMW."));
            }
        }

        return errors;
    }

    /// <summary>Half-open periods [from, ended): a protocol ended on a day no longer applies that day.</summary>
    private static bool Overlaps(DateOnly fromA, DateOnly? endA, DateOnly fromB, DateOnly? endB) =>
        (endB is null || fromA < endB) && (endA is null || fromB < endA);
}
