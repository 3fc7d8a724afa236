using Microsoft.Playwright;
using Xunit.Abstractions;

namespace OutlookReferralAddin.AddinHost.Tests.Browser;

/// <summary>The protocol form as a new administrator meets it: what is required is marked, and the messages say what to do.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class AdminFormTests(BrowserFixture browser, ITestOutputHelper output)
{
    [Theory]
    [InlineData(320)]
    [InlineData(450)]
    public async Task NewProtocol_SavedEmpty_RequiredFieldsMarkedAndEachMessageSaysWhatToFillIn(int width)
    {
        var page = await browser.NewPageAsync(width: width, height: 900);
        await page.GotoAsync(browser.Url("/admin.html?devUser=admin@opgroeien.be&devRoles=Referral.Admin").ToString());
        await page.Locator("main[data-ready='true']").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Protocol toevoegen" }).ClickAsync();

        var form = page.Locator("form[aria-labelledby='ocmw-form-title']");
        await Assertions.Expect(form.Locator(".required-legend")).ToHaveTextAsync("* verplicht");
        foreach (var label in new[] { "Sleutel", "Naam", "Mailboxen van de sociale dienst", "Domeinen", "Postcodes", "DPO Opgroeien – E-mail", "DPO OCMW – Organisatie", "DPO OCMW – E-mail" })
        {
            var marked = form.Locator("label, legend").Filter(new() { HasTextRegex = new($"^{label} \\*$") });
            await Assertions.Expect(marked).ToHaveCountAsync(1);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        var summary = page.Locator(".error-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary).ToContainTextAsync("Sleutel: Vul de sleutel in (bv. kluisbergen).");
        await Assertions.Expect(summary).Not.ToContainTextAsync("id:");
        await Assertions.Expect(page.Locator("#f-id-error")).ToHaveTextAsync("Vul de sleutel in (bv. kluisbergen).");
        await Assertions.Expect(page.Locator("#f-name-error")).ToHaveTextAsync("Vul de naam in.");
        await Assertions.Expect(page.Locator("#f-opgroeienDpo-email-error")).ToHaveTextAsync("Vul het e-mailadres van de DPO in.");
        await Assertions.Expect(page.Locator("#f-ocmwDpo-email-error")).ToHaveTextAsync("Vul het e-mailadres van de DPO in.");
        await Assertions.Expect(page.Locator("#f-mailboxes-error")).ToHaveTextAsync("Vul minstens één mailbox in.");
        await Assertions.Expect(form).Not.ToContainTextAsync("geen geldig e-mailadres");
        await Assertions.Expect(form).Not.ToContainTextAsync("verplicht.");

        // Every ✕ says which list and which item it removes; each "Toevoegen" names its list, spelled as its legend.
        await page.GetByRole(AriaRole.Button, new() { Name = "Toevoegen: Domeinen", Exact = true }).ClickAsync();
        await page.Locator("#f-domains-0").FillAsync("kluisbergen.be");
        await Assertions.Expect(form.GetByRole(AriaRole.Button, new() { Name = "Verwijder Domeinen 1 (kluisbergen.be)", Exact = true })).ToHaveCountAsync(1);
        await Assertions.Expect(form.GetByRole(AriaRole.Button, new() { Name = "Toevoegen: Entra-groepen van het team (object-id)", Exact = true })).ToHaveCountAsync(1);
        var removals = await form.Locator("button", new() { HasText = "✕" }).EvaluateAllAsync<string[]>("bs => bs.map(b => b.getAttribute('aria-label'))");
        Assert.NotEmpty(removals);
        Assert.Equal(removals.Length, removals.Distinct(StringComparer.Ordinal).Count());
        var path = Path.Combine(RepoPaths.Screenshots, $"admin-form-required-{width}.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        output.WriteLine(path);
        output.WriteLine(await Axe.AssertNoSeriousAsync(page));
        await page.Context.CloseAsync();
    }

    // One OCMW per width (the shared host keeps proposals pending); long names so that a narrow card must wrap.
    private static readonly Dictionary<int, (string Id, string Name, string Kbo, string Postcode)> Long = new()
    {
        [320] = ("langemark-poelkapelle", "OCMW Langemark-Poelkapelle", BrowserData.Kbo(0207_4405), "8920"),
        [450] = ("heuvelland-westouter", "OCMW Heuvelland-Westouter", BrowserData.Kbo(0207_4406), "8954"),
    };

    [Theory]
    [InlineData(320)]
    [InlineData(450)]
    public async Task ProposalCard_NarrowPane_AddressesBreakOnlyAtTheirSeamsAndLabelsAtSpaces(int width)
    {
        var o = Long[width];
        var page = await browser.NewPageAsync(width: width, height: 900);
        await page.GotoAsync(browser.Url("/admin.html?devUser=tweede.beheerder@opgroeien.be&devRoles=Referral.Admin").ToString());
        await page.Locator("main[data-ready='true']").WaitForAsync();
        Assert.Equal(202, await BrowserData.ProposeAsync(page, "admin@opgroeien.be", o.Id, o.Name, o.Kbo, o.Postcode));

        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new("^Voorstellen") }).ClickAsync();

        var card = page.Locator($"li[data-proposal='{o.Id}']");
        await Assertions.Expect(card.Locator("tr[data-field='kboNumber'] th")).ToHaveTextAsync("Ondernemingsnummer (KBO)");
        await Assertions.Expect(card.Locator("tr[data-field='opgroeienDpo'] td")).ToHaveTextAsync("Opgroeien regie, dpo@opgroeien.be");
        Assert.Equal(2, await card.Locator("tr[data-field='opgroeienDpo'] td wbr").CountAsync()); // dpo@ | opgroeien | .be
        var split = await BrowserData.SplitWordsAsync(card.Locator("table"));
        Assert.True(split.Length == 0, "split across lines: " + string.Join(" | ", split));
        await Assertions.Expect(card.Locator("tr[data-field='signedOn'] td")).ToHaveTextAsync("15/10/2026");
        await Assertions.Expect(card.Locator("tr[data-field='id'] th")).ToHaveTextAsync("Sleutel");
        var path = Path.Combine(RepoPaths.Screenshots, $"admin-proposal-wrapping-{width}.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        output.WriteLine(path);
        output.WriteLine(await Axe.AssertNoSeriousAsync(page));
        await page.Context.CloseAsync();
    }
}
