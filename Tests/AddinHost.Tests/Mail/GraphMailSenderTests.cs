using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Mail;

/// <summary>The real Microsoft.Graph SDK against a fake Graph server on 127.0.0.1.</summary>
public sealed class GraphMailSenderTests
{
    [Fact]
    public async Task Send_ValidReferral_PostsExactSendMailRequest()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        await using var host = await ReferralHost.CreateAsync(graph: graph);
        using var client = host.CreateWorker();

        using var response = await Referral.PostAsync(client, Referral.Valid());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        var reference = body.GetProperty("reference").GetString()!;
        var request = Assert.Single(graph.Requests);
        Assert.Equal("/v1.0/me/sendMail", request.Path);
        Assert.Equal("Bearer development-token", request.Authorization);
        var json = request.Json;
        var message = json["Message"] ?? json["message"];
        Assert.NotNull(message);
        Assert.True((bool)(json["SaveToSentItems"] ?? json["saveToSentItems"])!);
        Assert.Equal("socialedienst@kluisbergen.be", (string?)message["toRecipients"]![0]!["emailAddress"]!["address"]);
        Assert.Single(message["toRecipients"]!.AsArray());
        Assert.Equal($"Doorverwijzing Opgroeien – ref. {reference}", (string?)message["subject"]);
        Assert.Equal("text", (string?)message["body"]!["contentType"]);
        var text = (string)message["body"]!["content"]!;
        Assert.Contains(reference, text, StringComparison.Ordinal);
        Assert.Contains("telefonisch", text, StringComparison.Ordinal);
        Assert.Contains("artikel 7", text, StringComparison.Ordinal);
        Assert.All(Referral.PersonalValues.Append(body.GetProperty("passphrase").GetString()!),
            v => Assert.DoesNotContain(v, text + (string?)message["subject"], StringComparison.OrdinalIgnoreCase));
        var header = Assert.Single(message["internetMessageHeaders"]!.AsArray());
        Assert.Equal("x-ocmw-referral-reference", (string?)header!["name"]);
        Assert.Equal(reference, (string?)header["value"]);
        var attachment = Assert.Single(message["attachments"]!.AsArray())!;
        Assert.Equal("#microsoft.graph.fileAttachment", (string?)attachment["@odata.type"]);
        Assert.Equal($"doorverwijzing-{reference}.7z", (string?)attachment["name"]);
        Assert.Equal("application/x-7z-compressed", (string?)attachment["contentType"]);

        var files = await SevenZip.ExtractAsync(Convert.FromBase64String((string)attachment["contentBytes"]!), body.GetProperty("passphrase").GetString()!);
        var document = Encoding.UTF8.GetString(files["doorverwijzing.json"]);
        Assert.Contains(Referral.FamilyName, document, StringComparison.Ordinal);
        Assert.Contains(Referral.Email, document, StringComparison.Ordinal);
        Assert.Contains(reference, document, StringComparison.Ordinal);
        var record = await host.QueryAsync(db => db.ConsentRecords.SingleAsync());
        Assert.Equal(ReferralStatus.Sent, record.Status);
        Assert.Equal(reference, record.MessageCorrelation);
    }

    [Fact]
    public async Task Send_SaveToSentItemsFalse_IsPassedToGraph()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        await using var host = await ReferralHost.CreateAsync(graph: graph, settings: new Dictionary<string, string?> { ["Mail:SaveToSentItems"] = "false" });

        using var response = await Referral.PostAsync(host.CreateWorker(), Referral.Valid());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = Assert.Single(graph.Requests).Json;
        Assert.False((bool)(json["SaveToSentItems"] ?? json["saveToSentItems"])!);
    }

    [Fact]
    public async Task Send_ThrottledWithRetryAfter_RetriesAndSendsOnce()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        graph.Enqueue(new GraphAnswer(429, RetryAfterSeconds: 1));
        await using var host = await ReferralHost.CreateAsync(graph: graph);

        using var response = await Referral.PostAsync(host.CreateWorker(), Referral.Valid());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(2, graph.Requests.Count);
        Assert.Equal(1, graph.AcceptedCount);
    }

    [Fact]
    public async Task Send_UnavailableThenAccepted_Succeeds()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        graph.Enqueue(new GraphAnswer(503));
        await using var host = await ReferralHost.CreateAsync(graph: graph);

        using var response = await Referral.PostAsync(host.CreateWorker(), Referral.Valid());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(2, graph.Requests.Count);
        Assert.Equal(ReferralStatus.Sent, (await host.QueryAsync(db => db.ConsentRecords.SingleAsync())).Status);
    }

    [Theory]
    [InlineData(500, 1, "graph_500")]
    [InlineData(503, 4, "graph_503")]
    [InlineData(403, 1, "graph_403")]
    public async Task Send_PermanentFailure_Returns502AndRecordsFailed(int status, int attempts, string reason)
    {
        await using var graph = await FakeGraphServer.StartAsync();
        graph.Default = new GraphAnswer(status);
        await using var host = await ReferralHost.CreateAsync(graph: graph, settings: new Dictionary<string, string?> { ["Graph:MaxRetries"] = "3" });

        using var response = await Referral.PostAsync(host.CreateWorker(), Referral.Valid());

        await AssertFailedAsync(host, response, reason);
        Assert.Equal(attempts, graph.Requests.Count);
        Assert.Equal(0, graph.AcceptedCount);
    }

    [Fact]
    public async Task Send_GraphTooSlow_Returns502AfterTimeout()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        graph.Default = new GraphAnswer(202, Delay: TimeSpan.FromSeconds(20));
        await using var host = await ReferralHost.CreateAsync(graph: graph, settings: new Dictionary<string, string?> { ["Graph:TimeoutSeconds"] = "2" });

        var watch = System.Diagnostics.Stopwatch.StartNew();
        using var response = await Referral.PostAsync(host.CreateWorker(), Referral.Valid());

        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(15));
        await AssertFailedAsync(host, response, "graph_timeout");
        Assert.Single(graph.Requests);
    }

    [Fact]
    public async Task Send_ConnectionDropped_Returns502()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        graph.Default = new GraphAnswer(0, Drop: true);
        await using var host = await ReferralHost.CreateAsync(graph: graph);

        using var response = await Referral.PostAsync(host.CreateWorker(), Referral.Valid());

        await AssertFailedAsync(host, response, "graph_unreachable");
        Assert.Equal(0, graph.AcceptedCount);
    }

    private static async Task AssertFailedAsync(ReferralHost host, HttpResponseMessage response, string reason)
    {
        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("mail_send_failed", problem.GetProperty("code").GetString());
        Assert.Equal(reason, problem.GetProperty("reason").GetString());
        Assert.False(problem.TryGetProperty("passphrase", out _));
        var record = await host.QueryAsync(db => db.ConsentRecords.SingleAsync());
        Assert.Equal(ReferralStatus.Failed, record.Status);
        Assert.Equal(reason, record.FailureCode);
        Assert.Null(record.SentAt);
    }
}
