using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Referrals;

/// <summary>Idempotency-Key handling through the API, with Graph faked so that mails can be counted exactly.</summary>
public abstract class IdempotencyStoreTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Retry_SameKeySameBody_SendsOnceAndReplaysWithoutPassphrase()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        await using var host = await ReferralHost.CreateAsync(provider, graph);
        using var client = host.CreateWorker();

        using var first = await Referral.PostAsync(client, Referral.Valid(), "key-1");
        using var second = await Referral.PostAsync(client, Referral.Valid(), "key-1");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        var a = await first.JsonAsync();
        var b = await second.JsonAsync();
        Assert.Equal(a.GetProperty("referralId").GetGuid(), b.GetProperty("referralId").GetGuid());
        Assert.Equal(a.GetProperty("reference").GetString(), b.GetProperty("reference").GetString());
        Assert.Equal(JsonValueKind.String, a.GetProperty("passphrase").ValueKind);
        Assert.Equal(JsonValueKind.Null, b.GetProperty("passphrase").ValueKind);
        Assert.Equal("sent", b.GetProperty("status").GetString());
        Assert.Single(graph.Requests);
        Assert.Equal(1, await host.QueryAsync(db => db.ConsentRecords.CountAsync()));
    }

    [Fact]
    public async Task Submit_WithIdempotencyKey_StoresNoFormOfThePassphrase()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        await using var host = await ReferralHost.CreateAsync(provider, graph);
        using var created = await Referral.PostAsync(host.CreateWorker(), Referral.Valid(), "key-secret");
        var passphrase = (await created.JsonAsync()).GetProperty("passphrase").GetString()!;

        var rows = await host.QueryAsync(async db => string.Join('\n',
            (await db.IdempotencyRecords.AsNoTracking().ToListAsync()).Select(r => JsonSerializer.Serialize(r))
            .Concat((await db.ConsentRecords.AsNoTracking().ToListAsync()).Select(r => JsonSerializer.Serialize(r)))));

        Assert.Contains("key-secret", rows, StringComparison.Ordinal);
        Assert.DoesNotContain(passphrase, rows, StringComparison.Ordinal);
        Assert.DoesNotContain(passphrase.Replace("-", "", StringComparison.Ordinal), rows, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retry_SameKeyDifferentBody_Returns422AndSendsNothingNew()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        await using var host = await ReferralHost.CreateAsync(provider, graph);
        using var client = host.CreateWorker();
        var other = Referral.Valid();
        other["client"]!["givenName"] = "Anna";

        using var first = await Referral.PostAsync(client, Referral.Valid(), "key-2");
        using var second = await Referral.PostAsync(client, other, "key-2");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
        Assert.Equal("idempotency_key_reused", (await second.JsonAsync()).GetProperty("code").GetString());
        Assert.Single(graph.Requests);
        Assert.Equal(1, await host.QueryAsync(db => db.ConsentRecords.CountAsync()));
    }

    [Fact]
    public async Task Retry_SameKeyOtherUser_IsAnotherReferral()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        await using var host = await ReferralHost.CreateAsync(provider, graph);

        using var first = await Referral.PostAsync(host.CreateWorker("a@opgroeien.be"), Referral.Valid(), "shared");
        using var second = await Referral.PostAsync(host.CreateWorker("b@opgroeien.be"), Referral.Again(Referral.Valid()), "shared");

        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Null(second.Headers.Contains("Idempotent-Replayed") ? "replayed" : null);
        Assert.Equal(2, graph.Requests.Count);
    }

    [Fact]
    public async Task Concurrent_SameKey_SendsOneMail()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        graph.Default = new GraphAnswer(202, Delay: TimeSpan.FromMilliseconds(300));
        await using var host = await ReferralHost.CreateAsync(provider, graph);
        using var client = host.CreateWorker();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Referral.PostAsync(client, Referral.Valid(), "key-race")));

        Assert.Single(graph.Requests);
        Assert.Equal(1, await host.QueryAsync(db => db.ConsentRecords.CountAsync()));
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.JsonAsync()).GetProperty("referralId").GetGuid()));
        Assert.Single(ids.Distinct());
    }

    [Fact]
    public async Task Retry_AfterGraphFailure_ReplaysFailureWithoutSendingAgain()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        graph.Enqueue(new GraphAnswer(500));
        await using var host = await ReferralHost.CreateAsync(provider, graph);
        using var client = host.CreateWorker();

        using var first = await Referral.PostAsync(client, Referral.Valid(), "key-fail");
        using var second = await Referral.PostAsync(client, Referral.Valid(), "key-fail");

        Assert.Equal(HttpStatusCode.BadGateway, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadGateway, second.StatusCode);
        Assert.Single(graph.Requests);
        Assert.Equal(ReferralStatus.Failed, (await host.QueryAsync(db => db.ConsentRecords.SingleAsync())).Status);
    }
}

public sealed class IdempotencyStoreSqliteTests() : IdempotencyStoreTests(DatabaseProvider.Sqlite);

public sealed class IdempotencyStorePostgresTests() : IdempotencyStoreTests(DatabaseProvider.Postgres);
