using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookReferralAddin.AddinHost.Admin.Verifications;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.Core.Recipients;

namespace OutlookReferralAddin.AddinHost.Directory;

/// <summary>The protocols and the policy built from them, as loaded from the database.</summary>
internal sealed record DirectorySnapshot(IReadOnlyList<OcmwProtocol> Protocols, RecipientPolicy Policy)
{
    public OcmwProtocol? Find(string? ocmwId) =>
        Protocols.FirstOrDefault(p => string.Equals(p.Id, ocmwId, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// Loads the directory from the database once and caches the built <see cref="RecipientPolicy"/>.
/// Whoever changes the stored protocols (the admin API) calls <see cref="Invalidate"/>.
/// With several instances, each instance reloads after <see cref="MaxAge"/> at the latest.
/// </summary>
internal sealed class DirectoryStore(IServiceScopeFactory scopes, TimeProvider time, IOptions<VerificationOptions> verification) : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private (DirectorySnapshot Snapshot, DateTimeOffset LoadedAt)? _cached;

    public async Task<DirectorySnapshot> GetAsync(CancellationToken cancellationToken)
    {
        if (_cached is { } hit && time.GetUtcNow() - hit.LoadedAt < MaxAge)
        {
            return hit.Snapshot;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_cached is { } again && time.GetUtcNow() - again.LoadedAt < MaxAge)
            {
                return again.Snapshot;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ReferralsDbContext>();
            var entities = await db.OcmwProtocols.AsNoTracking().OrderBy(p => p.Id).ToListAsync(cancellationToken);
            var protocols = entities.Select(e => e.ToProtocol()).ToList();
            var verified = verification.Value.RequireVerifiedMailboxes
                ? await db.MailboxVerifications.AsNoTracking().Where(v => v.Status == VerificationStatus.Confirmed)
                    .Select(v => new VerifiedMailbox(v.OcmwId, v.Mailbox)).ToListAsync(cancellationToken)
                : null;
            var snapshot = new DirectorySnapshot(protocols, new RecipientPolicy(protocols, verified));
            _cached = (snapshot, time.GetUtcNow());
            return snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Invalidate() => _cached = null;

    public void Dispose() => _gate.Dispose();

    /// <summary>First start: the directory is the two signed protocols from Core's seed.</summary>
    public async Task SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReferralsDbContext>();
        if (await db.OcmwProtocols.AnyAsync(cancellationToken))
        {
            return;
        }

        db.OcmwProtocols.AddRange(DirectorySeed.Protocols.Select(p => p.ToEntity(time.GetUtcNow())));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance seeded at the same moment: its rows are the same seed.
        }

        Invalidate();
    }
}
