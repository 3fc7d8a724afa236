using System.Net;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Faults;

/// <summary>
/// Graph misbehaving, counted at the fake server: retried only where Graph did nothing (429, 503), never two mails for
/// one referral, and a retry by the worker with the same Idempotency-Key never sends again.
/// Decision for the ambiguous cases (timeout, dropped connection, 500/502/504): no automatic resend; the referral is
/// recorded <c>failed</c> with the reason, and the answer says <c>outcomeUncertain: true</c> so the task pane tells the
/// worker to look in Sent Items before sending again.
/// </summary>
public sealed class GraphFaultTests
{
    public static TheoryData<string> Faults => new()
    {
        "429-retry-after-then-accepted", "503-twice-then-accepted", "429-retry-after-too-long", "503-always", "500", "502", "504",
        "400", "403", "slow-past-timeout", "dropped-connection", "slow-then-drop",
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task Post_GraphFault_RetriesOnlyWhereSafeAndNeverSendsTwice(string fault)
    {
        await using var graph = await FakeGraphServer.StartAsync();
        var (script, fallback) = Script(fault);
        graph.Enqueue(script);
        graph.Default = fallback;
        await using var host = await ReferralHost.CreateAsync(graph: graph, settings: new Dictionary<string, string?>
        {
            ["Graph:TimeoutSeconds"] = "2",
            ["Graph:MaxRetries"] = "3",
        });
        using var client = host.CreateWorker();

        using var first = await Referral.PostAsync(client, Referral.Valid(), "fault-key-1");
        var requestsAfterFirst = graph.Requests.Count;
        using var retry = await Referral.PostAsync(client, Referral.Valid(), "fault-key-1");
        await Task.Delay(TimeSpan.FromSeconds(fault.StartsWith("slow", StringComparison.Ordinal) ? 3 : 0));

        var (status, requests, uncertain) = Expected(fault);
        var record = await host.QueryAsync(db => db.ConsentRecords.SingleAsync());
        Assert.Equal(requests, requestsAfterFirst);
        Assert.Equal(requests, graph.Requests.Count);
        Assert.InRange(graph.AcceptedCount, 0, 1);
        Assert.All(graph.Requests, r => Assert.Equal(record.Reference, Marker(r)));
        if (status == HttpStatusCode.Created)
        {
            Assert.Equal(HttpStatusCode.Created, first.StatusCode);
            Assert.Equal(1, graph.AcceptedCount);
            Assert.Equal(ReferralStatus.Sent, record.Status);
            Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
            Assert.True(retry.Headers.Contains("Idempotent-Replayed"));
        }
        else
        {
            Assert.Equal(HttpStatusCode.BadGateway, first.StatusCode);
            var problem = await first.JsonAsync();
            Assert.Equal("mail_send_failed", problem.GetProperty("code").GetString());
            Assert.Equal(uncertain, problem.GetProperty("outcomeUncertain").GetBoolean());
            var detail = problem.GetProperty("detail").GetString()!;
            Assert.Contains(record.Reference, detail, StringComparison.Ordinal);
            Assert.Equal(uncertain, detail.Contains("Verzonden items", StringComparison.Ordinal));
            Assert.False(problem.TryGetProperty("passphrase", out _));
            Assert.Equal(ReferralStatus.Failed, record.Status);
            Assert.Equal(problem.GetProperty("reason").GetString(), record.FailureCode);
            Assert.Equal(HttpStatusCode.BadGateway, retry.StatusCode);
            if (!uncertain)
            {
                Assert.Equal(0, graph.AcceptedCount);
            }
        }
    }

    private static (GraphAnswer[] Script, GraphAnswer Fallback) Script(string fault) => fault switch
    {
        "429-retry-after-then-accepted" => ([new(429, RetryAfterSeconds: 1)], GraphAnswer.Accepted),
        "503-twice-then-accepted" => ([new(503), new(503)], GraphAnswer.Accepted),
        "429-retry-after-too-long" => ([new(429, RetryAfterSeconds: 600)], GraphAnswer.Accepted),
        "503-always" => ([], new(503)),
        "500" => ([new(500)], GraphAnswer.Accepted),
        "502" => ([new(502)], GraphAnswer.Accepted),
        "504" => ([new(504)], GraphAnswer.Accepted),
        "400" => ([new(400)], GraphAnswer.Accepted),
        "403" => ([new(403)], GraphAnswer.Accepted),
        "slow-past-timeout" => ([new(202, Delay: TimeSpan.FromSeconds(4))], GraphAnswer.Accepted),
        "dropped-connection" => ([new(0, Drop: true)], GraphAnswer.Accepted),
        "slow-then-drop" => ([new(0, Delay: TimeSpan.FromSeconds(1), Drop: true)], GraphAnswer.Accepted),
        _ => throw new ArgumentOutOfRangeException(nameof(fault)),
    };

    /// <summary>Final answer, Graph requests made, and whether the mail may have left anyway.</summary>
    private static (HttpStatusCode Status, int Requests, bool Uncertain) Expected(string fault) => fault switch
    {
        "429-retry-after-then-accepted" => (HttpStatusCode.Created, 2, false),
        "503-twice-then-accepted" => (HttpStatusCode.Created, 3, false),
        "429-retry-after-too-long" => (HttpStatusCode.BadGateway, 1, false),
        "503-always" => (HttpStatusCode.BadGateway, 4, false),
        "400" or "403" => (HttpStatusCode.BadGateway, 1, false),
        _ => (HttpStatusCode.BadGateway, 1, true),
    };

    private static string? Marker(GraphRequest request)
    {
        var message = request.Json["Message"] ?? request.Json["message"];
        return (string?)message?["internetMessageHeaders"]?[0]?["value"];
    }
}
