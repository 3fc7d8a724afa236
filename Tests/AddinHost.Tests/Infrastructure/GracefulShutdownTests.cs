using System.Diagnostics;
using System.Net;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Infrastructure;

/// <summary>SIGTERM to the real host process while a referral waits for Graph.</summary>
public sealed class GracefulShutdownTests
{
    [Fact]
    public async Task Sigterm_ReferralInFlight_FinishesSentOnceAndRecorded()
    {
        var data = System.IO.Directory.CreateTempSubdirectory("shutdown-");
        await using var graph = await FakeGraphServer.StartAsync();
        graph.Enqueue(new GraphAnswer(202, Delay: TimeSpan.FromSeconds(3)));
        var settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Referrals"] = $"Data Source={Path.Combine(data.FullName, "referrals.db")}",
            ["Mail:Mode"] = "Graph",
            ["Graph:BaseUrl"] = graph.BaseUrl,
            ["Graph:RetryDelaySeconds"] = "0",
        };
        Guid id;
        await using (var host = await HostProcess.StartAsync(settings))
        {
            using var client = Worker(host);
            var sending = Referral.PostAsync(client, Referral.Valid());
            var clock = Stopwatch.StartNew();
            while (graph.Requests.Count == 0 && clock.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(50);
            }

            Assert.Single(graph.Requests);
            var exit = host.TerminateAsync(TimeSpan.FromSeconds(60));
            using var response = await sending;

            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            Assert.Equal(0, await exit);
            id = (await response.JsonAsync()).GetProperty("referralId").GetGuid();
        }

        Assert.Equal(1, graph.AcceptedCount);
        await using var restarted = await HostProcess.StartAsync(settings);
        using var again = Worker(restarted);
        var record = await (await again.GetAsync(new Uri($"/api/referrals/{id}", UriKind.Relative))).JsonAsync();
        Assert.Equal("sent", record.GetProperty("status").GetString());
        Assert.Single(graph.Requests);
    }

    private static HttpClient Worker(HostProcess host)
    {
        var client = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Add("X-Dev-User", "afsluiten@opgroeien.be");
        return client;
    }
}
