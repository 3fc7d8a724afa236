using Microsoft.Playwright;

namespace OutlookReferralAddin.AddinHost.Tests.Browser;

/// <summary>The admin page as its browser tests open it: as either administrator of four eyes, ready, and photographed.</summary>
internal static class AdminPage
{
    public const string FirstAdmin = "?devUser=admin@opgroeien.be&devRoles=Referral.Admin";
    public const string SecondAdmin = "?devUser=tweede.beheerder@opgroeien.be&devRoles=Referral.Admin";

    public const int DesktopWidth = 1100;

    public static async Task<IPage> OpenAsync(BrowserFixture browser, string query, int width)
    {
        var page = await browser.NewPageAsync(width: width, height: 900);
        await page.GotoAsync(browser.Url("/admin.html" + query).ToString());
        await page.Locator("main[data-ready='true']").WaitForAsync();
        return page;
    }

    public static async Task<string> Screenshot(IPage page, string name)
    {
        var path = Path.Combine(RepoPaths.Screenshots, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }
}
