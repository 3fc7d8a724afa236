using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace OutlookReferralAddin.AddinHost.Tests.Browser;

/// <summary>
/// Four eyes with two administrators at once (two browser contexts, two dev users): each tab shows what waits now,
/// not what waited when the page was opened, and the proposer is not offered the approval the host refuses anyway.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed partial class AdminProposalsTabTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Proposer = "voorsteller@opgroeien.be";
    private const string Approver = "goedkeurder@opgroeien.be";

    // One OCMW per width: the shared host keeps the first run's proposal pending, with its KBO number and postcode.
    private static readonly Dictionary<int, (string Id, string Name, string Kbo, string Postcode)> Ocmws = new()
    {
        [320] = ("lo-reninge", "OCMW Lo-Reninge", BrowserData.Kbo(0207_4401), "8647"),
        [450] = ("alveringem", "OCMW Alveringem", BrowserData.Kbo(0207_4402), "8690"),
    };

    [Theory]
    [InlineData(320)]
    [InlineData(450)]
    public async Task ProposalsTab_ProposedWhileBothPagesOpen_EachSeesItOnOpeningOrFocus(int width)
    {
        var ocmw = Ocmws[width];
        var approver = await OpenAsync(Approver, width);
        var proposer = await OpenAsync(Proposer, width);
        await ProposalsTab(proposer).ClickAsync();
        await Assertions.Expect(proposer.GetByTestId("proposals")).ToBeVisibleAsync();

        var status = await BrowserData.ProposeAsync(proposer, Proposer, ocmw.Id, ocmw.Name, ocmw.Kbo, ocmw.Postcode);
        Assert.True(status == 202, $"the proposal was answered {status}");

        // The approver's page was loaded before the proposal: opening the tab fetches what waits now.
        await ProposalsTab(approver).ClickAsync();
        var card = approver.Locator($"li[data-proposal='{ocmw.Id}']");
        await Assertions.Expect(card).ToContainTextAsync($"Voorgesteld door {Proposer}");
        await Assertions.Expect(ProposalsTab(approver)).ToBeFocusedAsync();
        var cards = await approver.Locator("li[data-proposal]").CountAsync();
        await Assertions.Expect(ProposalsTab(approver)).ToHaveTextAsync($"Voorstellen ({cards})");
        await Assertions.Expect(card.GetByRole(AriaRole.Button, new() { Name = $"Goedkeuren: {ocmw.Name}" })).ToBeEnabledAsync();
        output.WriteLine(await Screenshot(approver, $"admin-proposals-second-{width}"));
        output.WriteLine(await Axe.AssertNoSeriousAsync(approver));

        // The proposer's open tab catches up when the window gets focus again; their own card offers no approval.
        await proposer.EvaluateAsync("() => window.dispatchEvent(new Event('focus'))");
        var own = proposer.Locator($"li[data-proposal='{ocmw.Id}']");
        await Assertions.Expect(own).ToContainTextAsync("U diende dit voorstel zelf in: een tweede beheerder moet het goedkeuren.");
        await Assertions.Expect(own.GetByRole(AriaRole.Button, new() { Name = $"Goedkeuren: {ocmw.Name}" })).ToHaveCountAsync(0);
        await Assertions.Expect(own.GetByRole(AriaRole.Button, new() { Name = $"Afwijzen: {ocmw.Name}" })).ToBeVisibleAsync();
        await Assertions.Expect(ProposalsTab(proposer)).ToHaveTextAsync(new Regex(@"^Voorstellen \(\d+\)$"));
        output.WriteLine(await Screenshot(proposer, $"admin-proposals-own-{width}"));
        output.WriteLine(await Axe.AssertNoSeriousAsync(proposer));
        await approver.Context.CloseAsync();
        await proposer.Context.CloseAsync();
    }

    private static ILocator ProposalsTab(IPage page) => page.GetByRole(AriaRole.Tab, new() { NameRegex = VoorstellenTab() });

    [GeneratedRegex("^Voorstellen")]
    private static partial Regex VoorstellenTab();

    private async Task<IPage> OpenAsync(string user, int width)
    {
        var page = await browser.NewPageAsync(width: width, height: 900);
        await page.GotoAsync(browser.Url($"/admin.html?devUser={user}&devRoles=Referral.Admin").ToString());
        await page.Locator("main[data-ready='true']").WaitForAsync();
        return page;
    }

    private static async Task<string> Screenshot(IPage page, string name)
    {
        var path = Path.Combine(RepoPaths.Screenshots, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }
}
