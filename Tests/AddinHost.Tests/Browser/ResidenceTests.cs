using Microsoft.Playwright;
using Xunit.Abstractions;

namespace OutlookReferralAddin.AddinHost.Tests.Browser;

/// <summary>Article 6 in the task pane: the postcode's verdict at the postcode field, and a send it blocks.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ResidenceTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Verdict = "#f-client-address-postalCode-residence";

    /// <summary>A worker of its own per test: the browser tests share one host and its per-worker referral rate limit.</summary>
    private async Task<TaskPage> OpenAsync(int width, string user)
    {
        var pane = new TaskPage(await browser.NewPageAsync(new OfficeFake("read"), width: width));
        await pane.OpenAsync(browser.Url($"/taskpane.html?devUser={user}-{width}@opgroeien.be"));
        return pane;
    }

    [Theory]
    [InlineData(320)]
    [InlineData(450)]
    public async Task Postcode_OtherOcmwChosenByHand_SaysWhoseItIsAndBlocksTheSend(int width)
    {
        var pane = await OpenAsync(width, "residence-by-hand");
        var page = pane.Page;
        var posted = 0;
        page.Request += (_, r) => posted += r.Url.EndsWith("/api/referrals", StringComparison.Ordinal) ? 1 : 0;
        await pane.FillClientAsync();

        await Assertions.Expect(page.Locator(Verdict)).ToHaveTextAsync("Deze postcode hoort bij OCMW Kluisbergen.");
        await Assertions.Expect(page.Locator(Verdict)).ToHaveClassAsync("residence ok");
        await Assertions.Expect(pane.Field("ocmwId")).ToHaveValueAsync("kluisbergen");

        await pane.Field("ocmwId").SelectOptionAsync("tessenderlo-ham");
        await Assertions.Expect(page.Locator(Verdict)).ToContainTextAsync(
            "OCMW Tessenderlo-Ham is niet het OCMW van deze postcode: dat is OCMW Kluisbergen.");
        await Assertions.Expect(page.Locator(Verdict)).ToHaveClassAsync("residence blocked");
        await Assertions.Expect(pane.Field("client.address.postalCode")).ToHaveAttributeAsync("aria-describedby", "f-client-address-postalCode-residence");
        output.WriteLine(await pane.ScreenshotAsync($"taskpane-residence-{width}"));
        output.WriteLine(await Axe.AssertNoSeriousAsync(page));

        await pane.GiveConsentAsync();
        await pane.SendAsync();

        var summary = page.Locator(".error-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary).ToContainTextAsync("niet het OCMW van deze postcode");
        await Assertions.Expect(pane.Field("client.address.postalCode")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#f-client-address-postalCode-error")).ToContainTextAsync("dat is OCMW Kluisbergen");
        Assert.Equal(0, posted);
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"the pane is {scrollWidth} px wide at {width} px");

        // Back to the OCMW of the postcode and sending at once, before the new verdict arrived: the old refusal must not
        // block it (found by clicking through: it did).
        await pane.Field("ocmwId").SelectOptionAsync("kluisbergen");
        await Assertions.Expect(page.Locator("label[for='f-consent-informed']")).ToContainTextAsync("OCMW Kluisbergen");
        await pane.GiveConsentAsync();
        await pane.SendAsync();
        await Assertions.Expect(page.GetByTestId("passphrase")).ToBeVisibleAsync();
        Assert.Equal(1, posted);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Postcode_WithoutOcmwInForce_SaysSoAtTheField()
    {
        var pane = await OpenAsync(320, "residence-none");
        var page = pane.Page;

        await pane.Field("client.address.postalCode").FillAsync("1000");

        await Assertions.Expect(page.Locator(Verdict)).ToContainTextAsync("Voor deze postcode is er geen OCMW met een geldend protocol.");
        await Assertions.Expect(page.Locator(Verdict)).ToHaveClassAsync("residence blocked");
        await Assertions.Expect(pane.Field("ocmwId")).ToHaveValueAsync("");
        output.WriteLine(await Axe.AssertNoSeriousAsync(page));
        await page.Context.CloseAsync();
    }

    /// <summary>The pane's advice may be missing (a dropped request); the host still refuses and the pane puts it at the postcode.</summary>
    [Fact]
    public async Task Send_AdviceMissingAndPostcodeOfOtherOcmw_HostRefusal422ShownAtThePostcode()
    {
        var pane = await OpenAsync(450, "residence-host");
        var page = pane.Page;
        await page.RouteAsync("**/api/recipients/residence", route => route.AbortAsync());
        await pane.FillClientAsync(awaitResidence: false);
        await pane.Field("ocmwId").SelectOptionAsync("tessenderlo-ham");
        await pane.GiveConsentAsync();

        var response = await page.RunAndWaitForResponseAsync(pane.SendAsync, r => r.Url.EndsWith("/api/referrals", StringComparison.Ordinal));

        Assert.Equal(422, response.Status);
        await Assertions.Expect(page.Locator(".error-summary")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#f-client-address-postalCode-error")).ToContainTextAsync(
            "OCMW Tessenderlo-Ham is niet het OCMW van deze postcode: dat is OCMW Kluisbergen.");
        await Assertions.Expect(page.Locator(".sent, [data-testid='sent']")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
