using Microsoft.Extensions.Options;
using OutlookReferralAddin.AddinHost.Storage;

namespace OutlookReferralAddin.AddinHost.Tests.Storage;

public sealed class WriteGateTests
{
    [Fact]
    public async Task EnterAsync_Sqlite_SecondWriterWaitsUntilFirstLeaves()
    {
        using var gate = new WriteGate(Options.Create(new DatabaseOptions { Provider = DatabaseProvider.Sqlite }));

        var first = await gate.EnterAsync(CancellationToken.None);
        var second = gate.EnterAsync(CancellationToken.None).AsTask();
        await Task.Delay(50);
        Assert.False(second.IsCompleted);

        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task EnterAsync_SqliteWaiterCancelled_GateStaysUsable()
    {
        using var gate = new WriteGate(Options.Create(new DatabaseOptions { Provider = DatabaseProvider.Sqlite }));
        using var cancel = new CancellationTokenSource();

        var first = await gate.EnterAsync(CancellationToken.None);
        var waiting = gate.EnterAsync(cancel.Token).AsTask();
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        first.Dispose();

        (await gate.EnterAsync(CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task EnterAsync_Postgres_WritersDoNotQueue()
    {
        using var gate = new WriteGate(Options.Create(new DatabaseOptions { Provider = DatabaseProvider.Postgres }));

        using var first = await gate.EnterAsync(CancellationToken.None);
        var second = gate.EnterAsync(CancellationToken.None);

        Assert.True(second.IsCompleted);
        (await second).Dispose();
    }
}
