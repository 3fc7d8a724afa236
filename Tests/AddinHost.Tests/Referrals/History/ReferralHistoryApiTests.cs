using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Referrals.History;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Referrals.History;

/// <summary>The history as GET /api/referrals/{id} shows it, the passphrase moment and the withdrawal with its notice.</summary>
public abstract class ReferralHistoryApiTests(DatabaseProvider provider)
{
    private Task<ReferralHost> CreateHostAsync(FakeGraphServer? graph = null) => ReferralHost.CreateAsync(provider, graph);

    // Several referrals of one client on purpose: each confirms the possible duplicate.
    private static async Task<(Guid Id, string Reference)> SendAsync(HttpClient client)
    {
        using var response = await Referral.PostAsync(client, Referral.Again(Referral.Valid()));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        return (body.GetProperty("referralId").GetGuid(), body.GetProperty("reference").GetString()!);
    }

    private static string[] Kinds(JsonElement view) =>
        [.. view.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("kind").GetString()!)];

    [Fact]
    public async Task Get_SentReferral_ShowsRecordedThenSentWithWorkerAndTime()
    {
        await using var host = await CreateHostAsync();
        using var client = host.CreateWorker();
        var (id, _) = await SendAsync(client);

        var view = await (await client.GetAsync($"/api/referrals/{id}")).JsonAsync();

        Assert.Equal(["recorded", "sent"], Kinds(view));
        Assert.All(view.GetProperty("history").EnumerateArray(), e =>
        {
            Assert.Equal("worker@opgroeien.be", e.GetProperty("actor").GetString());
            Assert.Equal(ReferralHost.Start, e.GetProperty("at").GetDateTimeOffset());
        });
        Assert.Equal("sent", view.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, view.GetProperty("passphraseDeliveredAt").ValueKind);
    }

    [Fact]
    public async Task PassphraseDelivered_BySenderTwice_RecordsFirstTimeAndActorOnce()
    {
        await using var host = await CreateHostAsync();
        using var client = host.CreateWorker();
        var (id, _) = await SendAsync(client);
        host.Time.Advance(TimeSpan.FromMinutes(3));

        using var first = await client.PostAsync($"/api/referrals/{id}/passphrase-delivered", null);
        host.Time.Advance(TimeSpan.FromMinutes(1));
        using var second = await client.PostAsync($"/api/referrals/{id}/passphrase-delivered", null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var view = await second.JsonAsync();
        Assert.Equal(["recorded", "sent", "passphraseDelivered"], Kinds(view));
        Assert.Equal(ReferralHost.Start.AddMinutes(3), view.GetProperty("passphraseDeliveredAt").GetDateTimeOffset());
        Assert.Equal("worker@opgroeien.be", view.GetProperty("history")[2].GetProperty("actor").GetString());
        Assert.Equal("sent", view.GetProperty("status").GetString());
    }

    [Fact]
    public async Task PassphraseDelivered_OtherWorker_Returns404AndAddsNothing()
    {
        await using var host = await CreateHostAsync();
        using var client = host.CreateWorker();
        using var other = host.CreateWorker("other@opgroeien.be");
        var (id, _) = await SendAsync(client);

        using var response = await other.PostAsync($"/api/referrals/{id}/passphrase-delivered", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(2, await host.QueryAsync(db => db.ReferralEvents.CountAsync()));
    }

    [Fact]
    public async Task Withdrawal_SentReferral_NotifiesOcmwInPickupWithReferenceAndDateOnly()
    {
        await using var host = await CreateHostAsync();
        using var client = host.CreateWorker();
        var (id, reference) = await SendAsync(client);
        host.Time.Advance(TimeSpan.FromDays(2));

        using var response = await client.PostAsJsonAsync($"/api/referrals/{id}/withdrawal", new { date = "2026-11-25" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var view = await response.JsonAsync();
        Assert.Equal("withdrawn", view.GetProperty("status").GetString());
        Assert.Equal(["recorded", "sent", "withdrawn", "withdrawalNoticeSent"], Kinds(view));
        Assert.Equal("2026-11-25", view.GetProperty("history")[2].GetProperty("onDate").GetString());

        var file = Assert.Single(Pickup.Files(host.PickupDirectory), f => f.EndsWith($"{reference}-intrekking.eml", StringComparison.Ordinal));
        var notice = await MimeKit.MimeMessage.LoadAsync(file);
        Assert.Equal("socialedienst@kluisbergen.be", notice.To.Mailboxes.Single().Address);
        Assert.Equal($"Intrekking toestemming – ref. {reference}", notice.Subject);
        Assert.Contains("25 november 2026", notice.TextBody, StringComparison.Ordinal);
        Assert.Contains("artikel 3", notice.TextBody, StringComparison.Ordinal);
        Assert.Empty(notice.Attachments);
        foreach (var value in Referral.PersonalValues)
        {
            Assert.DoesNotContain(value, notice.ToString(), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Withdrawal_Twice_Returns409AlreadyWithdrawn()
    {
        await using var host = await CreateHostAsync();
        using var client = host.CreateWorker();
        var (id, _) = await SendAsync(client);
        using var first = await client.PostAsJsonAsync($"/api/referrals/{id}/withdrawal", new { });

        using var second = await client.PostAsJsonAsync($"/api/referrals/{id}/withdrawal", new { });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("already_withdrawn", (await second.JsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Withdrawal_FutureDate_Returns400WithDutchFieldMessage()
    {
        await using var host = await CreateHostAsync();
        using var client = host.CreateWorker();
        var (id, _) = await SendAsync(client);

        using var response = await client.PostAsJsonAsync($"/api/referrals/{id}/withdrawal", new { date = "2026-12-24" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(await response.CodesAsync(), c => c is ("date", "withdrawal_date_invalid"));
        Assert.Contains("toekomst", (await response.JsonAsync()).GetProperty("errors").GetProperty("date")[0].GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Pickup.Files(host.PickupDirectory), f => f.Contains("intrekking", StringComparison.Ordinal));
    }

    [Fact]
    public async Task History_RewritingAnEvent_IsRefused()
    {
        await using var host = await CreateHostAsync();
        using var client = host.CreateWorker();
        await SendAsync(client);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.QueryAsync(async db =>
        {
            var line = await db.ReferralEvents.FirstAsync();
            line.Kind = ReferralEventKind.Withdrawn;
            return await db.SaveChangesAsync();
        }));

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_EveryReferral_EqualsTheFoldOfItsHistory()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        await using var host = await CreateHostAsync(graph);
        using var client = host.CreateWorker();
        var (sent, _) = await SendAsync(client);
        var (withdrawn, _) = await SendAsync(client);
        graph.Enqueue(new GraphAnswer(400));
        using var failed = await Referral.PostAsync(client, Referral.Again(Referral.Valid()));
        Assert.Equal(HttpStatusCode.BadGateway, failed.StatusCode);
        using var w = await client.PostAsJsonAsync($"/api/referrals/{withdrawn}/withdrawal", new { });
        using var p = await client.PostAsync($"/api/referrals/{sent}/passphrase-delivered", null);

        var rows = await host.QueryAsync(async db => (await db.ConsentRecords.ToListAsync())
            .Select(r => (r.Status, Derived: ReferralHistory.Derive(db.ReferralEvents.Where(e => e.ReferralId == r.Id).OrderBy(e => e.Id).Select(e => e.Kind).ToList())))
            .ToList());

        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal(r.Derived, r.Status));
        Assert.Equal([ReferralStatus.Sent, ReferralStatus.Failed, ReferralStatus.Withdrawn], rows.Select(r => r.Status).Order());
    }

    [Fact]
    public async Task Withdrawal_WithGraph_SendsNoticeThroughGraphAsTheWorker()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        await using var host = await CreateHostAsync(graph);
        using var client = host.CreateWorker();
        var (id, reference) = await SendAsync(client);
        graph.Enqueue(new GraphAnswer(503), GraphAnswer.Accepted);

        using var response = await client.PostAsJsonAsync($"/api/referrals/{id}/withdrawal", new { });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var notice = graph.Requests[^1].Json;
        var message = notice["Message"] ?? notice["message"];
        Assert.Equal($"Intrekking toestemming – ref. {reference}", (string?)message!["subject"]);
        Assert.Equal("socialedienst@kluisbergen.be", (string?)message["toRecipients"]![0]!["emailAddress"]!["address"]);
        Assert.Null(message["attachments"]);
        Assert.Equal(["recorded", "sent", "withdrawn", "withdrawalNoticeSent"], Kinds(await response.JsonAsync()));
    }

    [Fact]
    public async Task Withdrawal_GraphRefusesNotice_StaysWithdrawnAndRecordsNoticeFailure()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        await using var host = await CreateHostAsync(graph);
        using var client = host.CreateWorker();
        var (id, _) = await SendAsync(client);
        graph.Enqueue(new GraphAnswer(400));

        using var response = await client.PostAsJsonAsync($"/api/referrals/{id}/withdrawal", new { });

        var view = await response.JsonAsync();
        Assert.Equal("withdrawn", view.GetProperty("status").GetString());
        Assert.Equal(["recorded", "sent", "withdrawn", "withdrawalNoticeFailed"], Kinds(view));
        Assert.Equal("graph_400", view.GetProperty("history")[3].GetProperty("code").GetString());
    }
}

public sealed class ReferralHistoryApiSqliteTests() : ReferralHistoryApiTests(DatabaseProvider.Sqlite);

public sealed class ReferralHistoryApiPostgresTests() : ReferralHistoryApiTests(DatabaseProvider.Postgres);
