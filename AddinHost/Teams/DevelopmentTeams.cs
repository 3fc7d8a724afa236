using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Storage;

namespace OutlookReferralAddin.AddinHost.Teams;

/// <summary>
/// Development only: each seeded protocol's team gets a fixed group id (ending in the OCMW's first postcode, so that a
/// developer recognises it), and the sign-in stand-in puts a user without <c>X-Dev-Groups</c> in all of them.
/// Outside Development the seeded protocols carry no group until administrators set one.
/// </summary>
internal static class DevelopmentTeams
{
    public const string ScheldeleieGroupId = "6b0c3f4e-5d1a-4c2b-9e8f-000000009690";
    public const string WestLimburgGroupId = "6b0c3f4e-5d1a-4c2b-9e8f-000000003980";

    public static IReadOnlyDictionary<string, string> GroupBySeedId { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["kluisbergen"] = ScheldeleieGroupId,
        ["tessenderlo-ham"] = WestLimburgGroupId,
    };

    public static IReadOnlyList<string> AllGroups { get; } = [ScheldeleieGroupId, WestLimburgGroupId];

    /// <summary>
    /// The seeded entries without a group get their development group (also in a database made before teams existed, so
    /// that the README's first try keeps working after an update). An entry with groups is left as administrators set it.
    /// </summary>
    public static async Task AssignSeedGroupsAsync(ReferralsDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = GroupBySeedId.Keys.ToList();
        foreach (var entry in await db.OcmwProtocols.Where(p => ids.Contains(p.Id)).ToListAsync(ct))
        {
            if (entry.TeamGroupIds.Count == 0)
            {
                entry.TeamGroupIds = [GroupBySeedId[entry.Id]];
                entry.UpdatedAt = now;
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
