using Microsoft.Playwright;
using Xunit.Abstractions;

namespace OutlookReferralAddin.AddinHost.Tests.Browser;

/// <summary>The admin page's incidents: the 72-hour clock, who reported, and the closure with who and when.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class AdminIncidentsTests(BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public async Task Incidents_ReportedOnReferral_ShowClockAndReporterThenClosure()
    {
        var page = await browser.NewPageAsync(width: 1100, height: 900);
        await page.GotoAsync(browser.Url("/admin.html?devUser=dpo@opgroeien.be&devRoles=Referral.Dpo").ToString());
        await page.Locator("main[data-ready='true']").WaitForAsync();
        // A worker sends a referral and reports an incident on it, through the API as the task pane would.
        var reference = await page.EvaluateAsync<string>("""
            async () => {
              const h = { 'Content-Type': 'application/json', 'X-Dev-User': 'melder@opgroeien.be' };
              const body = { ocmwId: 'kluisbergen', recipient: 'socialedienst@kluisbergen.be',
                client: { givenName: 'An', familyName: 'Peeters', address: { street: 'Stationsstraat', houseNumber: '12', box: null, postalCode: '9690', municipality: 'Kluisbergen' }, phone: '0470 12 34 56', email: null },
                consent: { informed: true, given: true, method: 'mondeling', date: new Date().toISOString().slice(0, 10) },
                confirmDuplicate: true }; // other tests on this shared host send An Peeters too
              const sent = await (await fetch('/api/referrals', { method: 'POST', headers: h, body: JSON.stringify(body) })).json();
              await fetch(`/api/referrals/${sent.referralId}/incidents`, { method: 'POST', headers: h, body: JSON.stringify({ kind: 'wrongAddress' }) });
              return sent.reference;
            }
            """);

        await page.GetByRole(AriaRole.Tab, new() { Name = "Incidenten" }).ClickAsync();
        var row = page.GetByTestId("incidents-table").Locator("tbody tr", new() { HasText = reference });
        var cells = row.Locator("td");
        await Assertions.Expect(cells.Nth(0)).ToHaveTextAsync(reference);
        await Assertions.Expect(cells.Nth(1)).ToHaveTextAsync("OCMW Kluisbergen");
        await Assertions.Expect(cells.Nth(2)).ToHaveTextAsync("Naar een verkeerd adres verstuurd");
        await Assertions.Expect(cells.Nth(4)).ToContainTextAsync("melder@opgroeien.be");
        await Assertions.Expect(cells.Nth(5)).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^nog 7[12] u \d\d min$"));
        output.WriteLine(await Screenshot(page, "admin-incidents"));
        output.WriteLine(await Axe.AssertNoSeriousAsync(page));

        await row.GetByRole(AriaRole.Button, new() { Name = $"Afsluiten {reference}" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToContainTextAsync($"Incident bij {reference} afsluiten?");
        output.WriteLine(await Axe.AssertNoSeriousAsync(page));
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Afsluiten", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("incident-message")).ToHaveTextAsync($"Het incident bij {reference} is afgesloten.");
        await Assertions.Expect(cells.Nth(5)).ToHaveTextAsync("afgesloten");
        await Assertions.Expect(cells.Nth(6)).ToContainTextAsync("dpo@opgroeien.be");
        output.WriteLine(await Screenshot(page, "admin-incidents-closed"));
        await page.Context.CloseAsync();
    }

    private static async Task<string> Screenshot(IPage page, string name)
    {
        var path = Path.Combine(RepoPaths.Screenshots, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }
}
