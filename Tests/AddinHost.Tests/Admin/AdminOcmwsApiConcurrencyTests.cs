using System.Data.Common;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Tests.Support;
using static OutlookReferralAddin.AddinHost.Tests.Admin.AdminRequests;

namespace OutlookReferralAddin.AddinHost.Tests.Admin;

/// <summary>
/// Two administrators (or two instances) saving the same entry: a change committed between our If-Match check and
/// our write must not be overwritten. PostgreSQL only: on SQLite the transaction holds the write lock from the start,
/// so a second writer cannot get in between at all.
/// </summary>
public sealed class AdminOcmwsApiConcurrencyTests
{
    [Fact]
    public async Task Update_ChangedByOtherWriterAfterIfMatchCheck_Returns412AndKeepsTheirChange()
    {
        ConcurrentEditor? editor = null;
        await using var host = await ReferralHost.CreateAsync(DatabaseProvider.Postgres, services: s => s.AddSingleton<IInterceptor>(_ => editor!));
        editor = new ConcurrentEditor(host.Database.ConnectionString);
        using var admin = host.CreateAdmin();
        var (body, etag) = await GetAsync(admin, "kluisbergen");
        // A change that applies at once (the notice period): a team change would only be proposed.
        body["noticeMonths"] = 6;
        editor.Armed = true;

        using var response = await UpdateAsync(admin, "kluisbergen", body, etag);

        Assert.False(editor.Armed, "the other writer never ran: the test proves nothing");
        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("Hun team", (await GetAsync(admin, "kluisbergen")).Body["referringTeam"]!.GetValue<string>());
        Assert.Equal(0, await host.QueryAsync(db => db.AuditEntries.CountAsync()));
    }

    /// <summary>Just before our UPDATE of the entry runs, another connection changes the same row and commits.</summary>
    private sealed class ConcurrentEditor(string connectionString) : DbCommandInterceptor
    {
        public bool Armed { get; set; }

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            await InterveneAsync(command, cancellationToken);
            return result;
        }

        public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            await InterveneAsync(command, cancellationToken);
            return result;
        }

        private async Task InterveneAsync(DbCommand command, CancellationToken cancellationToken)
        {
            if (!Armed || !command.CommandText.Contains("UPDATE \"OcmwProtocols\"", StringComparison.Ordinal))
            {
                return;
            }

            Armed = false;
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var other = new NpgsqlCommand(
                "UPDATE \"OcmwProtocols\" SET \"ReferringTeam\" = 'Hun team' WHERE \"Id\" = 'kluisbergen'", connection);
            Assert.Equal(1, await other.ExecuteNonQueryAsync(cancellationToken));
        }
    }
}
