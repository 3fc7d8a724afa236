using Microsoft.Playwright;
using Xunit.Abstractions;

namespace OutlookReferralAddin.AddinHost.Tests.Browser;

/// <summary>The admin page's "Registratie in Entra ID": what the administrator copies into the app registration.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class AdminEntraRegistrationTests(BrowserFixture browser, ITestOutputHelper output)
{
    [Theory]
    [InlineData(320)]
    [InlineData(450)]
    public async Task EntraTab_Admin_ShowsTheValuesToRegisterForThisHost(int width)
    {
        var page = await browser.NewPageAsync(width: width, height: 900);
        await page.GotoAsync(browser.Url("/admin.html?devUser=admin@opgroeien.be&devRoles=Referral.Admin").ToString());
        await page.Locator("main[data-ready='true']").WaitForAsync();

        await page.GetByRole(AriaRole.Tab, new() { Name = "Registratie in Entra ID" }).ClickAsync();
        var panel = page.GetByTestId("entra-registration");
        var host = $"{browser.Host.BaseAddress.Host}:{browser.Host.BaseAddress.Port}";

        // Development: the manifest's placeholder client id stands in for the registration's.
        const string ClientId = "00000000-0000-4000-8000-000000000000";
        await Assertions.Expect(panel).ToContainTextAsync($"api://{host}/{ClientId}");
        await Assertions.Expect(panel).ToContainTextAsync("access_as_user");
        await Assertions.Expect(panel).ToContainTextAsync($"brk-multihub://{host}");
        await Assertions.Expect(panel).ToContainTextAsync($"http://{host}/auth-dialog.html");
        await Assertions.Expect(panel).ToContainTextAsync("Microsoft Graph · Mail.Send");
        await Assertions.Expect(panel).ToContainTextAsync("Referral.Admin");
        await Assertions.Expect(panel).ToContainTextAsync("\"requestedAccessTokenVersion\": 2");
        // Long URIs wrap inside the pane instead of making it scroll sideways.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));

        var path = Path.Combine(RepoPaths.Screenshots, $"admin-entra-{width}.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        output.WriteLine(path);
        output.WriteLine(await Axe.AssertNoSeriousAsync(page));
        await page.Context.CloseAsync();
    }
}
