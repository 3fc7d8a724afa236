using Microsoft.Playwright;
using Xunit.Abstractions;

namespace OutlookReferralAddin.AddinHost.Tests.Browser;

/// <summary>
/// Issue #21, item 3: one verdict at a time about the postcode, the OCMW and its mailbox, cleared as soon as its cause
/// changes, and a refusal laid out at the form's full width.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class OneVerdictTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Verdict = "#f-client-address-postalCode-residence";
    private const string PostcodeError = "#f-client-address-postalCode-error";

    private async Task<TaskPage> OpenAsync(int width, string user)
    {
        var pane = new TaskPage(await browser.NewPageAsync(new OfficeFake("read"), width: width));
        await pane.OpenAsync(browser.Url($"/taskpane.html?devUser={user}-{width}@opgroeien.be"));
        return pane;
    }

    [Theory]
    [InlineData(320)]
    [InlineData(450)]
    public async Task Send_RefusedThenOcmwCorrected_RefusalGoneAndOnlyTheGreenVerdictLeft(int width)
    {
        var pane = await OpenAsync(width, "one-verdict");
        var page = pane.Page;
        await pane.FillClientAsync();
        await pane.Field("ocmwId").SelectOptionAsync("tessenderlo-ham");
        await Assertions.Expect(page.Locator(Verdict)).ToContainTextAsync("OCMW Tessenderlo-Ham is niet het OCMW van deze postcode");

        // The mailbox is Tessenderlo-Ham's own, but the referral may not go there: no green "Toegestaan" beside the red.
        await Assertions.Expect(page.Locator("#f-recipient-verdict")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByText("Toegestaan")).ToHaveCountAsync(0);

        await pane.GiveConsentAsync();
        await pane.SendAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("niet het OCMW van deze postcode");
        // At full width under the address row, not squeezed into the postcode's column.
        var error = (await page.Locator(PostcodeError).BoundingBoxAsync())!;
        var street = (await pane.Field("client.address.street").BoundingBoxAsync())!;
        Assert.True(error.Width >= street.Width - 2, $"the refusal is {error.Width} px wide beside a {street.Width} px street field");
        Assert.True(error.Height <= 6 * 16, $"the refusal is {error.Height} px tall at {width} px");
        output.WriteLine(await pane.ScreenshotAsync($"taskpane-refusal-full-width-{width}"));
        output.WriteLine(await Axe.AssertNoSeriousAsync(page));

        await pane.Field("ocmwId").SelectOptionAsync("kluisbergen");

        await Assertions.Expect(page.Locator(Verdict)).ToHaveTextAsync("Deze postcode hoort bij OCMW Kluisbergen.");
        await Assertions.Expect(page.Locator(PostcodeError)).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".error-summary")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByText("niet het OCMW van deze postcode")).ToHaveCountAsync(0);
        await Assertions.Expect(pane.Field("client.address.postalCode")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#f-recipient-verdict")).ToHaveAttributeAsync("data-verdict", "allowed");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(320)]
    [InlineData(450)]
    public async Task Postcode_ChangedToOneWithoutOcmw_OcmwAndMailboxOfTheOldPostcodeCleared(int width)
    {
        var pane = await OpenAsync(width, "one-verdict-postcode");
        var page = pane.Page;
        await pane.Field("client.address.postalCode").FillAsync("3980");
        await Assertions.Expect(pane.Field("ocmwId")).ToHaveValueAsync("tessenderlo-ham");
        await Assertions.Expect(pane.Field("recipient")).ToHaveValueAsync("socialedienst@tessenderlo-ham.be");

        await pane.Field("client.address.postalCode").FillAsync("1000");

        await Assertions.Expect(page.Locator(Verdict)).ToContainTextAsync("Voor deze postcode is er geen OCMW met een geldend protocol.");
        await Assertions.Expect(pane.Field("ocmwId")).ToHaveValueAsync("");
        await Assertions.Expect(pane.Field("recipient")).ToHaveValueAsync("");
        await Assertions.Expect(page.Locator("#f-recipient-verdict")).ToHaveCountAsync(0);
        output.WriteLine(await Axe.AssertNoSeriousAsync(page));
        await page.Context.CloseAsync();
    }
}
