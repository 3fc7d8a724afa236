using Microsoft.Playwright;

namespace OutlookReferralAddin.AddinHost.Tests.Browser;

/// <summary>How the task pane starts against office.js: Microsoft's real library, and an Outlook that answers late.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class OfficeStartupTests(BrowserFixture browser)
{
    private const string Lookalike = "socialedienst@kluisbergen.he";

    // Outlook's object model as the adapter reads it, whose Office.onReady answers only when the test says so, after the
    // pane stopped waiting for it and showed its preview (a slow client start). Any delay raced the test on a loaded
    // machine: a fixed one the pane's own start, half a second after the preview the test's reading of it.
    private const string LateOutlook = """
        window.Office = (() => {
          const recipients = (list) => ({
            getAsync: (cb) => cb({ status: "succeeded", value: list.map((a) => ({ emailAddress: a, displayName: a })) }),
            setAsync: (next, cb) => { list.splice(0, list.length, ...next); cb({ status: "succeeded" }); },
          });
          const item = { itemType: "message", to: recipients(["socialedienst@kluisbergen.he"]), cc: recipients([]), bcc: recipients([]) };
          const context = {
            mailbox: { item, userProfile: { displayName: "Test Medewerker", emailAddress: "medewerker@opgroeien.be" } },
            requirements: { isSetSupported: () => false },
            ui: {},
          };
          const ready = new Promise((resolve) => {
            window.__answerOffice = () => resolve({ host: "Outlook", platform: "OfficeOnline" });
          });
          return { context, onReady: () => ready, EventType: {} };
        })();
        """;

    [Fact]
    public async Task Open_OfficeReadyAfterPreviewTimeout_SwitchesFromPreviewToCompose()
    {
        var page = await browser.NewPageAsync(officeJs: route =>
            route.FulfillAsync(new() { Status = 200, ContentType = "application/javascript", Body = LateOutlook }));
        await page.GotoAsync(browser.Url("/taskpane.html").ToString());
        var main = page.Locator("main");

        await Assertions.Expect(main).ToHaveAttributeAsync("data-mode", "preview");
        await Assertions.Expect(page.GetByText("voorbeeld", new() { Exact = false }).First).ToBeVisibleAsync();
        await page.EvaluateAsync("window.__answerOffice()");
        await Assertions.Expect(main).ToHaveAttributeAsync("data-mode", "compose", new() { Timeout = 15_000 });
        // The open message's recipients are read and checked now, through Outlook's own getAsync.
        await Assertions.Expect(page.Locator(".compose-recipients li", new() { HasText = Lookalike })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Open_RealOfficeJsOutsideOutlook_StartsTheLibraryAndShowsPreview()
    {
        var page = await browser.NewPageAsync();
        var loaded = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.StartsWith(RealOfficeJs.CdnPrefix, StringComparison.Ordinal))
            {
                loaded.Add(request.Url[RealOfficeJs.CdnPrefix.Length..]);
            }
        };
        await page.GotoAsync(browser.Url("/taskpane.html").ToString());
        await page.Locator("main[data-ready='true']").WaitForAsync();

        await Assertions.Expect(page.Locator("main")).ToHaveAttributeAsync("data-mode", "preview");
        // Microsoft's library really ran: it loaded its own follow-up script and answers onReady with no host.
        Assert.Contains("office.js", loaded);
        Assert.Contains(loaded, l => l.EndsWith("o15apptofilemappingtable.js", StringComparison.Ordinal));
        Assert.Equal("null", await page.EvaluateAsync<string>("async () => JSON.stringify((await Office.onReady()).host)"));
        await page.Context.CloseAsync();
    }
}
