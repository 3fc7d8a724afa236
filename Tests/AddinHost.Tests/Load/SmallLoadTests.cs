using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Load;

/// <summary>
/// The load command in small (60 referrals, 10 in flight, distinct workers, clients and keys) with the counts asserted,
/// not the timings: mails at the fake Graph = records sent = 201 answers, no duplicate, nothing lost; then the privacy
/// scan over logs, the SQLite file and WAL, and every mail's subject and body.
/// </summary>
public sealed class SmallLoadTests
{
    private const int Referrals = 60;
    private const int Concurrency = 10;

    [Fact]
    public async Task Load_60ReferralsAt10_CountsMatchAndNoPersonalDataLeaks()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        await using var host = await ReferralHost.CreateAsync(graph: graph, settings: new Dictionary<string, string?> { ["RateLimiting:ReferralsPerMinute"] = "1000000" });
        var clients = Enumerable.Range(0, Referrals).Select(Client).ToList();
        var workers = Enumerable.Range(0, 12).Select(i => host.CreateWorker($"worker{i}@opgroeien.be")).ToList();
        var answers = new ConcurrentBag<(HttpStatusCode Status, string? Reference, string? Passphrase)>();

        await Parallel.ForEachAsync(Enumerable.Range(0, Referrals), new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (i, _) =>
        {
            using var response = await Referral.PostAsync(workers[i % workers.Count], clients[i].Body, $"small-load-{i}-{Guid.NewGuid():N}");
            var json = response.StatusCode == HttpStatusCode.Created ? await response.JsonAsync() : default;
            answers.Add((response.StatusCode, json.ValueKind == default ? null : json.GetProperty("reference").GetString(),
                json.ValueKind == default ? null : json.GetProperty("passphrase").GetString()));
        });

        var created = answers.Where(a => a.Status == HttpStatusCode.Created).Select(a => a.Reference!).ToList();
        var markers = graph.Requests.Select(Marker).ToList();
        var sent = await host.QueryAsync(db => db.ConsentRecords.CountAsync(r => r.Status == ReferralStatus.Sent));
        Assert.Equal(Referrals, created.Count);
        Assert.Equal(Referrals, graph.AcceptedCount);
        Assert.Equal(Referrals, sent);
        Assert.Equal(Referrals, markers.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(markers.Count, markers.Distinct(StringComparer.Ordinal).Count());
        Assert.Empty(created.Except(markers, StringComparer.Ordinal));

        var scan = new PrivacyScanner(clients.SelectMany(c => c.Values).Concat(answers.Select(a => a.Passphrase).OfType<string>()));
        scan.Text("logs", host.Logs.AllText);
        scan.DatabaseFiles(host.Database.SqliteFile!);
        foreach (var request in graph.Requests)
        {
            var message = request.Json["Message"] ?? request.Json["message"];
            scan.Text($"mail {Marker(request)}", $"{(string?)message?["subject"]}\n{(string?)message?["body"]?["content"]}");
        }

        Assert.True(scan.Hits.Count == 0, scan.ToString());
        Assert.True(scan.Haystacks >= Referrals + 2, scan.ToString());
    }

    private static string Marker(GraphRequest request) =>
        (string?)(request.Json["Message"] ?? request.Json["message"])?["internetMessageHeaders"]?[0]?["value"] ?? "";

    /// <summary>A distinct, valid client: names built from syllables (letters only), unique phone and e-mail.</summary>
    private static (JsonObject Body, string[] Values) Client(int i)
    {
        string[] a = ["ba", "de", "ki", "lo", "mu", "ne", "ri", "sa", "to", "vu"];
        string[] b = ["an", "el", "is", "or", "ut", "ay", "em", "ir", "ol", "un"];
        static string Word(int n, string[] set) => string.Concat($"{n:D4}".Select(d => set[d - '0']));
        var given = "G" + Word(i, b);
        var family = "F" + Word(i, a) + "ens";
        var street = "S" + Word(i + 7, a) + "straat";
        var phone = $"0471 {i / 100 % 100:D2} {i % 100:D2} 37";
        var email = $"{given}.{family}@example.be".ToLowerInvariant();
        var body = Referral.Valid();
        body["client"]!["givenName"] = given;
        body["client"]!["familyName"] = family;
        body["client"]!["address"]!["street"] = street;
        body["client"]!["phone"] = phone;
        body["client"]!["email"] = email;
        var digits = new string([.. phone.Where(char.IsAsciiDigit)]);
        return (body, [given, family, street, phone, digits, "+32" + digits[1..], email]);
    }
}
