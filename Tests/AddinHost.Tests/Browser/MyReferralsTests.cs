using Microsoft.Playwright;
using Xunit.Abstractions;

namespace OutlookReferralAddin.AddinHost.Tests.Browser;

/// <summary>"Mijn doorverwijzingen": the list, a referral's history, withdrawal and incident with their notices, the lookup.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class MyReferralsTests(BrowserFixture browser, ITestOutputHelper output)
{
    private static async Task<string> SendAsync(TaskPage pane, bool again = false)
    {
        await pane.FillClientAsync();
        await Assertions.Expect(pane.Page.Locator(".version")).ToBeVisibleAsync();
        await pane.GiveConsentAsync();
        await pane.SendAsync();
        if (again)
        {
            // The same family a second time: the pane asks first, and the worker sends anyway.
            await pane.Page.GetByTestId("duplicate-dialog").GetByRole(AriaRole.Button, new() { Name = "Toch versturen" }).ClickAsync();
        }

        await pane.Page.GetByTestId("passphrase").WaitForAsync();
        return (await pane.Page.GetByTestId("reference").TextContentAsync())!.Trim();
    }

    [Theory]
    [InlineData(320)]
    [InlineData(450)]
    public async Task MyReferrals_TwoSent_ListsThemThenWithdrawsReportsIncidentAndLooksUp(int width)
    {
        var user = $"mine{width}@opgroeien.be";
        var page = await browser.NewPageAsync(new OfficeFake("read"), width: width);
        var pane = new TaskPage(page);
        await pane.OpenAsync(browser.Url($"/taskpane.html?devUser={user}"));
        var first = await SendAsync(pane);
        await page.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord doorgegeven" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("delivered")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Nieuwe doorverwijzing" }).ClickAsync();
        var second = await SendAsync(pane, again: true);

        // Going to the list while the second passphrase is not given asks first.
        await page.GetByRole(AriaRole.Button, new() { Name = "Mijn doorverwijzingen" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Toch verdergaan" }).ClickAsync();

        var rows = page.GetByTestId("mine-table").Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        // Dates as ui/dates writes them everywhere (04/12/2026, Brussels time); three columns, so 320 px needs no sideways scrolling.
        var today = BrowserData.BrusselsToday("dd/MM/yyyy");
        Assert.Equal([second + today, "Kluisbergen", "Verstuurd wachtwoord nog niet doorgegeven"], (await rows.Nth(0).Locator("td").AllTextContentsAsync()).Select(c => c.Trim()));
        Assert.Equal([first + today, "Kluisbergen", "Verstuurd wachtwoord doorgegeven"], (await rows.Nth(1).Locator("td").AllTextContentsAsync()).Select(c => c.Trim()));
        await Assertions.Expect(rows.Nth(0).Locator("td").Nth(0)).ToHaveTextAsync(second + today);
        await Assertions.Expect(page.GetByTestId("mine")).Not.ToContainTextAsync(TaskPage.FamilyName);
        var sideways = await page.EvaluateAsync<int>("() => { const w = document.querySelector('[data-testid=mine-table]').parentElement; return w.scrollWidth - w.clientWidth; }");
        Assert.True(sideways <= 0, $"the list scrolls {sideways} px sideways at {width} px");
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= width);
        output.WriteLine(await pane.ScreenshotAsync($"mine-list-{width}"));
        output.WriteLine(await Axe.AssertNoSeriousAsync(page));

        await page.GetByRole(AriaRole.Button, new() { Name = $"Kies {first}" }).ClickAsync();
        var history = page.GetByTestId("history").Locator("li");
        await Assertions.Expect(history).ToHaveCountAsync(3);
        await Assertions.Expect(history.Nth(0)).ToContainTextAsync("Geregistreerd");
        await Assertions.Expect(history.Nth(1)).ToContainTextAsync("Verstuurd");
        await Assertions.Expect(history.Nth(2)).ToContainTextAsync($"Wachtwoord doorgegeven · {user}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Toestemming intrekken" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToContainTextAsync($"Toestemming intrekken voor {first}?");
        await Assertions.Expect(dialog).ToContainTextAsync("alleen de referentie en de datum");
        await Assertions.Expect(dialog.GetByLabel("Datum van de intrekking")).ToHaveValueAsync(BrowserData.BrusselsToday("yyyy-MM-dd"));
        output.WriteLine(await pane.ScreenshotAsync($"mine-withdraw-{width}"));
        output.WriteLine(await Axe.AssertNoSeriousAsync(page));
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Intrekking bevestigen" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("action-message")).ToHaveTextAsync($"De toestemming voor {first} is ingetrokken. Het OCMW kreeg een bericht.");
        await Assertions.Expect(rows.Nth(1).Locator("td").Nth(2)).ToHaveTextAsync("Ingetrokken wachtwoord doorgegeven");
        var notice = await PickupArchive.WaitForMailAsync(browser.Host.PickupDirectory, $"{first}-intrekking");
        Assert.Equal("socialedienst@kluisbergen.be", notice.To.Mailboxes.Single().Address);
        Assert.DoesNotContain(TaskPage.FamilyName, notice.ToString(), StringComparison.OrdinalIgnoreCase);

        await page.GetByRole(AriaRole.Button, new() { Name = "Incident melden" }).ClickAsync();
        dialog = page.GetByRole(AriaRole.Dialog);
        // Sent without saying what happened: the dialog stays, says why, and puts the focus on the choice to make.
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Incident melden" }).ClickAsync();
        await Assertions.Expect(dialog.Locator("#f-kind-error")).Not.ToBeEmptyAsync();
        await Assertions.Expect(dialog.Locator("input[name=kind]").First).ToBeFocusedAsync();
        await dialog.GetByLabel("Wachtwoord per e-mail verstuurd").CheckAsync();
        output.WriteLine(await pane.ScreenshotAsync($"mine-incident-{width}"));
        output.WriteLine(await Axe.AssertNoSeriousAsync(page));
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Incident melden" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("action-message")).ToContainTextAsync($"Het incident bij {first} is gemeld.");
        await Assertions.Expect(page.GetByTestId("action-message")).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByTestId("history")).ToContainTextAsync("Incident gemeld (Wachtwoord per e-mail verstuurd)");
        // Two notices, two DPOs: the history says which one knows (article 9), and times are written the one Belgian way.
        await Assertions.Expect(page.GetByTestId("history")).ToContainTextAsync("DPO van Opgroeien op de hoogte gebracht");
        await Assertions.Expect(page.GetByTestId("history")).ToContainTextAsync("DPO van OCMW Kluisbergen op de hoogte gebracht");
        await Assertions.Expect(page.GetByTestId("history")).ToContainTextAsync($"Toestemming ingetrokken ({today})");
        Assert.All(await page.GetByTestId("history").Locator(".when").AllTextContentsAsync(), w => Assert.Matches(@"^\d{2}/\d{2}/\d{4} \d{2}:\d{2}$", w));
        var incidentMails = System.IO.Directory.GetFiles(browser.Host.PickupDirectory, $"{first}-incident-*.eml");
        Assert.Equal(2, incidentMails.Length);

        // The lookup finds both referrals of this client by this worker, and nothing for an unknown client. It covers the
        // worker's team, which on the browser tests' shared host also sent this client in other tests: at least these two.
        await page.GetByLabel("Voornaam").FillAsync(TaskPage.GivenName.ToUpperInvariant());
        await page.GetByLabel("Familienaam").FillAsync(pane.Family);
        await page.GetByLabel("Postcode").FillAsync("9690");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        var found = page.GetByTestId("lookup-result");
        await Assertions.Expect(found).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+ doorverwijzingen gevonden:"));
        await Assertions.Expect(page.GetByTestId("lookup-recorded")).ToContainTextAsync("Elke opzoeking wordt geregistreerd");
        await Assertions.Expect(found).ToContainTextAsync(first);
        await Assertions.Expect(found).ToContainTextAsync(second);
        output.WriteLine(await pane.ScreenshotAsync($"mine-lookup-{width}"));
        output.WriteLine(await Axe.AssertNoSeriousAsync(page));
        await page.GetByLabel("Familienaam").FillAsync("Janssens");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await Assertions.Expect(found).ToHaveTextAsync("Geen doorverwijzing gevonden voor deze cliënt.");
        await page.GetByLabel("Postcode").FillAsync("96");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await Assertions.Expect(page.Locator("#f-postalCode")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#f-postalCode-error")).ToContainTextAsync("Belgische postcode");

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{overflow}px horizontal overflow at {width}px");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(320)]
    [InlineData(450)]
    public async Task Lookup_ApostropheLeftOutThenWithdrawn_FindsTheReferralSaysWhatWasComparedAndShowsIngetrokken(int width)
    {
        var page = await browser.NewPageAsync(new OfficeFake("read"), width: width);
        var family = $"'t Hooft {(width == 320 ? "Aa" : "Bb")}";
        var pane = new TaskPage(page, family);
        await pane.OpenAsync(browser.Url($"/taskpane.html?devUser=hooft{width}@opgroeien.be"));
        var reference = await SendAsync(pane);
        await page.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord doorgegeven" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("delivered")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Mijn doorverwijzingen" }).ClickAsync();

        // Typed as a worker on the phone hears it: no apostrophe, other case.
        await page.GetByLabel("Voornaam").FillAsync("an");
        await page.GetByLabel("Familienaam").FillAsync(family.TrimStart('\'').ToUpperInvariant());
        await page.GetByLabel("Postcode").FillAsync("9690");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        var found = page.GetByTestId("lookup-result").Locator("li", new() { HasText = reference });
        await Assertions.Expect(found).ToContainTextAsync("Verstuurd");
        await Assertions.Expect(page.GetByTestId("lookup-compared")).ToContainTextAsync("zelfde voornaam, familienaam en postcode");

        await page.GetByRole(AriaRole.Button, new() { Name = $"Kies {reference}" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Toestemming intrekken" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Intrekking bevestigen" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("action-message")).ToContainTextAsync("is ingetrokken");

        // The look-up's row follows the withdrawal without a new (audited) look-up.
        await Assertions.Expect(found).ToContainTextAsync("Ingetrokken");
        output.WriteLine(await pane.ScreenshotAsync($"mine-lookup-withdrawn-{width}"));
        output.WriteLine(await Axe.AssertNoSeriousAsync(page));
        await page.Context.CloseAsync();
    }
}
