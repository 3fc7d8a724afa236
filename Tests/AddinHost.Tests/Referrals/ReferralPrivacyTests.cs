using System.Net;
using System.Net.Http.Json;
using System.Text;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Referrals;

/// <summary>Client data and the passphrase exist in the response and the encrypted archive only.</summary>
public sealed class ReferralPrivacyTests
{
    [Fact]
    public async Task Send_Referral_NoPersonalDataOrPassphraseInLogsDatabaseOrMail()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        await using var host = await ReferralHost.CreateAsync(graph: graph);
        using var client = host.CreateWorker();

        using var ok = await Referral.PostAsync(client, Referral.Valid(), "privacy-key");
        var bad = Referral.Valid(recipient: "socialedienst@kluisbergem.be");
        using var refused = await Referral.PostAsync(client, bad);
        var invalid = Referral.Valid();
        invalid["client"]!["email"] = Referral.Email.Replace("@", "@@", StringComparison.Ordinal);
        using var rejected = await Referral.PostAsync(client, invalid);

        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);
        var passphrase = (await ok.JsonAsync()).GetProperty("passphrase").GetString()!;

        var request = Assert.Single(graph.Requests).Json;
        var message = request["Message"] ?? request["message"];
        var mailText = (string?)message!["subject"] + "\n" + (string?)message["body"]!["content"];
        var database = ReadAllDatabaseFiles(host);
        var problems = await refused.Content.ReadAsStringAsync() + await rejected.Content.ReadAsStringAsync();
        Assert.NotEmpty(host.Logs.Lines);
        Assert.True(database.Length > 0);

        foreach (var secret in Referral.PersonalValues.Append(passphrase))
        {
            Assert.False(host.Logs.AllText.Contains(secret, StringComparison.OrdinalIgnoreCase), $"log contains '{secret}'");
            Assert.False(mailText.Contains(secret, StringComparison.OrdinalIgnoreCase), $"mail contains '{secret}'");
            Assert.False(problems.Contains(secret, StringComparison.OrdinalIgnoreCase), $"problem contains '{secret}'");
            foreach (var encoding in new[] { Encoding.UTF8, Encoding.Unicode })
            {
                Assert.False(database.AsSpan().IndexOf(encoding.GetBytes(secret)) >= 0, $"database contains '{secret}' ({encoding.EncodingName})");
            }
        }
    }

    [Fact]
    public async Task Lifecycle_ListLookupPassphraseIncidentWithdrawal_NoPersonalDataInLogsDatabaseResponsesOrNotices()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        await using var host = await ReferralHost.CreateAsync(graph: graph);
        using var client = host.CreateWorker();
        using var admin = host.CreateDpo();
        using var sent = await Referral.PostAsync(client, Referral.Valid());
        var created = await sent.JsonAsync();
        var id = created.GetProperty("referralId").GetGuid();
        var passphrase = created.GetProperty("passphrase").GetString()!;
        var lookup = new { givenName = Referral.GivenName, familyName = Referral.FamilyName, postalCode = "9690" };

        var responses = new List<HttpResponseMessage>
        {
            await client.PostAsync($"/api/referrals/{id}/passphrase-delivered", null),
            await client.GetAsync("/api/referrals"),
            await client.PostAsJsonAsync("/api/referrals/lookup", lookup),
            await client.PostAsJsonAsync("/api/referrals/lookup", new { givenName = Referral.GivenName, familyName = Referral.FamilyName, postalCode = "12" }),
            await client.PostAsJsonAsync($"/api/referrals/{id}/incidents", new { kind = "wrongAddress" }),
            await client.PostAsJsonAsync($"/api/referrals/{id}/withdrawal", new { }),
            await client.GetAsync($"/api/referrals/{id}"),
            await admin.GetAsync("/api/admin/incidents"),
            await admin.GetAsync("/api/referrals?all=true"),
        };
        var texts = new List<string>();
        foreach (var response in responses)
        {
            Assert.True((int)response.StatusCode < 500, $"{response.RequestMessage!.RequestUri}: {response.StatusCode}");
            texts.Add(await response.Content.ReadAsStringAsync());
            response.Dispose();
        }

        Assert.Contains(created.GetProperty("reference").GetString()!, texts[2], StringComparison.Ordinal);
        var notices = graph.Requests.Skip(1).Select(r => r.Body).ToList();
        Assert.Equal(3, notices.Count);
        var scanner = new Load.PrivacyScanner(Referral.PersonalValues.Append(passphrase));
        scanner.Text("logs", host.Logs.AllText);
        scanner.DatabaseFiles(host.Database.SqliteFile!);
        foreach (var (text, i) in texts.Select((t, i) => (t, i)))
        {
            scanner.Text($"response{i}", text);
        }

        foreach (var (notice, i) in notices.Select((n, i) => (n, i)))
        {
            scanner.Text($"notice{i}", notice);
        }

        Assert.True(scanner.Hits.Count == 0, scanner.ToString());
    }

    /// <summary>The SQLite file plus its WAL and shared-memory files: a value in the WAL is stored too.</summary>
    private static byte[] ReadAllDatabaseFiles(ReferralHost host)
    {
        var file = host.Database.SqliteFile!;
        return [.. new[] { file, file + "-wal", file + "-shm", file + "-journal" }.Where(File.Exists).SelectMany(File.ReadAllBytes)];
    }
}
