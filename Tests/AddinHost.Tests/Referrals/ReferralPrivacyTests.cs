using System.Net;
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

    /// <summary>The SQLite file plus its WAL and shared-memory files: a value in the WAL is stored too.</summary>
    private static byte[] ReadAllDatabaseFiles(ReferralHost host)
    {
        var file = host.Database.SqliteFile!;
        return [.. new[] { file, file + "-wal", file + "-shm", file + "-journal" }.Where(File.Exists).SelectMany(File.ReadAllBytes)];
    }
}
