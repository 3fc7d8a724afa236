using System.Net.Http.Headers;
using OutlookReferralAddin.AddinHost.Tests.Load;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Hostile;

/// <summary>The whole corpus against one host, then the privacy scan: the client values it carried are nowhere at rest.</summary>
public sealed class HostileCorpusPrivacyTests
{
    [Fact]
    public async Task Corpus_AllCases_LeaveNoPersonalDataInLogsOrDatabase()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        await using var host = await ReferralHost.CreateAsync(graph: graph, settings: new Dictionary<string, string?> { ["RateLimiting:ReferralsPerMinute"] = "1000000" });
        using var worker = host.CreateWorker();
        using var admin = host.CreateWorker("admin@opgroeien.be", "Referral.Admin,Referral.Dpo");
        var cases = HostileCorpus.Cases().ToList();

        var statuses = new List<int>();
        foreach (var hostile in cases)
        {
            using var request = new HttpRequestMessage(hostile.Method, hostile.Path);
            if (hostile.Body is not null)
            {
                request.Content = new ByteArrayContent(hostile.Body);
                if (hostile.ContentType is not null)
                {
                    request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(hostile.ContentType);
                }
            }

            foreach (var (key, value) in hostile.Headers ?? new Dictionary<string, string>())
            {
                request.Headers.TryAddWithoutValidation(key, value);
            }

            using var response = await (hostile.Admin ? admin : worker).SendAsync(request);
            statuses.Add((int)response.StatusCode);
        }

        var scan = new PrivacyScanner(Referral.PersonalValues);
        scan.Text("logs", host.Logs.AllText);
        scan.DatabaseFiles(host.Database.SqliteFile!);
        Assert.All(statuses, s => Assert.InRange(s, 200, 499));
        Assert.Empty(graph.Requests);
        Assert.True(scan.Hits.Count == 0, scan.ToString());
        Assert.True(host.Logs.Lines.Count > cases.Count, "the logs were captured");
    }
}
