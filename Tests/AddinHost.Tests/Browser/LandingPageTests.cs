using Microsoft.Playwright;
using Xunit.Abstractions;

namespace OutlookReferralAddin.AddinHost.Tests.Browser;

/// <summary>A newcomer in Development: the landing page's and the refused admin page's links sign them in with the roles they need.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class LandingPageTests(BrowserFixture browser, ITestOutputHelper output)
{
    [Theory]
    [InlineData(320)]
    [InlineData(450)]
    public async Task AdminPage_OpenedWithoutSignIn_RefusesAndOffersTheDevelopmentSignIn(int width)
    {
        var page = await browser.NewPageAsync(width: width, height: 900);
        await page.GotoAsync(browser.Url("/admin.html").ToString());

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("U hebt geen toegang tot deze pagina.");
        var signIn = page.GetByRole(AriaRole.Link, new() { Name = "Beheer, als beheerder en DPO" });
        await Assertions.Expect(signIn).ToBeVisibleAsync();
        output.WriteLine(await Axe.AssertNoSeriousAsync(page));
        await signIn.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await AssertSignedInAsAdminAsync(page);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(320)]
    [InlineData(450)]
    public async Task Landing_Development_BeheerLinkOpensTheAdminPageSignedIn(int width)
    {
        var page = await browser.NewPageAsync(width: width, height: 900);
        await page.GotoAsync(browser.Url("/").ToString());
        await page.Locator("main[data-ready='true']").WaitForAsync();

        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("De ontwikkelaanmelding leest ?devUser=");
        await page.GetByRole(AriaRole.Link, new() { Name = "Beheer, als beheerder en DPO" }).ClickAsync();

        await AssertSignedInAsAdminAsync(page);
        var path = Path.Combine(RepoPaths.Screenshots, $"admin-from-landing-{width}.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        output.WriteLine(path);
        await page.Context.CloseAsync();
    }

    /// <summary>Under Entra ID the development sign-in would be ignored: the landing asks the host and links the page plainly.</summary>
    [Fact]
    public async Task Landing_EntraSignIn_PlainBeheerLinkAndNoDevelopmentSignIn()
    {
        await using var host = new KestrelHostFactory(new Dictionary<string, string?>
        {
            ["Authentication:Mode"] = "Entra",
            ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
            ["AzureAd:TenantId"] = "00000000-0000-0000-0000-000000000001",
            ["AzureAd:ClientId"] = "00000000-0000-0000-0000-000000000002",
        });
        host.Start();
        foreach (var width in new[] { 320, 450 })
        {
            var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 900 }, Locale = "nl-BE" });
            await page.GotoAsync(new Uri(host.BaseAddress, "/").ToString());
            await page.Locator("main[data-ready='true']").WaitForAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Beheer"]);
            await Assertions.Expect(page.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", "/admin.html");
            await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("devUser");
            output.WriteLine(await Axe.AssertNoSeriousAsync(page));
            await page.CloseAsync();
        }
    }

    /// <summary>Signed in with both roles; the seeded protocols have their development team groups, so no "geen team" banner.</summary>
    private static async Task AssertSignedInAsAdminAsync(IPage page)
    {
        await Assertions.Expect(page.Locator("main")).ToHaveAttributeAsync("data-state", "ok");
        await Assertions.Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Protocollen" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Toestemmingsregister" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("teamless")).ToHaveCountAsync(0);
    }
}
