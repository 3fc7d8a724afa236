using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace OutlookReferralAddin.AddinHost.Tests.Browser;

/// <summary>The passphrase moment: whom to call, how to type it, spelled aloud, copied exactly, and not lost by leaving.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class SentViewTests(BrowserFixture browser, ITestOutputHelper output)
{
    /// <summary>The Belgian telephone spelling alphabet for the passphrase's characters, as a person says them.</summary>
    private static readonly Dictionary<char, string> Spoken = new()
    {
        ['a'] = "a van Arthur", ['b'] = "b van Brussel", ['c'] = "c van Carolina", ['d'] = "d van Desiré", ['e'] = "e van Emiel",
        ['f'] = "f van Frederik", ['g'] = "g van Gustaaf", ['h'] = "h van Hendrik", ['j'] = "j van Jozef", ['k'] = "k van Kilogram",
        ['m'] = "m van Maria", ['n'] = "n van Napoleon", ['p'] = "p van Piano", ['q'] = "q van Quintus", ['r'] = "r van Robert",
        ['s'] = "s van Sofie", ['t'] = "t van Telefoon", ['u'] = "u van Ursula", ['v'] = "v van Victor", ['w'] = "w van Waterloo",
        ['x'] = "x van Xavier", ['y'] = "y van Yvonne", ['z'] = "z van Zola", ['2'] = "2 (twee)", ['3'] = "3 (drie)", ['4'] = "4 (vier)",
        ['5'] = "5 (vijf)", ['6'] = "6 (zes)", ['7'] = "7 (zeven)", ['8'] = "8 (acht)", ['9'] = "9 (negen)", ['-'] = "streepje",
    };

    [Theory]
    [InlineData(320)]
    [InlineData(450)]
    public async Task SentView_AfterSend_NamesOcmwPhoneSpellsAndCopiesExactlyAndAsksBeforeLeaving(int width)
    {
        var user = $"moment{width}@opgroeien.be";
        var page = await browser.NewPageAsync(new OfficeFake("read"), width: width);
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = browser.Url("/").GetLeftPart(UriPartial.Authority) });
        var pane = new TaskPage(page);
        await pane.OpenAsync(browser.Url($"/taskpane.html?devUser={user}"));
        await pane.FillClientAsync();
        await Assertions.Expect(page.Locator(".version")).ToBeVisibleAsync();
        await pane.GiveConsentAsync();
        await pane.SendAsync();
        var box = page.GetByTestId("passphrase");
        await box.WaitForAsync();
        var passphrase = (await box.GetAttributeAsync("data-value"))!;

        // Whom to call: the OCMW's social service, its number from the directory as a tel: link.
        var directory = JsonDocument.Parse(await page.EvaluateAsync<string>("async () => await (await fetch('/api/directory')).text()"));
        var phone = directory.RootElement.GetProperty("ocmws").EnumerateArray()
            .Single(o => o.GetProperty("id").GetString() == "kluisbergen").GetProperty("socialServicePhone");
        var call = page.GetByTestId("call");
        await Assertions.Expect(call).ToContainTextAsync("Bel de sociale dienst van OCMW Kluisbergen:");
        var link = call.GetByRole(AriaRole.Link);
        await Assertions.Expect(link).ToHaveAttributeAsync("href", "tel:" + phone.GetProperty("tel").GetString());
        await Assertions.Expect(link).ToHaveTextAsync(phone.GetProperty("display").GetString()!);
        await Assertions.Expect(call).ToContainTextAsync("kleine letters, met de streepjes");

        // Selecting the box by hand and copying both give exactly the passphrase: no spaces, no line breaks.
        var selected = await page.EvaluateAsync<string>(
            "() => { const r = document.createRange(); r.selectNodeContents(document.querySelector('[data-testid=passphrase]')); const s = getSelection(); s.removeAllRanges(); s.addRange(r); return s.toString(); }");
        Assert.Equal(passphrase, selected);
        await page.Keyboard.PressAsync("Control+C");
        Assert.Equal(passphrase, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Spellen voor de telefoon" }).ClickAsync();
        var spelled = await page.GetByTestId("spelling").Locator("li").AllTextContentsAsync();
        Assert.Equal(passphrase.Select(c => Spoken[c]), spelled);
        await Assertions.Expect(page.Locator("#spelling")).ToContainTextAsync("Belgisch spellingsalfabet");
        output.WriteLine(await pane.ScreenshotAsync($"sent-passphrase-{width}"));
        output.WriteLine(await Axe.AssertNoSeriousAsync(page));

        // Leaving by the button asks; staying keeps the passphrase on screen.
        await page.GetByRole(AriaRole.Button, new() { Name = "Nieuwe doorverwijzing" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToContainTextAsync("Het wachtwoord is nog niet doorgegeven");
        output.WriteLine(await pane.ScreenshotAsync($"sent-leave-confirm-{width}"));
        output.WriteLine(await Axe.AssertNoSeriousAsync(page));
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Terug naar het wachtwoord" }).ClickAsync();
        await Assertions.Expect(box).ToBeVisibleAsync();

        // Closing the pane (or reloading) asks through the browser's own beforeunload prompt.
        var prompts = new List<string>();
        page.Dialog += async (_, d) =>
        {
            prompts.Add(d.Type);
            await d.DismissAsync();
        };
        await page.CloseAsync(new() { RunBeforeUnload = true });
        for (var i = 0; i < 50 && prompts.Count == 0; i++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(["beforeunload"], prompts);
        Assert.False(page.IsClosed);

        await page.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord doorgegeven" }).ClickAsync();
        var delivered = page.GetByTestId("delivered");
        await Assertions.Expect(delivered).ToContainTextAsync("Wachtwoord doorgegeven op ");
        await Assertions.Expect(delivered).ToContainTextAsync($"door {user}.");
        // Passed on: the passphrase and its aids leave the screen, and focus moves to the confirmation (not to the page).
        await Assertions.Expect(delivered).ToContainTextAsync("Het wachtwoord staat niet meer op het scherm");
        await Assertions.Expect(delivered).ToBeFocusedAsync();
        await Assertions.Expect(box).ToHaveCountAsync(0);
        await Assertions.Expect(call).ToHaveCountAsync(0);
        Assert.DoesNotContain(passphrase, await page.Locator("body").InnerTextAsync(), StringComparison.Ordinal);
        output.WriteLine(await pane.ScreenshotAsync($"sent-delivered-{width}"));
        output.WriteLine(await Axe.AssertNoSeriousAsync(page));
        var reference = (await page.GetByTestId("reference").TextContentAsync())!.Trim();
        var list = await page.EvaluateAsync<string>($"async () => await (await fetch('/api/referrals', {{ headers: {{ 'X-Dev-User': '{user}' }} }})).text()");
        var item = JsonDocument.Parse(list).RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("reference").GetString() == reference);
        Assert.NotEqual(JsonValueKind.Null, item.GetProperty("passphraseDeliveredAt").ValueKind);

        // Once given, leaving asks nothing.
        await page.GetByRole(AriaRole.Button, new() { Name = "Nieuwe doorverwijzing" }).ClickAsync();
        await Assertions.Expect(pane.Field("client.givenName")).ToHaveValueAsync(string.Empty);
        await page.CloseAsync(new() { RunBeforeUnload = true });
        for (var i = 0; i < 50 && !page.IsClosed; i++)
        {
            await Task.Delay(100);
        }

        Assert.True(page.IsClosed);
        Assert.Equal(["beforeunload"], prompts);
        await page.Context.CloseAsync();
    }
}
