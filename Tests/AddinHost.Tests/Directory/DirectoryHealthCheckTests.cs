using System.Net;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Directory;

public sealed class DirectoryHealthCheckTests
{
    [Fact]
    public async Task Healthz_DirectoryUnreadable_ReadinessFailsLivenessStays()
    {
        await using var host = await ReferralHost.CreateAsync();
        using var client = host.CreateClient();
        using (var before = await client.GetAsync(new Uri("/healthz", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        // The database answers, the directory's table does not.
        await host.QueryAsync(db => db.Database.ExecuteSqlRawAsync("ALTER TABLE \"OcmwProtocols\" RENAME TO \"OcmwProtocolsAway\""));
        using (var ready = await client.GetAsync(new Uri("/healthz", UriKind.Relative)))
        using (var live = await client.GetAsync(new Uri("/healthz/live", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }

        await host.QueryAsync(db => db.Database.ExecuteSqlRawAsync("ALTER TABLE \"OcmwProtocolsAway\" RENAME TO \"OcmwProtocols\""));
        using var after = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }
}
