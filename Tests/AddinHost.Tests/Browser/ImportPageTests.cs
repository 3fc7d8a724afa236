using System.Text;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace OutlookReferralAddin.AddinHost.Tests.Browser;

/// <summary>The admin page's import: a CSV as saved by a Belgian Excel (with BOM), its preview per row, then proposals.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ImportPageTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Admin = "?devUser=admin@opgroeien.be&devRoles=Referral.Admin";

    // Zwalm's KBO 0207.499.628 has valid check digits; Heuvelland's row carries the OCR trap of the real protocols (.he).
    // One good row per width: the first run's proposal stays pending in the shared host and claims its KBO number,
    // mailbox and postcode, so the second run's row must be another OCMW (each KBO number with valid check digits).
    private static readonly Dictionary<int, string> GoodRows = new()
    {
        [450] = "zwalm;OCMW Zwalm;0207.499.628;\"Zuidlaan 36; 9630 Zwalm\";Kind en Gezin Vlaamse Ardennen;socialedienst@zwalm.be;zwalm.be;9630;2026-10-15;2026-11-01;3;Opgroeien regie;dpo@opgroeien.be;OCMW Zwalm;privacy@zwalm.be;055 31 46 00",
        [320] = "maarkedal;OCMW Maarkedal;0207.467.657;\"Nederholbeekstraat 1; 9680 Maarkedal\";Kind en Gezin Vlaamse Ardennen;socialedienst@maarkedal.be;maarkedal.be;9680;2026-10-15;2026-11-01;3;Opgroeien regie;dpo@opgroeien.be;OCMW Maarkedal;privacy@maarkedal.be;055 31 46 00",
    };

    private const string Csv =
        "\uFEFFid;naam;kbo;adres;team;mailboxen;domeinen;postcodes;ondertekend op;van kracht vanaf;opzegtermijn;dpo opgroeien organisatie;dpo opgroeien email;dpo ocmw organisatie;dpo ocmw email;telefoon sociale dienst\r\n"
        + "{0}\r\n"
        + "heuvelland;OCMW Heuvelland;0207.441.923;Markt 1, 8950 Heuvelland;Kind en Gezin Westhoek;socialedienst@heuvelland.he;heuvelland.he;8950;2026-10-15;2026-11-01;3;Opgroeien regie;dpo@opgroeien.be;OCMW Heuvelland;privacy@heuvelland.he;055 31 46 00\r\n";

    [Theory]
    [InlineData(320)]
    [InlineData(450)]
    public async Task Import_CsvWithTrap_PreviewShowsEachRowThenOnlyTheGoodRowBecomesAProposal(int width)
    {
        var page = await browser.NewPageAsync(width: width, height: 900);
        await page.GotoAsync(browser.Url("/admin.html" + Admin).ToString());
        await page.Locator("main[data-ready='true']").WaitForAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Importeren" }).ClickAsync();
        var id = GoodRows[width].Split(';')[0];
        var csv = Csv.Replace("{0}", GoodRows[width], StringComparison.Ordinal);
        await page.GetByLabel("CSV-bestand met protocollen").SetInputFilesAsync(new FilePayload
        {
            Name = "protocollen.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Voorbeeld tonen" }).ClickAsync();

        var good = page.Locator("li[data-line='2']");
        var trap = page.Locator("li[data-line='3']");
        await Assertions.Expect(good).ToHaveAttributeAsync("data-status", "ok");
        await Assertions.Expect(trap).ToHaveAttributeAsync("data-status", "error");
        await Assertions.Expect(trap.Locator("li[data-code='unknown_tld']").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("1 van 2 regels");
        output.WriteLine(await ScreenshotAsync(page, $"admin-import-preview-{width}"));
        output.WriteLine(await Axe.AssertNoSeriousAsync(page));
        await AssertFitsAsync(page, width);

        await page.GetByRole(AriaRole.Button, new() { Name = "Importeren als voorstellen" }).ClickAsync();
        await Assertions.Expect(good).ToHaveAttributeAsync("data-status", "proposed");
        await Assertions.Expect(trap).ToHaveAttributeAsync("data-status", "error");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("1 van 2 regels is voorgesteld. Een tweede beheerder keurt het goed in het tabblad Voorstellen.");
        output.WriteLine(await ScreenshotAsync(page, $"admin-import-done-{width}"));
        output.WriteLine(await Axe.AssertNoSeriousAsync(page));

        // A proposal, not yet in the directory the workers see.
        var directory = await page.EvaluateAsync<string>("async () => await (await fetch('/api/directory', { cache: 'no-store' })).text()");
        Assert.DoesNotContain(id, directory, StringComparison.Ordinal);
        var proposals = await page.EvaluateAsync<string>(
            "async () => await (await fetch('/api/admin/proposals', { headers: { 'X-Dev-User': 'admin@opgroeien.be', 'X-Dev-Roles': 'Referral.Admin' } })).text()");
        Assert.Contains(id, proposals, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    // Dates as a Belgian Excel saves them (20/11/2026); one other OCMW per width, as above.
    private static readonly Dictionary<int, string> BelgianRows = new()
    {
        [450] = "poperinge;OCMW Poperinge;" + BrowserData.Kbo(0207_4403) + ";Grote Markt 1, 8970 Poperinge;Kind en Gezin Westhoek;socialedienst@poperinge.be;poperinge.be;8970;20/11/2026;1/12/2026;3;Opgroeien regie;dpo@opgroeien.be;OCMW Poperinge;privacy@poperinge.be;057 34 66 00",
        [320] = "vleteren;OCMW Vleteren;" + BrowserData.Kbo(0207_4404) + ";Markt 1, 8640 Vleteren;Kind en Gezin Westhoek;socialedienst@vleteren.be;vleteren.be;8640;20/11/2026;1/12/2026;3;Opgroeien regie;dpo@opgroeien.be;OCMW Vleteren;privacy@vleteren.be;057 40 00 10",
    };

    [Theory]
    [InlineData(320)]
    [InlineData(450)]
    public async Task Import_BelgianDates_AcceptedAndOtherFormsNamedThenOneRowIsProposedOnVoorstellen(int width)
    {
        var page = await browser.NewPageAsync(width: width, height: 900);
        await page.GotoAsync(browser.Url("/admin.html" + Admin).ToString());
        await page.Locator("main[data-ready='true']").WaitForAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Importeren" }).ClickAsync();
        var header = Csv.Split("\r\n")[0];
        var american = BelgianRows[width].Replace("20/11/2026;1/12/2026", "11-20-2026;2026-12-01", StringComparison.Ordinal)
            .Replace(";OCMW ", ";OCMW Nieuw-", StringComparison.Ordinal).Replace("8970", "8978", StringComparison.Ordinal).Replace("8640", "8647", StringComparison.Ordinal);
        var csv = $"{header}\r\n{BelgianRows[width]}\r\n{american}\r\n";
        await page.GetByLabel("CSV-bestand met protocollen").SetInputFilesAsync(new FilePayload
        {
            Name = "protocollen.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Voorbeeld tonen" }).ClickAsync();

        await Assertions.Expect(page.Locator("li[data-line='2']")).ToHaveAttributeAsync("data-status", "ok");
        var wrong = page.Locator("li[data-line='3'] li[data-code='invalid_date']");
        await Assertions.Expect(wrong).ToHaveTextAsync("Ondertekend op: Geef een datum in de vorm dd/mm/jjjj (bv. 20/11/2026) of jjjj-mm-dd.");
        output.WriteLine(await Axe.AssertNoSeriousAsync(page));

        await page.GetByRole(AriaRole.Button, new() { Name = "Importeren als voorstellen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(
            "1 van 2 regels is voorgesteld. Een tweede beheerder keurt het goed in het tabblad Voorstellen.");
        output.WriteLine(await ScreenshotAsync(page, $"admin-import-belgian-dates-{width}"));
        await AssertFitsAsync(page, width);
        await page.Context.CloseAsync();
    }

    private static async Task AssertFitsAsync(IPage page, int width)
    {
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"the page is {scrollWidth} px wide in a {width} px pane");
    }

    private static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(RepoPaths.Screenshots, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }
}
