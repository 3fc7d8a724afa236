using Microsoft.Playwright;
using Xunit.Abstractions;

namespace OutlookReferralAddin.AddinHost.Tests.Browser;

/// <summary>
/// A worker who left the passphrase moment without pressing "Wachtwoord doorgegeven" finds the referral in "Mijn
/// doorverwijzingen" with what to do: register it as passed on, or send again. Focus follows each action.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class UndeliveredPassphraseTests(BrowserFixture browser, ITestOutputHelper output)
{
    [Theory]
    [InlineData(320)]
    [InlineData(450)]
    public async Task ReferralDetail_PassphraseNotRegistered_RegistersItLaterWithFocusOnWhatWasDone(int width)
    {
        var user = $"later{width}@opgroeien.be";
        var page = await browser.NewPageAsync(new OfficeFake("read"), width: width);
        var pane = new TaskPage(page);
        await pane.OpenAsync(browser.Url($"/taskpane.html?devUser={user}"));
        await pane.FillClientAsync();
        await pane.GiveConsentAsync();
        await pane.SendAsync();
        await page.GetByTestId("passphrase").WaitForAsync();
        var reference = (await page.GetByTestId("reference").TextContentAsync())!.Trim();
        await page.GetByRole(AriaRole.Button, new() { Name = "Mijn doorverwijzingen" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Toch verdergaan" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = $"Kies {reference}" }).ClickAsync();
        var undelivered = page.GetByTestId("undelivered");
        await Assertions.Expect(undelivered).ToContainTextAsync("Het wachtwoord is niet geregistreerd als doorgegeven.");
        await Assertions.Expect(undelivered).ToContainTextAsync("verstuur de doorverwijzing opnieuw");
        output.WriteLine(await pane.ScreenshotAsync($"mine-undelivered-{width}"));
        output.WriteLine(await Axe.AssertNoSeriousAsync(page));

        await undelivered.GetByRole(AriaRole.Button, new() { Name = "Registreren als doorgegeven" }).ClickAsync();
        var message = page.GetByTestId("action-message");
        await Assertions.Expect(message).ToHaveTextAsync($"Geregistreerd: het wachtwoord van {reference} werd doorgegeven.");
        await Assertions.Expect(message).ToBeFocusedAsync();
        await Assertions.Expect(undelivered).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("history").Locator("li").Last).ToContainTextAsync($"Wachtwoord doorgegeven · {user}");
        var row = page.GetByTestId("mine-table").Locator("tbody tr").Filter(new() { HasText = reference });
        await Assertions.Expect(row.Locator("td").Nth(2)).ToHaveTextAsync("Verstuurd wachtwoord doorgegeven");
        output.WriteLine(await pane.ScreenshotAsync($"mine-delivered-later-{width}"));

        // The withdrawal dialog closes on its confirmation: focus lands on what was done, not on the page.
        await page.GetByRole(AriaRole.Button, new() { Name = "Toestemming intrekken" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Intrekking bevestigen" }).ClickAsync();
        await Assertions.Expect(message).ToContainTextAsync($"De toestemming voor {reference} is ingetrokken.");
        await Assertions.Expect(message).ToBeFocusedAsync();
        await page.Context.CloseAsync();
    }
}
