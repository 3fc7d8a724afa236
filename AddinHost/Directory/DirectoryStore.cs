using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutlookReferralAddin.AddinHost.Admin.Verifications;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.Core.Recipients;
using OutlookReferralAddin.Core.Recipients.Residence;

namespace OutlookReferralAddin.AddinHost.Directory;

/// <summary>The protocols and the policy built from them, as loaded from the database.</summary>
/// <param name="Protocols">Every stored protocol entry.</param>
/// <param name="Policy">The recipient policy built from them.</param>
/// <param name="Verified">The confirmed mailboxes, or null when verification is not required (every agreed mailbox counts).</param>
internal sealed record DirectorySnapshot(IReadOnlyList<OcmwProtocol> Protocols, RecipientPolicy Policy, IReadOnlyList<VerifiedMailbox>? Verified = null)
{
    public ResidenceRule Residence { get; } = new(Protocols);

    public OcmwProtocol? Find(string? ocmwId) =>
        Protocols.FirstOrDefault(p => string.Equals(p.Id, ocmwId, StringComparison.OrdinalIgnoreCase));

    /// <summary>The protocol's mailboxes a referral may go to now: the confirmed ones (all of them when none need confirming).</summary>
    public IReadOnlyList<string> VerifiedMailboxesOf(OcmwProtocol protocol)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        return Verified is null
            ? protocol.Mailboxes
            : [.. protocol.Mailboxes.Where(m => Verified.Any(v =>
                string.Equals(v.OcmwId, protocol.Id, StringComparison.OrdinalIgnoreCase) && string.Equals(v.Mailbox, m, StringComparison.OrdinalIgnoreCase)))];
    }
}

/// <summary>
/// The directory from the database and the <see cref="RecipientPolicy"/> built from it. Two reads:
/// <see cref="GetCurrentAsync(CancellationToken)"/> for a decision that lets data leave (a referral): it asks the database
/// every time whether the rows changed (<see cref="DirectoryVersionEntity"/>) and rebuilds only when they did, so a protocol
/// ended on any instance, by any writer, counts at once. <see cref="GetAsync"/> for advice (directory, screening, checks
/// while typing): cached, reloaded after <see cref="MaxAge"/> or when this instance changed the rows
/// (<see cref="Invalidate"/>) or saw them change.
/// </summary>
internal sealed class DirectoryStore(IServiceScopeFactory scopes, TimeProvider time, IOptions<DirectoryOptions> options) : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    // References, not tuples: requests read them without the lock, and a reference is never half-written.
    private Loaded? _cached;
    private Loaded? _current;

    /// <summary>
    /// The directory as stored right now. One query when nothing changed: the version the database raises on every write
    /// to the protocols or verifications. Only a new version reads the rows again and rebuilds the policy.
    /// </summary>
    public async Task<DirectorySnapshot> GetCurrentAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await GetCurrentAsync(scope.ServiceProvider.GetRequiredService<ReferralsDbContext>(), cancellationToken);
    }

    /// <summary>The directory on the caller's context, and so on its connection (a referral shares one with its duplicate check).</summary>
    public async Task<DirectorySnapshot> GetCurrentAsync(ReferralsDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var version = await VersionAsync(db, cancellationToken);
        if (_current is { } known && version is not null && known.Version == version)
        {
            return known.Snapshot;
        }

        // Read after the version: a write between the two leaves newer rows under the older number, and the next call
        // reloads; never older rows under the newer number.
        var snapshot = await LoadAsync(db, cancellationToken);
        _current = new Loaded(snapshot, time.GetUtcNow(), version);
        // The advice cache follows: after a change seen here, the checks while typing agree with the referral.
        _cached = _current;
        return snapshot;
    }

    /// <summary>The stored directory version; null without its row (then every call reads the rows).</summary>
    private static async Task<long?> VersionAsync(ReferralsDbContext db, CancellationToken cancellationToken)
    {
        // Plain ADO.NET on the context's connection: this runs before every referral, and EF Core's query pipeline
        // cost more than the query.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = DirectoryVersionEntity.ReadSql;
            return await command.ExecuteScalarAsync(cancellationToken) is { } value and not DBNull
                ? Convert.ToInt64(value, CultureInfo.InvariantCulture)
                : null;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

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
            var snapshot = await LoadAsync(scope.ServiceProvider.GetRequiredService<ReferralsDbContext>(), cancellationToken);
            _cached = new Loaded(snapshot, time.GetUtcNow(), null);
            return snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Invalidate() => _cached = null;

    private sealed record Loaded(DirectorySnapshot Snapshot, DateTimeOffset LoadedAt, long? Version);

    /// <summary>The rows and the policy built from them.</summary>
    private async Task<DirectorySnapshot> LoadAsync(ReferralsDbContext db, CancellationToken cancellationToken)
    {
        var entities = await db.OcmwProtocols.AsNoTracking().OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var verified = await VerifiedAsync(db, cancellationToken);
        var protocols = entities.Select(e => e.ToProtocol()).ToList();
        return new DirectorySnapshot(protocols, new RecipientPolicy(protocols, verified), verified);
    }

    /// <summary>Confirmed mailboxes when they are required (else null: every agreed mailbox counts), in a stable order.</summary>
    private async Task<List<VerifiedMailbox>?> VerifiedAsync(ReferralsDbContext db, CancellationToken cancellationToken) =>
        options.Value.RequireVerifiedMailboxes
            ? await db.MailboxVerifications.AsNoTracking().Where(v => v.Status == VerificationStatus.Confirmed)
                .OrderBy(v => v.OcmwId).ThenBy(v => v.Mailbox)
                .Select(v => new VerifiedMailbox(v.OcmwId, v.Mailbox)).ToListAsync(cancellationToken)
            : null;

    public void Dispose() => _gate.Dispose();

    /// <summary>
    /// First start: the directory is the two signed protocols from Core's seed. Their phones and team mailboxes are not in
    /// the protocols but placeholders: only Development keeps them. Elsewhere the entries start without contacts, and a
    /// number counts once one administrator has proposed it and another approved it (until then nothing can be sent).
    /// </summary>
    /// <returns>Whether this call seeded the directory.</returns>
    public async Task<bool> SeedIfEmptyAsync(bool withPlaceholderContacts, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReferralsDbContext>();
        if (await db.OcmwProtocols.AnyAsync(cancellationToken))
        {
            return false;
        }

        db.OcmwProtocols.AddRange(DirectorySeed.Protocols
            .Select(p => withPlaceholderContacts ? p : p with { Contacts = ContactPoints.None })
            .Select(p => p.ToEntity(time.GetUtcNow())));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance seeded at the same moment: its rows are the same seed.
            return false;
        }

        Invalidate();
        return true;
    }
}
