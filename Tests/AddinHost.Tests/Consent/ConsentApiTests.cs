using System.Net;
using System.Net.Http.Headers;
using System.Text;
using OutlookReferralAddin.AddinHost.Tests.Support;

namespace OutlookReferralAddin.AddinHost.Tests.Consent;

public sealed class ConsentApiTests
{
    [Fact]
    public async Task ListConsents_AsWorker_Returns403()
    {
        await using var host = await ReferralHost.CreateAsync();

        using var response = await host.CreateWorker().GetAsync("/api/admin/consents");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ListConsents_AsAdminWithFilters_ReturnsMatchingPage()
    {
        await using var host = await ReferralHost.CreateAsync();
        using var worker = host.CreateWorker();
        for (var i = 0; i < 3; i++)
        {
            using var sent = await Referral.PostAsync(worker, i == 0 ? Referral.Valid() : Referral.Again(Referral.Valid()));
        }

        using var tessenderlo = await Referral.PostAsync(worker, Referral.Valid("tessenderlo-ham", "socialedienst@tessenderlo-ham.be"));
        Assert.Equal(HttpStatusCode.Created, tessenderlo.StatusCode);

        using var admin = host.CreateDpo();
        using var page = await admin.GetAsync("/api/admin/consents?ocmwId=kluisbergen&status=sent&pageSize=2&page=2&from=2026-11-24&to=2026-11-24");
        using var none = await admin.GetAsync("/api/admin/consents?from=2026-11-25");
        using var bad = await admin.GetAsync("/api/admin/consents?status=verzonden");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var json = await page.JsonAsync();
        Assert.Equal(3, json.GetProperty("total").GetInt32());
        var item = Assert.Single(json.GetProperty("items").EnumerateArray());
        Assert.Equal("kluisbergen", item.GetProperty("ocmwId").GetString());
        Assert.Equal("OCMW Kluisbergen", item.GetProperty("ocmwName").GetString());
        Assert.Equal("worker@opgroeien.be", item.GetProperty("workerUpn").GetString());
        Assert.Equal("mondeling", item.GetProperty("method").GetString());
        Assert.Equal("verstuurd", item.GetProperty("statusLabel").GetString());
        Assert.Equal(0, (await none.JsonAsync()).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task ListConsents_AsCsv_IsExcelSafe()
    {
        await using var host = await ReferralHost.CreateAsync();
        using var sneaky = host.CreateWorker("=HYPERLINK(\"http://evil.example\",\"x\")@opgroeien.be");
        using var created = await Referral.PostAsync(sneaky, Referral.Valid());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var admin = host.CreateDpo();
        admin.DefaultRequestHeaders.Accept.Clear();
        admin.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        using var byAccept = await admin.GetAsync("/api/admin/consents");
        using var byFormat = await host.CreateDpo().GetAsync("/api/admin/consents?format=csv");

        Assert.Equal(HttpStatusCode.OK, byAccept.StatusCode);
        Assert.Equal("text/csv", byAccept.Content.Headers.ContentType!.MediaType);
        var bytes = await byFormat.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("Referentie-id;Referentie;Aangemaakt op (Belgische tijd);Verstuurd op (Belgische tijd);Status;Foutcode;Medewerker;", lines[0], StringComparison.Ordinal);
        Assert.Contains(";\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")@opgroeien.be\";", lines[1], StringComparison.Ordinal);
        var cells = lines[1].Split(';');
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", cells[2]);
        Assert.Equal("verstuurd", cells[4]);
        Assert.Contains("OCMW Kluisbergen", cells);
        Assert.All(Referral.PersonalValues, v => Assert.DoesNotContain(v, lines[1], StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task GetStatements_KnownOcmw_ReturnsCurrentVersionWithOcmwName()
    {
        await using var host = await ReferralHost.CreateAsync();

        using var response = await host.CreateWorker().GetAsync("/api/consent/statements?ocmwId=tessenderlo-ham");
        using var unknown = await host.CreateWorker().GetAsync("/api/consent/statements?ocmwId=gent");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.Equal(Core.Consent.ConsentStatements.CurrentVersion, json.GetProperty("version").GetString());
        Assert.Contains("OCMW Tessenderlo-Ham", json.GetProperty("consent").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }
}
