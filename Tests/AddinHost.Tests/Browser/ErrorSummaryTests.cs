using Microsoft.Playwright;
using Xunit.Abstractions;

namespace OutlookReferralAddin.AddinHost.Tests.Browser;

/// <summary>
/// Issue #21, item 4: the error summary lists only fields the worker can fix on screen, each link focusing its field, in
/// the order the fields stand.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ErrorSummaryTests(BrowserFixture browser, ITestOutputHelper output)
{
    /// <summary>The Development seed's Entra group of Kluisbergen's team (Kind en Gezin Scheldeleie).</summary>
    private const string KluisbergenTeam = "6b0c3f4e-5d1a-4c2b-9e8f-000000009690";

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
        await AssertInFieldOrderAsync(page);
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

    [Theory]
    [InlineData(320)]
    [InlineData(450)]
    public async Task Send_ErrorsOfThePaneAndTheHost_ListedInTheFieldsOrder(int width)
    {
        // A worker of Kluisbergen's team only, with a Tessenderlo-Ham postcode: the postcode's own verdict (the pane's)
        // joins the host's errors for the e-mail, the OCMW and the consent.
        var pane = new TaskPage(await browser.NewPageAsync(new OfficeFake("read"), width: width));
        var page = pane.Page;
        await pane.OpenAsync(browser.Url($"/taskpane.html?devUser=order-{width}@opgroeien.be&devGroups={KluisbergenTeam}"));
        await pane.Field("client.givenName").FillAsync("Jan");
        await pane.Field("client.familyName").FillAsync("Janssens");
        await pane.Field("client.address.street").FillAsync("Markt");
        await pane.Field("client.address.houseNumber").FillAsync("1");
        await pane.Field("client.address.postalCode").FillAsync("3980");
        await pane.Field("client.address.municipality").FillAsync("Tessenderlo");
        await Assertions.Expect(page.Locator("#f-client-address-postalCode-residence")).ToContainTextAsync("Kind en Gezin West-Limburg");
        await pane.Field("client.email").FillAsync("jan@");

        await pane.SendAsync();

        var links = page.Locator(".error-summary a");
        await Assertions.Expect(links.First).ToContainTextAsync("Postcode");
        await AssertInFieldOrderAsync(page);
        output.WriteLine(await pane.ScreenshotAsync($"taskpane-error-summary-order-{width}"));
        await page.Context.CloseAsync();
    }

    /// <summary>The summary's links point at fields in the order those fields stand on screen.</summary>
    private static async Task AssertInFieldOrderAsync(IPage page)
    {
        var ordered = await page.EvaluateAsync<bool>(
            """
            () => {
              const fields = [...document.querySelectorAll('.error-summary a')].map(a => document.getElementById(a.getAttribute('href').slice(1)));
              return fields.every((f, i) => f && (i === 0 || (fields[i - 1].compareDocumentPosition(f) & Node.DOCUMENT_POSITION_FOLLOWING)));
            }
            """);
        Assert.True(ordered, "not in the fields' order: " + string.Join(" | ", await page.Locator(".error-summary a").AllTextContentsAsync()));
    }
}
