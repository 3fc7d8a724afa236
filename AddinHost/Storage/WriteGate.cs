using Microsoft.Extensions.Options;

namespace OutlookReferralAddin.AddinHost.Storage;

/// <summary>
/// SQLite has one writer per database file. When two connections of this process write at once, the loser gets
/// SQLITE_BUSY and Microsoft.Data.Sqlite retries after sleeping on a pool thread: under a burst of referrals that was
/// most of the p99 latency and left the processors idle (the load benchmark showed 280 thread-seconds in those sleeps).
/// Writers of the referral path queue here instead, asynchronously and in arrival order. PostgreSQL locks rows itself,
/// so there the gate is always open.
/// </summary>
internal sealed class WriteGate(IOptions<DatabaseOptions> options) : IDisposable
{
    private readonly SemaphoreSlim? _turn = options.Value.Provider == DatabaseProvider.Sqlite ? new SemaphoreSlim(1, 1) : null;

    public async ValueTask<Turn> EnterAsync(CancellationToken cancellationToken)
    {
        if (_turn is null)
        {
            return default;
        }

        await _turn.WaitAsync(cancellationToken);
        return new Turn(_turn);
    }

    public void Dispose() => _turn?.Dispose();

    /// <summary>Held for the duration of one write; disposing it lets the next writer in.</summary>
    public readonly struct Turn(SemaphoreSlim? turn) : IDisposable
    {
        public void Dispose() => turn?.Release();
    }
}
