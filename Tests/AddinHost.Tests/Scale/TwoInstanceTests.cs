using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Npgsql;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Tests.Support;
using Xunit.Abstractions;

namespace OutlookReferralAddin.AddinHost.Tests.Scale;

/// <summary>
/// Two host processes, A and B, on one real PostgreSQL database (from <c>REFERRALS_TEST_POSTGRES</c>), both sending
/// through one fake Graph, as two instances behind a load balancer. A migrates and seeds; B starts on the result.
/// </summary>
public sealed class TwoInstanceFixture : IAsyncLifetime
{
    private DirectoryInfo _root = null!;

    public TestDatabase Database { get; private set; } = null!;

    public FakeGraphServer Graph { get; private set; } = null!;

    public HostProcess A { get; private set; } = null!;

    public HostProcess B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _root = System.IO.Directory.CreateTempSubdirectory("referral-scale-");
        Database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, _root.FullName);
        Graph = await FakeGraphServer.StartAsync();
        var settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Referrals"] = Database.ConnectionString,
            ["Mail:Mode"] = "Graph",
            ["Graph:BaseUrl"] = Graph.BaseUrl,
            ["Graph:RetryDelaySeconds"] = "0",
            ["RateLimiting:ReferralsPerMinute"] = "1000000",
            ["Retention:RunInBackground"] = "false",
        };
        A = await HostProcess.StartAsync(settings);
        B = await HostProcess.StartAsync(settings);
    }

    public static HttpClient Worker(HostProcess host, string user = "schaal@opgroeien.be", string? roles = null)
    {
        var client = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Add("X-Dev-User", user);
        if (roles is not null)
        {
            client.DefaultRequestHeaders.Add("X-Dev-Roles", roles);
        }

        return client;
    }

    /// <summary>Reference and status of every consent record, read from the database itself.</summary>
    public async Task<Dictionary<string, string>> RecordsAsync()
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "Reference", "Status" FROM "ConsentRecords" """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var records = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            records.Add(reader.GetString(0), reader.GetString(1));
        }

        return records;
    }

    /// <summary>How many mails the fake Graph received for a reference (the marker header carries it).</summary>
    public int MailsFor(string reference) => Graph.Requests.Count(r => Marker(r) == reference);

    public static string Marker(GraphRequest request) =>
        (string?)(request.Json["Message"] ?? request.Json["message"])?["internetMessageHeaders"]?[0]?["value"] ?? "";

    public async Task DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
        await Graph.DisposeAsync();
        await Database.DisposeAsync();
        _root.Delete(recursive: true);
    }
}

public sealed class TwoInstanceTests(TwoInstanceFixture fixture, ITestOutputHelper output) : IClassFixture<TwoInstanceFixture>
{
    private const int Referrals = 500;
    private const int InFlight = 20;

    [Fact]
    public async Task EndProtocolOnA_NextReferralOnB_IsRefusedAndNotSent()
    {
        using var workerB = TwoInstanceFixture.Worker(fixture.B);
        using var admin = TwoInstanceFixture.Worker(fixture.A, "beheer@opgroeien.be", "Referral.Admin");
        // B has read and cached the directory: the protocol is in force there.
        using var before = await Referral.PostAsync(workerB, Referral.Again(Referral.Valid()));
        using var directory = await workerB.GetAsync("/api/directory");
        Assert.True(before.StatusCode == HttpStatusCode.Created, await before.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, directory.StatusCode);

        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels"));
        using var end = await admin.PostAsJsonAsync("/api/admin/ocmws/kluisbergen/end",
            new { endedOn = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        Assert.True(end.StatusCode == HttpStatusCode.OK, await end.Content.ReadAsStringAsync());
        var mailsBefore = fixture.Graph.Requests.Count;
        var recordsBefore = (await fixture.RecordsAsync()).Count;

        using var after = await Referral.PostAsync(workerB, Referral.Valid());

        var problem = await after.Content.ReadAsStringAsync();
        Assert.True(after.StatusCode == HttpStatusCode.UnprocessableEntity, $"{after.StatusCode}: {problem}");
        Assert.Contains("recipient_not_allowed", problem, StringComparison.Ordinal);
        Assert.Equal(mailsBefore, fixture.Graph.Requests.Count);
        Assert.Equal(recordsBefore, (await fixture.RecordsAsync()).Count);
    }

    [Fact]
    public async Task SameIdempotencyKey_SentToAAndB_YieldsOneMail()
    {
        using var onA = TwoInstanceFixture.Worker(fixture.A, "sleutel@opgroeien.be");
        using var onB = TwoInstanceFixture.Worker(fixture.B, "sleutel@opgroeien.be");
        var key = $"two-instances-{Guid.NewGuid():N}";
        // The fixture's other tests send this family too: confirmed, so only the key decides.
        var body = Referral.Again(Referral.Valid("tessenderlo-ham", "socialedienst@tessenderlo-ham.be"));

        // At the same moment, then once more to B after both answered.
        var first = await Task.WhenAll(Referral.PostAsync(onA, body, key), Referral.PostAsync(onB, body, key));
        using var retry = await Referral.PostAsync(onB, body, key);

        var statuses = first.Select(r => r.StatusCode).ToList();
        var created = first.Where(r => r.StatusCode == HttpStatusCode.Created && !r.Headers.Contains("Idempotent-Replayed")).ToList();
        var original = Assert.Single(created);
        var reference = (await original.JsonAsync()).GetProperty("reference").GetString()!;
        Assert.All(first.Except(created), r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(reference, (await retry.JsonAsync()).GetProperty("reference").GetString());
        Assert.Equal(1, fixture.MailsFor(reference));
        output.WriteLine($"same key on A and B at once: {string.Join(", ", statuses)}; retry on B: {retry.StatusCode} replayed");
        foreach (var response in first)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task FiveHundredReferrals_OverBothAt20InFlight_UniqueReferencesOneMailOneSentRecordEach()
    {
        var hosts = new[] { fixture.A, fixture.B };
        var clients = Enumerable.Range(0, 10).Select(i => TwoInstanceFixture.Worker(hosts[i % 2], $"last{i}@opgroeien.be")).ToList();
        var body = Referral.Again(Referral.Valid("tessenderlo-ham", "socialedienst@tessenderlo-ham.be")).ToJsonString();
        var answers = new ConcurrentBag<(int Host, HttpStatusCode Status, string? Reference)>();
        var clock = Stopwatch.StartNew();

        await Parallel.ForEachAsync(Enumerable.Range(0, Referrals), new ParallelOptions { MaxDegreeOfParallelism = InFlight }, async (i, ct) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/referrals") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Add("Idempotency-Key", $"scale-{i}-{Guid.NewGuid():N}");
            using var response = await clients[i % clients.Count].SendAsync(request, ct);
            var reference = response.StatusCode == HttpStatusCode.Created ? (await response.JsonAsync()).GetProperty("reference").GetString() : null;
            answers.Add((i % 2, response.StatusCode, reference));
        });
        clock.Stop();

        var references = answers.Where(a => a.Reference is not null).Select(a => a.Reference!).ToList();
        var records = await fixture.RecordsAsync();
        var mails = fixture.Graph.Requests.GroupBy(TwoInstanceFixture.Marker).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var sent = references.Count(r => records.TryGetValue(r, out var status) && status == nameof(ReferralStatus.Sent));
        var oneMail = references.Count(r => mails.TryGetValue(r, out var count) && count == 1);
        output.WriteLine($"{Referrals} referrals at {InFlight} in flight over A and B in {clock.Elapsed.TotalSeconds:F1} s "
            + $"({Referrals / clock.Elapsed.TotalSeconds:F0}/s): 201 from A {answers.Count(a => a.Host == 0 && a.Reference is not null)}, "
            + $"from B {answers.Count(a => a.Host == 1 && a.Reference is not null)}; unique references {references.Distinct().Count()}; "
            + $"exactly one mail {oneMail}; sent records {sent}; other answers {answers.Count(a => a.Reference is null)}");

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.Status));
        Assert.Equal(Referrals, references.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Referrals, oneMail);
        Assert.Equal(Referrals, sent);
        Assert.Equal(Referrals / 2, answers.Count(a => a.Host == 0));
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }
}
