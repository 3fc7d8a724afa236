using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MimeKit;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Incidents;

/// <summary>Incidents: both DPOs get a notice (reference, kind, time only); admins follow the 72-hour clock and close them.</summary>
public abstract class IncidentsApiTests(DatabaseProvider provider)
{
    private static async Task<(Guid Id, string Reference)> SendAsync(HttpClient client)
    {
        using var response = await Referral.PostAsync(client, Referral.Valid());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        return (body.GetProperty("referralId").GetGuid(), body.GetProperty("reference").GetString()!);
    }

    [Fact]
    public async Task Report_ByWorker_NotifiesBothDposWithReferenceKindAndTimeOnly()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var client = host.CreateWorker();
        var (id, reference) = await SendAsync(client);
        host.Time.Advance(TimeSpan.FromHours(1));

        using var response = await client.PostAsJsonAsync($"/api/referrals/{id}/incidents",
            new { kind = "passphraseByEmail", occurredAt = "2026-11-24T09:30:00+00:00" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var incident = await response.JsonAsync();
        Assert.Equal("passphraseByEmail", incident.GetProperty("kind").GetString());
        Assert.Equal("worker@opgroeien.be", incident.GetProperty("reporter").GetString());
        Assert.Equal(72 * 60, incident.GetProperty("minutesLeft").GetInt32());

        var notices = new List<MimeMessage>();
        foreach (var file in Pickup.Files(host.PickupDirectory).Where(f => f.Contains("-incident-", StringComparison.Ordinal)))
        {
            notices.Add(await MimeMessage.LoadAsync(file));
        }

        Assert.Equal(["dpo@opgroeien.be", "socialedienst@kluisbergen.be"], notices.Select(n => n.To.Mailboxes.Single().Address).Order());
        // Each contact as article 9 of the Kluisbergen protocol names it: Opgroeien's DPO, and the OCMW's social service.
        Assert.StartsWith("Beste functionaris voor gegevensbescherming van Opgroeien regie,",
            notices.Single(n => n.To.Mailboxes.Single().Address == "dpo@opgroeien.be").TextBody, StringComparison.Ordinal);
        Assert.StartsWith("Beste collega van de sociale dienst van OCMW Kluisbergen,",
            notices.Single(n => n.To.Mailboxes.Single().Address == "socialedienst@kluisbergen.be").TextBody, StringComparison.Ordinal);
        Assert.All(notices, n =>
        {
            Assert.Equal($"Incident gegevensdeling – ref. {reference}", n.Subject);
            Assert.Contains("wachtwoord per e-mail verstuurd", n.TextBody, StringComparison.Ordinal);
            Assert.Contains("24 november 2026 om 10:30", n.TextBody, StringComparison.Ordinal);
            Assert.Empty(n.Attachments);
            foreach (var value in Referral.PersonalValues)
            {
                Assert.DoesNotContain(value, n.ToString(), StringComparison.OrdinalIgnoreCase);
            }
        });

        var view = await (await client.GetAsync($"/api/referrals/{id}")).JsonAsync();
        Assert.Equal(["recorded", "sent", "incidentReported", "opgroeienDpoNoticeSent", "ocmwDpoNoticeSent"],
            view.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task List_After73Hours_ShowsOverdueUntilClosedByDpo()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var client = host.CreateWorker();
        using var admin = host.CreateDpo();
        var (id, reference) = await SendAsync(client);
        using var reported = await client.PostAsJsonAsync($"/api/referrals/{id}/incidents", new { kind = "wrongAddress" });
        var incidentId = (await reported.JsonAsync()).GetProperty("incidentId").GetGuid();

        host.Time.Advance(TimeSpan.FromHours(70));
        var early = (await (await admin.GetAsync("/api/admin/incidents")).JsonAsync()).GetProperty("items")[0];
        host.Time.Advance(TimeSpan.FromHours(3));
        var late = (await (await admin.GetAsync("/api/admin/incidents")).JsonAsync()).GetProperty("items")[0];
        using var closed = await admin.PostAsync($"/api/admin/incidents/{incidentId}/closure", null);
        using var again = await admin.PostAsync($"/api/admin/incidents/{incidentId}/closure", null);
        var after = (await (await admin.GetAsync("/api/admin/incidents")).JsonAsync()).GetProperty("items")[0];

        Assert.Equal(reference, early.GetProperty("reference").GetString());
        Assert.Equal(120, early.GetProperty("minutesLeft").GetInt32());
        Assert.False(early.GetProperty("overdue").GetBoolean());
        Assert.Equal(-60, late.GetProperty("minutesLeft").GetInt32());
        Assert.True(late.GetProperty("overdue").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("incident_already_closed", (await again.JsonAsync()).GetProperty("code").GetString());
        Assert.False(after.GetProperty("overdue").GetBoolean());
        Assert.Equal("dpo@opgroeien.be", after.GetProperty("closedBy").GetString());
        Assert.Equal(ReferralHost.Start.AddHours(73), after.GetProperty("closedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Report_UnknownKindOrFutureTime_Returns400AndSendsNothing()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var client = host.CreateWorker();
        var (id, _) = await SendAsync(client);

        using var kind = await client.PostAsJsonAsync($"/api/referrals/{id}/incidents", new { kind = "WrongAddress" });
        using var time = await client.PostAsJsonAsync($"/api/referrals/{id}/incidents", new { kind = "other", occurredAt = "2026-11-25T09:00:00Z" });

        Assert.Contains(await kind.CodesAsync(), c => c is ("kind", "incident_kind_unknown"));
        Assert.Contains(await time.CodesAsync(), c => c is ("occurredAt", "incident_time_invalid"));
        Assert.Single(Pickup.Files(host.PickupDirectory));
    }

    [Fact]
    public async Task AdminIncidents_AsWorker_Returns403AndOtherWorkerCannotReport()
    {
        await using var host = await ReferralHost.CreateAsync(provider);
        using var client = host.CreateWorker();
        using var other = host.CreateWorker("other@opgroeien.be");
        var (id, _) = await SendAsync(client);

        using var list = await client.GetAsync("/api/admin/incidents");
        using var report = await other.PostAsJsonAsync($"/api/referrals/{id}/incidents", new { kind = "other" });

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, report.StatusCode);
    }
}

public sealed class IncidentsApiSqliteTests() : IncidentsApiTests(DatabaseProvider.Sqlite);

public sealed class IncidentsApiPostgresTests() : IncidentsApiTests(DatabaseProvider.Postgres);
