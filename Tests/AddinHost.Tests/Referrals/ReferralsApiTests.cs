using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Referrals;

/// <summary>POST/GET /api/referrals end to end with the pickup sender; run on SQLite and on PostgreSQL.</summary>
public abstract class ReferralsApiTests(DatabaseProvider provider)
{
    protected Task<ReferralHost> CreateHostAsync(Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null) =>
        ReferralHost.CreateAsync(provider, services: services);

    [Fact]
    public async Task Post_ValidReferral_SendsArchiveAndRecordsConsent()
    {
        await using var host = await CreateHostAsync();
        using var client = host.CreateWorker();

        using var response = await Referral.PostAsync(client, Referral.Valid());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        var id = body.GetProperty("referralId").GetGuid();
        var reference = body.GetProperty("reference").GetString()!;
        var passphrase = body.GetProperty("passphrase").GetString()!;
        Assert.Matches(@"^R-2026-\d{6}$", reference);
        Assert.Equal("sent", body.GetProperty("status").GetString());
        Assert.Equal($"/api/referrals/{id}", response.Headers.Location!.OriginalString);

        var eml = Assert.Single(Pickup.Files(host.PickupDirectory));
        var (message, archive, name, contentType) = await Pickup.ReadAsync(eml);
        Assert.Equal($"doorverwijzing-{reference}.7z", name);
        Assert.Equal("application/x-7z-compressed", contentType);
        Assert.Equal("socialedienst@kluisbergen.be", message.To.Mailboxes.Single().Address);
        Assert.Equal($"Doorverwijzing Opgroeien – ref. {reference}", message.Subject);
        Assert.Equal(reference, message.Headers["x-ocmw-referral-reference"]);
        // As a mail client shows it (MimeKit decodes the transfer encoding): one paragraph per line, no break mid-sentence.
        var lines = message.TextBody!.ReplaceLineEndings("\n").Split('\n');
        Assert.Contains($"Het bestand doorverwijzing-{reference}.7z is een 7-Zip-archief, versleuteld met AES-256. Het bevat de voornaam, de naam en de "
            + "contactgegevens (adres, telefoonnummer, e-mailadres) van de cliënt: doorverwijzing.txt (leesbaar), client.vcf (contactkaart) en "
            + "doorverwijzing.json. Ook de bestandsnamen zijn versleuteld.", lines);
        Assert.Contains(lines, l => l.StartsWith("Open het archief met 7-Zip", StringComparison.Ordinal) && l.EndsWith("ook niet met het juiste wachtwoord.", StringComparison.Ordinal));
        Assert.Contains("1. Sla de bijlage op in een beveiligde map van de sociale dienst.", lines);

        var files = await SevenZip.ExtractAsync(archive, passphrase);
        Assert.Equal(["client.vcf", "doorverwijzing.json", "doorverwijzing.txt"], files.Keys.Order(StringComparer.Ordinal));
        var text = Encoding.UTF8.GetString(files["doorverwijzing.txt"]);
        Assert.Contains(Referral.GivenName, text, StringComparison.Ordinal);
        Assert.Contains(Referral.FamilyName, text, StringComparison.Ordinal);
        Assert.Contains(Referral.Street, text, StringComparison.Ordinal);
        Assert.Contains(Referral.Email, Encoding.UTF8.GetString(files["client.vcf"]), StringComparison.Ordinal);

        var record = await host.QueryAsync(db => db.ConsentRecords.SingleAsync());
        Assert.Equal(id, record.Id);
        Assert.Equal(ReferralStatus.Sent, record.Status);
        Assert.Equal("kluisbergen", record.OcmwId);
        Assert.Equal("worker@opgroeien.be", record.WorkerUpn);
        Assert.Equal("mondeling", record.ConsentMethod);
        Assert.Equal(new DateOnly(2026, 11, 24), record.ConsentDate);
        Assert.False(string.IsNullOrEmpty(record.StatementVersion));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(archive)), record.ArchiveSha256);
        Assert.NotNull(record.SentAt);
        Assert.Equal(43, record.ClientPseudonym.Length);
    }

    [Fact]
    public async Task Post_MissingConsent_Returns400WithCodesAndStoresNothing()
    {
        await using var host = await CreateHostAsync();
        using var client = host.CreateWorker();
        var body = Referral.Valid();
        body["consent"]!["given"] = false;
        body["consent"]!["informed"] = null;

        using var response = await Referral.PostAsync(client, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.Equal("validation_failed", json.GetProperty("code").GetString());
        var codes = await response.CodesAsync();
        Assert.Contains(codes, c => c.Field.StartsWith("consent.given", StringComparison.Ordinal));
        Assert.Contains(codes, c => c.Field.StartsWith("consent.informed", StringComparison.Ordinal));
        Assert.True(json.GetProperty("errors").TryGetProperty(codes[0].Field, out _));
        await AssertNothingStoredOrSentAsync(host);
    }

    [Theory]
    [InlineData("socialedienst@kluisbergem.be")]
    [InlineData("socialedienst@tessenderlo-ham.be")]
    [InlineData("iemand@gmail.com")]
    public async Task Post_RecipientNotAllowed_Returns422AndSendsNothing(string recipient)
    {
        await using var host = await CreateHostAsync();
        using var client = host.CreateWorker();

        using var response = await Referral.PostAsync(client, Referral.Valid(recipient: recipient));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.Equal("recipient_not_allowed", json.GetProperty("code").GetString());
        var verdict = json.GetProperty("verdicts")[0];
        Assert.NotEqual("allowed", verdict.GetProperty("verdict").GetString());
        await AssertNothingStoredOrSentAsync(host);
    }

    [Theory]
    [InlineData("{", "invalid_json")]
    [InlineData("""{"ocmwId": 12}""", "invalid_json")]
    [InlineData("""{"consent": {"informed": "ja"}}""", "invalid_json")]
    [InlineData("""{"consent": {"date": "24/11/2026"}}""", "invalid_json")]
    [InlineData("null", "invalid_json")]
    [InlineData("{}", "validation_failed")]
    public async Task Post_BadInput_Returns400ProblemAndStoresNothing(string json, string code)
    {
        await using var host = await CreateHostAsync();
        using var client = host.CreateWorker();

        using var response = await client.PostAsync("/api/referrals", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(code, (await response.JsonAsync()).GetProperty("code").GetString());
        await AssertNothingStoredOrSentAsync(host);
    }

    [Fact]
    public async Task Post_BodyOver32KB_Returns413()
    {
        await using var host = await CreateHostAsync();
        using var client = host.CreateWorker();
        var body = Referral.Valid();
        body["client"]!["givenName"] = new string('a', 40_000);

        using var response = await Referral.PostAsync(client, body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("body_too_large", (await response.JsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Post_DatabaseCannotBeWritten_Returns503AndSendsNothing()
    {
        var failing = new FailingWrites();
        await using var host = await CreateHostAsync(failing.Register);
        using var client = host.CreateWorker();
        using var warmup = await client.GetAsync("/api/directory");
        failing.Enabled = true;
        try
        {
            using var response = await Referral.PostAsync(client, Referral.Valid());

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("storage_unavailable", (await response.JsonAsync()).GetProperty("code").GetString());
        }
        finally
        {
            failing.Enabled = false;
        }

        await AssertNothingStoredOrSentAsync(host);
    }

    [Fact]
    public async Task Post_Concurrently_GivesDistinctSequentialReferences()
    {
        await using var host = await CreateHostAsync();
        using var client = host.CreateWorker();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Referral.PostAsync(client, Referral.Again(Referral.Valid()))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var references = await Task.WhenAll(responses.Select(async r => (await r.JsonAsync()).GetProperty("reference").GetString()!));
        Assert.Equal(
            Enumerable.Range(1, 6).Select(n => $"R-2026-{n:D6}"),
            references.Order(StringComparer.Ordinal));
        Assert.Equal(6, Pickup.Files(host.PickupDirectory).Count);
    }

    [Fact]
    public async Task Get_BySenderOtherWorkerAndAdmin_OnlySenderAndAdminSeeIt()
    {
        await using var host = await CreateHostAsync();
        using var sender = host.CreateWorker();
        using var created = await Referral.PostAsync(sender, Referral.Valid());
        var id = (await created.JsonAsync()).GetProperty("referralId").GetGuid();
        var passphrase = (await created.JsonAsync()).GetProperty("passphrase").GetString()!;

        using var own = await sender.GetAsync($"/api/referrals/{id}");
        using var other = await host.CreateWorker("andere@opgroeien.be").GetAsync($"/api/referrals/{id}");
        using var admin = await host.CreateAdmin().GetAsync($"/api/referrals/{id}");
        using var dpo = await host.CreateDpo().GetAsync($"/api/referrals/{id}");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        // The administrator keeps the allow-list, not the register: other people's referrals are the DPO's.
        Assert.Equal(HttpStatusCode.Forbidden, admin.StatusCode);
        Assert.Equal(HttpStatusCode.OK, dpo.StatusCode);
        var text = await own.Content.ReadAsStringAsync();
        Assert.Contains("\"status\":\"sent\"", text, StringComparison.Ordinal);
        // The history names the passphrase moment ("passphraseDelivered"), never the passphrase itself.
        Assert.DoesNotContain("\"passphrase\"", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(passphrase, text, StringComparison.Ordinal);
        Assert.All(Referral.PersonalValues, v => Assert.DoesNotContain(v, text, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Withdrawal_BySender_RecordsDateAndStatus()
    {
        await using var host = await CreateHostAsync();
        using var sender = host.CreateWorker();
        using var created = await Referral.PostAsync(sender, Referral.Valid());
        var id = (await created.JsonAsync()).GetProperty("referralId").GetGuid();

        using var other = await host.CreateWorker("andere@opgroeien.be").PostAsJsonAsync($"/api/referrals/{id}/withdrawal", new { });
        using var future = await sender.PostAsJsonAsync($"/api/referrals/{id}/withdrawal", new { date = "2026-12-01" });
        using var ok = await sender.PostAsJsonAsync($"/api/referrals/{id}/withdrawal", new { date = "2026-11-24" });
        using var again = await sender.PostAsJsonAsync($"/api/referrals/{id}/withdrawal", new { });

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var record = await host.QueryAsync(db => db.ConsentRecords.SingleAsync());
        Assert.Equal(ReferralStatus.Withdrawn, record.Status);
        Assert.Equal(new DateOnly(2026, 11, 24), record.WithdrawnOn);
    }

    protected static async Task AssertNothingStoredOrSentAsync(ReferralHost host)
    {
        Assert.Equal(0, await host.QueryAsync(db => db.ConsentRecords.CountAsync()));
        Assert.Equal(0, await host.QueryAsync(db => db.IdempotencyRecords.CountAsync()));
        Assert.Empty(Pickup.Files(host.PickupDirectory));
    }
}

public sealed class ReferralsApiSqliteTests() : ReferralsApiTests(DatabaseProvider.Sqlite);

public sealed class ReferralsApiPostgresTests() : ReferralsApiTests(DatabaseProvider.Postgres);
