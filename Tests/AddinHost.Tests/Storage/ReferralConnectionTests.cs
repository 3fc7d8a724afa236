using System.Data.Common;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Storage;

/// <summary>
/// Which database connections a referral holds while Graph has its mail: on PostgreSQL none (its pool is finite and a
/// send can take seconds), on SQLite the one connection that served the whole referral (each open costs processor time).
/// </summary>
public sealed class ReferralConnectionTests
{
    [Fact]
    public async Task Create_Sqlite_OneConnectionServesTheWholeReferral()
    {
        var (opens, openDuringSend) = await SendOneAsync(DatabaseProvider.Sqlite);

        Assert.Equal(1, openDuringSend);
        Assert.Equal(1, opens);
    }

    [Fact]
    public async Task Create_Postgres_NoConnectionHeldDuringTheSend()
    {
        var (opens, openDuringSend) = await SendOneAsync(DatabaseProvider.Postgres);

        Assert.Equal(0, openDuringSend);
        Assert.True(opens >= 2, $"the outcome needs the connection again after the send; {opens} open(s) seen");
    }

    [Fact]
    public async Task Create_Sqlite_TemporaryStoreIsMemory()
    {
        await using var host = await ReferralHost.CreateAsync();

        var store = await host.QueryAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA temp_store;";
            return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        });

        Assert.Equal(2, store); // 2 = MEMORY; the default 0 puts temporary tables in files
    }

    /// <summary>Sends one referral; returns how often EF Core opened a connection, and how many were open while Graph had the mail.</summary>
    private static async Task<(int Opens, int OpenDuringSend)> SendOneAsync(DatabaseProvider provider)
    {
        var connections = new OpenConnections();
        await using var graph = await FakeGraphServer.StartAsync();
        await using var host = await ReferralHost.CreateAsync(provider, graph, services: s => s.AddSingleton<IInterceptor>(connections));
        using var worker = host.CreateWorker();
        var openDuringSend = -1;
        connections.Reset();
        graph.Receiving = () => openDuringSend = connections.Open;

        using var response = await Referral.PostAsync(worker, Referral.Valid());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (connections.Opens, openDuringSend);
    }

    /// <summary>Connections EF Core opened and has not closed yet, and how many opens there were.</summary>
    private sealed class OpenConnections : DbConnectionInterceptor
    {
        private int _open;
        private int _opens;

        public int Open => Volatile.Read(ref _open);

        public int Opens => Volatile.Read(ref _opens);

        public void Reset() => (_open, _opens) = (0, 0);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Opened();
            return Task.CompletedTask;
        }

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Opened();

        public override Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
        {
            Interlocked.Decrement(ref _open);
            return Task.CompletedTask;
        }

        public override void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => Interlocked.Decrement(ref _open);

        private void Opened()
        {
            Interlocked.Increment(ref _open);
            Interlocked.Increment(ref _opens);
        }
    }
}
