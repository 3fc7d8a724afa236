using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace OutlookReferralAddin.AddinHost.Tests.Browser;

/// <summary>
/// The admin page with the guards on what reaches the OCMW or a DPO: an invisible character in the team is a field
/// error at the field; a changed DPO address becomes a proposal the second administrator sees side by side.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class AdminEntryGuardsPageTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string FirstAdmin = "?devUser=admin@opgroeien.be&devRoles=Referral.Admin";
    private const string SecondAdmin = "?devUser=tweede.beheerder@opgroeien.be&devRoles=Referral.Admin";
    private const string NewDpo = "dpo@kluisbergen.be";

    [Theory]
    [InlineData(320)]
    [InlineData(450)]
    public async Task EditProtocol_TeamWithInvisibleCharacterThenNewDpo_FieldErrorThenProposal(int width)
    {
        var page = await OpenAsync(FirstAdmin, width);
        try
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Bewerken: OCMW Kluisbergen" }).ClickAsync();
            var team = page.Locator("#f-referringTeam");
            var original = await team.InputValueAsync();
            await team.FillAsync("Kind en Gezin\u202E Scheldeleie");
            await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

            await Assertions.Expect(team).ToHaveAttributeAsync("aria-invalid", "true");
            await Assertions.Expect(page.Locator("#f-referringTeam-error")).ToContainTextAsync("regeleinden");
            output.WriteLine(await ScreenshotAsync(page, $"admin-team-field-error-{width}"));
            output.WriteLine(await Axe.AssertNoSeriousAsync(page));
            await AssertNoHorizontalScrollAsync(page);

            await team.FillAsync(original);
            await page.Locator("#f-ocmwDpo-email").FillAsync(NewDpo);
            await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Voorstel ingediend");

            var second = await OpenAsync(SecondAdmin, width);
            await second.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Voorstellen") }).ClickAsync();
            var card = second.Locator("li[data-proposal='kluisbergen']");
            await Assertions.Expect(card.Locator("tr[data-field='ocmwDpo']")).ToContainTextAsync(NewDpo);
            await Assertions.Expect(card.Locator("tr[data-field='ocmwDpo']")).ToContainTextAsync("socialedienst@kluisbergen.be");
            output.WriteLine(await ScreenshotAsync(second, $"admin-dpo-proposal-{width}"));
            output.WriteLine(await Axe.AssertNoSeriousAsync(second));
            await AssertNoHorizontalScrollAsync(second);
            await second.Context.CloseAsync();
        }
        finally
        {
            // The shared host: no proposal for Kluisbergen may stay waiting for the other browser tests.
            await RejectWaitingAsync(page);
            await page.Context.CloseAsync();
        }
    }

    private async Task<IPage> OpenAsync(string query, int width)
    {
        var page = await browser.NewPageAsync(width: width, height: 900);
        await page.GotoAsync(browser.Url("/admin.html" + query).ToString());
        await page.Locator("main[data-ready='true']").WaitForAsync();
        return page;
    }

    private static async Task RejectWaitingAsync(IPage page)
    {
        var ids = JsonSerializer.Deserialize<string[]>(await page.EvaluateAsync<string>("""
            async () => {
              const h = { 'X-Dev-User': 'tweede.beheerder@opgroeien.be', 'X-Dev-Roles': 'Referral.Admin', 'Content-Type': 'application/json' };
              const list = await (await fetch('/api/admin/proposals?status=pending', { headers: h })).json();
              const mine = list.filter(p => p.ocmwId === 'kluisbergen').map(p => p.id);
              for (const id of mine) {
                await fetch(`/api/admin/proposals/${id}/rejection`, { method: 'POST', headers: h, body: JSON.stringify({ reason: 'Opgeruimd na de test.' }) });
              }
              return JSON.stringify(mine);
            }
            """))!;
        Assert.True(ids.Length <= 1);
    }

    private static async Task AssertNoHorizontalScrollAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the page scrolls sideways by {overflow} px");
    }

    private static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(RepoPaths.Screenshots, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }
}
