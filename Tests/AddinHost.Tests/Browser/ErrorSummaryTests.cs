using Microsoft.Playwright;
using Xunit.Abstractions;

namespace OutlookReferralAddin.AddinHost.Tests.Browser;

/// <summary>Issue #21, item 4: the error summary lists only fields the worker can fix on screen, each link focusing its field.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ErrorSummaryTests(BrowserFixture browser, ITestOutputHelper output)
{
    [Theory]
    [InlineData(320)]
    [InlineData(450)]
    public async Task Send_EmptyForm_EveryLinkFocusesAFieldOnScreenAndNoneForMailboxOrConsentBoxes(int width)
    {
        var pane = new TaskPage(await browser.NewPageAsync(new OfficeFake("read"), width: width));
        var page = pane.Page;
        await pane.OpenAsync(browser.Url($"/taskpane.html?devUser=summary-{width}@opgroeien.be"));

        await pane.SendAsync();

        var summary = page.Locator(".error-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        var links = summary.Locator("a");
        // The mailbox follows the OCMW (read-only); the consent boxes appear once an OCMW is chosen: the OCMW's line says it.
        await Assertions.Expect(summary).Not.ToContainTextAsync("Mailbox van de sociale dienst");
        await Assertions.Expect(summary).Not.ToContainTextAsync("Bevestig dat de cliënt");
        await Assertions.Expect(links.Filter(new() { HasText = "OCMW: Kies het OCMW." })).ToHaveCountAsync(1);
        var count = await links.CountAsync();
        Assert.Equal(9, count);
        for (var i = 0; i < count; i++)
        {
            var link = links.Nth(i);
            var target = (await link.GetAttributeAsync("href"))!.TrimStart('#');
            await link.ClickAsync();
            await Assertions.Expect(page.Locator($"#{target}")).ToBeFocusedAsync();
            await Assertions.Expect(page.Locator($"#{target}")).ToBeVisibleAsync();
        }

        output.WriteLine(await pane.ScreenshotAsync($"taskpane-error-summary-{width}"));
        output.WriteLine(await Axe.AssertNoSeriousAsync(page));
        await page.Context.CloseAsync();
    }
}
