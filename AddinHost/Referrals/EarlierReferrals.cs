using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Storage;

namespace OutlookReferralAddin.AddinHost.Referrals;

/// <summary>
/// The duplicate check's query, compiled once per host: written in place, it was an expression tree built, reflected on
/// and looked up in EF Core's cache at every referral (#20). A singleton, not a static: a compiled query keeps the model
/// of the first context it runs with, and a host has one provider where a test process has both.
/// </summary>
internal sealed class EarlierReferrals
{
    private readonly Func<ReferralsDbContext, string, string, DateTimeOffset, IReadOnlyList<string>, CancellationToken, Task<EarlierReferral?>> _latest =
        EF.CompileAsyncQuery((ReferralsDbContext db, string ocmwId, string team, DateTimeOffset since, IReadOnlyList<string> candidates, CancellationToken ct) =>
            db.ConsentRecords.AsNoTracking()
                .Where(r => r.OcmwId == ocmwId && r.ReferringTeam == team && r.Status == ReferralStatus.Sent
                    && r.SentAt >= since && candidates.Contains(r.ClientPseudonym))
                .OrderByDescending(r => r.SentAt)
                .Select(r => new EarlierReferral(r.Reference, r.SentAt))
                .FirstOrDefault());

    /// <summary>The team's latest referral of one of the client's pseudonyms to the OCMW since then, if any.</summary>
    /// <remarks>The parameter names become the SQL's (<c>@team</c>, which QueryPlanTests reads).</remarks>
    public Task<EarlierReferral?> LatestAsync(
        ReferralsDbContext db, string ocmwId, string team, DateTimeOffset since, IReadOnlyList<string> candidates, CancellationToken ct) =>
        _latest(db, ocmwId, team, since, candidates, ct);
}

internal sealed record EarlierReferral(string Reference, DateTimeOffset? SentAt);
