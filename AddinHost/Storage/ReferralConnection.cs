using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace OutlookReferralAddin.AddinHost.Storage;

/// <summary>
/// The database connection of one referral: opened for the checks, and either let go before the archive and the Graph
/// send or held through them, by provider. PostgreSQL's pool is finite and a send can take seconds, so its connection
/// goes back first. A pooled SQLite connection costs nothing to hold, while every open registers EF Core's SQL functions
/// on it again and every close removes them: holding one open through the referral saved 0.2 ms of processor time per
/// referral in the load benchmark (#20). An open connection outside a transaction holds no snapshot, so SQLite's
/// checkpoints and other writers do not wait for it.
/// </summary>
internal sealed class ReferralConnection(ReferralsDbContext db, IOptions<DatabaseOptions> options) : IAsyncDisposable
{
    private bool _open;

    public async Task<ReferralConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        _open = true;
        return this;
    }

    /// <summary>After the checks, before the pending record, the archive and the send.</summary>
    public Task BeforeSendAsync() => options.Value.Provider == DatabaseProvider.Sqlite ? Task.CompletedTask : CloseAsync();

    public async ValueTask DisposeAsync() => await CloseAsync();

    private async Task CloseAsync()
    {
        if (_open)
        {
            _open = false;
            await db.Database.CloseConnectionAsync();
        }
    }
}
