using Microsoft.Playwright;
using Xunit.Abstractions;
using static OutlookReferralAddin.AddinHost.Tests.Browser.AdminPage;

namespace OutlookReferralAddin.AddinHost.Tests.Browser;

/// <summary>
/// The admin page per role: a worker without an admin role is refused and told so, each role sees only its own tabs, and
/// the DPO's consent register lists a referral, filters it by OCMW and exports it as CSV.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class AdminRolesPageTests(BrowserFixture browser, ITestOutputHelper output)
{
    private Task<IPage> OpenAsync(string query, int width = DesktopWidth) => AdminPage.OpenAsync(browser, query, width);

    [Fact]
    public async Task Open_WorkerWithoutAdminRole_ApiRefusesAndPageShowsAccessMessage()
    {
        var page = await OpenAsync("?devUser=worker@opgroeien.be");

        await Assertions.Expect(page.Locator("main")).ToHaveAttributeAsync("data-state", "denied");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("geen toegang");
        var status = await page.EvaluateAsync<int>(
            "async () => (await fetch('/api/admin/consents', { headers: { 'X-Dev-User': 'worker@opgroeien.be' } })).status");
        Assert.Equal(403, status);
        Assert.Equal(0, await page.Locator("table").CountAsync());
        await page.Context.CloseAsync();
    }

    /// <summary>No role implies another: each person sees the tabs of the roles they hold, a DPO-only user is not refused.</summary>
    [Theory]
    [InlineData("Referral.Dpo", new[] { "Wijzigingen", "Toestemmingsregister", "Incidenten" })]
    [InlineData("Referral.Admin", new[] { "Protocollen", "Voorstellen", "Verificatie", "Importeren", "Wijzigingen", "Registratie in Entra ID" })]
    [InlineData("Referral.Admin,Referral.Dpo", new[] { "Protocollen", "Voorstellen", "Verificatie", "Importeren", "Wijzigingen", "Toestemmingsregister", "Incidenten", "Registratie in Entra ID" })]
    public async Task Open_EachRole_ShowsOnlyItsTabs(string roles, string[] tabs)
    {
        var page = await OpenAsync($"?devUser=rollen@opgroeien.be&devRoles={roles}");

        await Assertions.Expect(page.Locator("main")).ToHaveAttributeAsync("data-state", "ok");
        var shown = await page.GetByRole(AriaRole.Tab).AllInnerTextsAsync();
        Assert.Equal(tabs, shown.Select(t => t.Split(" (")[0].Trim()));
        await Assertions.Expect(page.GetByRole(AriaRole.Tab, new() { Selected = true })).ToHaveTextAsync(tabs[0]);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ConsentRegister_AfterReferral_ListsItFiltersByOcmwAndExportsCsv()
    {
        var page = await OpenAsync("?devUser=dpo@opgroeien.be&devRoles=Referral.Dpo");
        var reference = await page.EvaluateAsync<string>(SendReferralScript);

        await page.GetByRole(AriaRole.Tab, new() { Name = "Toestemmingsregister" }).ClickAsync();
        await page.GetByLabel("OCMW", new() { Exact = true }).SelectOptionAsync("kluisbergen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync(reference);
        await Assertions.Expect(page.GetByText(new System.Text.RegularExpressions.Regex(@"^\d+ registraties?$"))).ToBeVisibleAsync();

        // Every column the table names is filled for this referral, the OCMW by its name.
        var headers = await page.Locator("table thead th").AllInnerTextsAsync();
        Assert.Equal(["Referentie", "Aangemaakt", "Medewerker", "OCMW", "Methode", "Datum toestemming", "Tekstversie", "Status"], headers);
        var cells = await page.Locator("table tbody tr").Filter(new() { HasText = reference }).Locator("td").AllInnerTextsAsync();
        Assert.Equal(reference, cells[0]);
        Assert.Matches(@"^\d{1,2}/\d{1,2}/\d{4}", cells[1]);
        Assert.Equal("medewerker@opgroeien.be", cells[2]);
        Assert.Equal("OCMW Kluisbergen", cells[3]);
        Assert.Equal("mondeling", cells[4]);
        Assert.Matches(@"^\d{2}/\d{2}/\d{4}$", cells[5]); // one Belgian form for every date on the page
        Assert.False(string.IsNullOrWhiteSpace(cells[6]));
        Assert.Equal("Verstuurd", cells[7]);
        output.WriteLine(await Screenshot(page, "admin-consents"));
        output.WriteLine(await Axe.AssertNoSeriousAsync(page));

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = "Exporteren als CSV" }).ClickAsync());
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        var csv = System.Text.Encoding.UTF8.GetString(bytes[3..]);

        Assert.Equal(System.Text.Encoding.UTF8.GetPreamble(), bytes[..3]); // the page's download keeps the BOM Excel needs
        Assert.StartsWith("Referentie-id;Referentie;Aangemaakt op (Belgische tijd);", csv, StringComparison.Ordinal);
        Assert.Contains(reference, csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Peeters", csv, StringComparison.Ordinal); // the register never holds client data
        await page.Context.CloseAsync();
    }

    // A referral sent straight through the API (as a worker) so the register has a row to show.
    private const string SendReferralScript = """
        async () => {
          const d = new Date(), p = n => String(n).padStart(2, '0');
          const body = {
            ocmwId: 'kluisbergen', recipient: 'socialedienst@kluisbergen.be',
            client: { givenName: 'An', familyName: 'Peeters', phone: '0470 12 34 56', email: null,
              address: { street: 'Stationsstraat', houseNumber: '12', box: null, postalCode: '9690', municipality: 'Kluisbergen' } },
            consent: { informed: true, given: true, method: 'mondeling', date: `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}` },
            confirmDuplicate: true // other tests on this shared host send An Peeters too
          };
          const r = await fetch('/api/referrals', { method: 'POST', body: JSON.stringify(body),
            headers: { 'Content-Type': 'application/json', 'X-Dev-User': 'medewerker@opgroeien.be' } });
          if (r.status !== 201) throw new Error('referral ' + r.status + ' ' + await r.text());
          return (await r.json()).reference;
        }
        """;
}
