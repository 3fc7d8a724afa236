using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace OutlookReferralAddin.AddinHost.Tests.Browser;

/// <summary>
/// Issue #21, item 9: leaving before the passphrase was given offers "Terug naar het wachtwoord" as the primary choice,
/// and a filled, unsent form is not lost to a reload without asking (an emptied one closes at once).
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed partial class LeaveGuardTests(BrowserFixture browser, ITestOutputHelper output)
{
    [Theory]
    [InlineData(320)]
    [InlineData(450)]
    public async Task Leave_PassphraseNotGiven_SafeChoiceIsThePrimaryButtonAndHasFocus(int width)
    {
        var pane = new TaskPage(await browser.NewPageAsync(new OfficeFake("read"), width: width));
        var page = pane.Page;
        await pane.OpenAsync(browser.Url($"/taskpane.html?devUser=leave-guard-{width}@opgroeien.be"));
        await pane.FillClientAsync();
        await pane.GiveConsentAsync();
        await pane.SendAsync();
        await Assertions.Expect(page.GetByTestId("passphrase")).ToBeVisibleAsync();

        // Both ways out ask the same: the button under the passphrase, and the other view.
        foreach (var leave in new[] { "Nieuwe doorverwijzing", "Mijn doorverwijzingen" })
        {
            await page.GetByRole(AriaRole.Button, new() { Name = leave }).ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog);
            var back = dialog.GetByRole(AriaRole.Button, new() { Name = "Terug naar het wachtwoord" });
            var onward = dialog.GetByRole(AriaRole.Button, new() { Name = "Toch verdergaan" });
            await Assertions.Expect(back).ToHaveClassAsync(Primary());
            await Assertions.Expect(back).ToBeFocusedAsync();
            await Assertions.Expect(onward).Not.ToHaveClassAsync(Primary());
            output.WriteLine(await pane.ScreenshotAsync($"taskpane-leave-safe-primary-{width}"));
            output.WriteLine(await Axe.AssertNoSeriousAsync(page));
            await back.ClickAsync();
            await Assertions.Expect(page.GetByTestId("passphrase")).ToBeVisibleAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord doorgegeven" }).ClickAsync();
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(320)]
    [InlineData(450)]
    public async Task Close_FilledUnsentForm_AsksFirstAndEmptiedFormClosesAtOnce(int width)
    {
        var pane = new TaskPage(await browser.NewPageAsync(new OfficeFake("read"), width: width));
        var page = pane.Page;
        await pane.OpenAsync(browser.Url($"/taskpane.html?devUser=leave-form-{width}@opgroeien.be"));
        var prompts = new List<string>();
        page.Dialog += async (_, d) =>
        {
            prompts.Add(d.Type);
            await d.DismissAsync();
        };
        await pane.Field("client.familyName").ClickAsync();
        await pane.Field("client.familyName").FillAsync(TaskPage.FamilyName);
        // The guard is armed by an effect after the next frame (on a loaded machine the close could otherwise come first).
        await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => setTimeout(r, 50)))");

        await page.CloseAsync(new() { RunBeforeUnload = true });
        for (var i = 0; i < 50 && prompts.Count == 0; i++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(["beforeunload"], prompts);
        Assert.False(page.IsClosed);
        await Assertions.Expect(pane.Field("client.familyName")).ToHaveValueAsync(TaskPage.FamilyName);

        await pane.Field("client.familyName").FillAsync(string.Empty);
        // Preact runs effects after the next frame: wait for it, as a worker's hand would, before closing.
        await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => setTimeout(r, 50)))");
        await page.CloseAsync(new() { RunBeforeUnload = true });
        for (var i = 0; i < 50 && !page.IsClosed; i++)
        {
            await Task.Delay(100);
        }

        Assert.True(page.IsClosed);
        Assert.Equal(["beforeunload"], prompts);
        await page.Context.CloseAsync();
    }

    [GeneratedRegex(@"\bprimary\b")]
    private static partial Regex Primary();
}
