using Microsoft.Playwright;
using Xunit.Abstractions;
using static OutlookReferralAddin.AddinHost.Tests.Browser.AdminPage;

namespace OutlookReferralAddin.AddinHost.Tests.Browser;

/// <summary>
/// A protocol change on the admin page under four eyes: the first administrator proposes it (a field error at its input,
/// a warning confirmed explicitly), the second approves it in a task-pane-wide window, where the audit trail shows the
/// change, or rejects it with a reason.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class AdminFourEyesPageTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string NewMailbox = "maatschappelijkwerk@tessenderlo-ham.be";

    private Task<IPage> OpenAsync(string query, int width = DesktopWidth) => AdminPage.OpenAsync(browser, query, width);

    [Fact]
    public async Task EditProtocol_AddMailbox_ShowsFieldErrorThenWaitsUntilSecondAdminApproves()
    {
        // First administrator: proposes the new mailbox.
        var page = await OpenAsync(FirstAdmin);
        await Assertions.Expect(page.Locator("tr[data-ocmw='tessenderlo-ham']")).ToBeVisibleAsync();
        output.WriteLine(await Screenshot(page, "admin-list"));
        output.WriteLine(await Axe.AssertNoSeriousAsync(page));

        await page.GetByRole(AriaRole.Button, new() { Name = "Bewerken: OCMW Tessenderlo-Ham" }).ClickAsync();
        // The form replaces the button that opened it: focus starts at its title.
        await Assertions.Expect(page.Locator("#ocmw-form-title")).ToBeFocusedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Toevoegen: mailboxen van de sociale dienst" }).ClickAsync();
        var added = page.Locator("#f-mailboxes-1");
        await added.FillAsync("geen-adres");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        // The host's error for mailboxes[1] lands at that input, and the summary takes focus.
        await Assertions.Expect(added).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#f-mailboxes-1-error")).Not.ToBeEmptyAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToBeFocusedAsync();
        output.WriteLine(await Screenshot(page, "admin-form-errors"));
        output.WriteLine(await Axe.AssertNoSeriousAsync(page));

        await added.FillAsync(NewMailbox);
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        // An edit of an entry already in the list: what is added waits, what is removed applies at once.
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToHaveTextAsync(
            "Voorstel ingediend. Wat u toevoegde of uitbreidde, wacht op een tweede beheerder (tabblad Voorstellen). "
            + "Wat u schrapte of inperkte, geldt meteen en komt niet terug als het voorstel wordt afgewezen.");
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("tr[data-ocmw='tessenderlo-ham']")).ToContainTextAsync("Wacht op goedkeuring");
        Assert.DoesNotContain(NewMailbox, await DirectoryTextAsync(page), StringComparison.Ordinal);

        // The proposer cannot approve it (the host refuses): the card offers no approval and says why.
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Voorstellen") }).ClickAsync();
        var own = page.Locator("li[data-proposal='tessenderlo-ham']");
        await Assertions.Expect(own).ToContainTextAsync("een tweede beheerder moet het goedkeuren");
        await Assertions.Expect(own.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren: OCMW Tessenderlo-Ham" })).ToHaveCountAsync(0);
        await page.Context.CloseAsync();

        // Second administrator, in a task-pane-wide window: sees the change and approves it.
        var second = await OpenAsync(SecondAdmin, width: 320);
        await second.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Voorstellen") }).ClickAsync();
        var card = second.Locator("li[data-proposal='tessenderlo-ham']");
        await Assertions.Expect(card.Locator("tr[data-field='mailboxes']")).ToContainTextAsync(NewMailbox);
        await Assertions.Expect(card).ToContainTextAsync("Voorgesteld door admin@opgroeien.be");
        output.WriteLine(await Screenshot(second, "admin-proposal-320"));
        output.WriteLine(await Axe.AssertNoSeriousAsync(second));
        await AssertNoHorizontalScrollAsync(second);
        await card.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren: OCMW Tessenderlo-Ham" }).ClickAsync();
        await Assertions.Expect(second.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Het voorstel voor OCMW Tessenderlo-Ham is goedgekeurd.");
        Assert.Contains(NewMailbox, await DirectoryTextAsync(second), StringComparison.Ordinal);

        // Approved, the new mailbox still waits for the OCMW's verification before workers may use it.
        await second.GetByRole(AriaRole.Tab, new() { Name = "Protocollen" }).ClickAsync();
        await Assertions.Expect(second.Locator("tr[data-ocmw='tessenderlo-ham']")).ToContainTextAsync("Wacht op verificatie");
        output.WriteLine(await Screenshot(second, "admin-states-320"));
        // At 320 px each protocol is a card of labelled lines, inside the pane: nothing to scroll sideways.
        await AssertNoHorizontalScrollAsync(second);
        var postcodes = second.Locator("tr[data-ocmw='tessenderlo-ham'] td[data-label='Postcodes']");
        await Assertions.Expect(postcodes).ToHaveTextAsync("3980, 3945");
        Assert.Equal("Postcodes", await postcodes.EvaluateAsync<string>("td => getComputedStyle(td, '::before').content.replaceAll('\"', '')"));
        var box = await second.Locator("tr[data-ocmw='tessenderlo-ham']").BoundingBoxAsync();
        Assert.True(box is { X: >= 0 } && box.X + box.Width <= 320, $"the card spans {box?.X}..{box?.X + box?.Width} px in a 320 px pane");
        output.WriteLine(await Axe.AssertNoSeriousAsync(second));
        await second.GetByRole(AriaRole.Tab, new() { Name = "Wijzigingen" }).ClickAsync();
        var audit = second.GetByTestId("audit");
        await Assertions.Expect(audit).ToContainTextAsync(NewMailbox);
        await Assertions.Expect(audit).ToContainTextAsync("Gewijzigd");
        await Assertions.Expect(audit).ToContainTextAsync("voorgesteld door admin@opgroeien.be");
        // Dutch labels and plain values, not JSON: "Mailboxen van de sociale dienst: a → a, b".
        var row = audit.Locator("tbody tr").Filter(new() { HasText = NewMailbox }).First;
        var change = row.Locator("ul.changes li").Filter(new() { HasText = "Mailboxen van de sociale dienst:" });
        await Assertions.Expect(change).ToContainTextAsync($", {NewMailbox}");
        await Assertions.Expect(audit).Not.ToContainTextAsync("mailboxes");
        await Assertions.Expect(audit).Not.ToContainTextAsync("[\"");
        await Assertions.Expect(row.Locator("td").Nth(3)).ToHaveTextAsync("OCMW Tessenderlo-Ham");
        // At 320 px the change itself is on screen, not behind a sideways scroll inside the table (found clicking through).
        await Assertions.Expect(change).ToBeInViewportAsync();
        var changeBox = await change.BoundingBoxAsync();
        Assert.True(changeBox is { X: >= 0 } && changeBox.X + changeBox.Width <= 320, $"the change spans {changeBox?.X}..{changeBox?.X + changeBox?.Width} px in a 320 px pane");
        Assert.Equal(await audit.Locator(".table-wrap").EvaluateAsync<int>("w => w.clientWidth"), await audit.Locator(".table-wrap").EvaluateAsync<int>("w => w.scrollWidth"));
        output.WriteLine(await Screenshot(second, "admin-audit"));
        await second.Context.CloseAsync();
    }

    [Theory]
    [InlineData(450)]
    [InlineData(320)]
    public async Task NewProtocol_WarningConfirmedThenSecondAdminRejectsWithReason(int width)
    {
        var id = $"oudenaarde-{width}";
        var page = await OpenAsync(FirstAdmin, width);
        await page.GetByRole(AriaRole.Button, new() { Name = "Protocol toevoegen" }).ClickAsync();
        foreach (var (field, value) in new[]
        {
            ("id", id), ("name", "OCMW Oudenaarde"), ("kboNumber", width == 450 ? "0123.456.749" : "0207.446.871"),
            ("address", "Tacambaroplein 1, 9700 Oudenaarde"), ("referringTeam", "Kind en Gezin Vlaamse Ardennen"),
            ("signedOn", "2026-10-15"), ("inForceFrom", "2026-11-01"), ("mailboxes-0", $"socialedienst@oudenaarde{width}.eu"),
            ("domains-0", $"oudenaarde{width}.eu"), ("postalCodes-0", width == 450 ? "9700" : "9790"),
            ("opgroeienDpo-email", "dpo@opgroeien.be"), ("ocmwDpo-organisation", "OCMW Oudenaarde"), ("ocmwDpo-email", $"privacy@oudenaarde{width}.eu"),
            ("socialServicePhone", "055 31 46 00"),
        })
        {
            await page.Locator($"#f-{field}").FillAsync(value);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        // Not under .be: a warning at the domain, to be confirmed explicitly; nothing is proposed yet.
        await Assertions.Expect(page.Locator("#f-domains-0-error")).ToContainTextAsync(".be");
        var confirm = page.GetByLabel("Ik heb de waarschuwingen hierboven gecontroleerd");
        await Assertions.Expect(confirm).ToBeVisibleAsync();
        output.WriteLine(await Screenshot(page, $"admin-warning-{width}"));
        output.WriteLine(await Axe.AssertNoSeriousAsync(page));
        await AssertNoHorizontalScrollAsync(page);
        await confirm.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Voorstel ingediend. Een tweede beheerder moet het goedkeuren (tabblad Voorstellen) voor het in de lijst komt.");
        await Assertions.Expect(page.Locator($"tr[data-ocmw='{id}']")).ToContainTextAsync("Wacht op goedkeuring");
        await page.Context.CloseAsync();

        var second = await OpenAsync(SecondAdmin, width);
        await second.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Voorstellen") }).ClickAsync();
        var card = second.Locator($"li[data-proposal='{id}']");
        await Assertions.Expect(card).ToContainTextAsync("Nieuw protocol");
        await card.GetByRole(AriaRole.Button, new() { Name = "Afwijzen: OCMW Oudenaarde" }).ClickAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Afwijzing bevestigen" }).ClickAsync();
        var reason = card.GetByLabel("Reden van de afwijzing");
        await Assertions.Expect(reason).ToHaveAttributeAsync("aria-invalid", "true");
        output.WriteLine(await Screenshot(second, $"admin-reject-{width}"));
        output.WriteLine(await Axe.AssertNoSeriousAsync(second));
        await reason.FillAsync("Het protocol noemt oudenaarde.be, niet .eu.");
        await card.GetByRole(AriaRole.Button, new() { Name = "Afwijzing bevestigen" }).ClickAsync();
        await Assertions.Expect(second.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Het voorstel voor OCMW Oudenaarde is afgewezen.");
        // The card and its buttons are gone: focus is on what was done, not on the page.
        await Assertions.Expect(second.GetByRole(AriaRole.Status).First).ToBeFocusedAsync();
        await Assertions.Expect(second.Locator($"li[data-proposal='{id}']")).ToHaveCountAsync(0);
        await second.GetByRole(AriaRole.Tab, new() { Name = "Protocollen" }).ClickAsync();
        await Assertions.Expect(second.Locator($"tr[data-ocmw='{id}']")).ToHaveCountAsync(0);
        Assert.DoesNotContain($"oudenaarde{width}.eu", await DirectoryTextAsync(second), StringComparison.Ordinal);
        await second.Context.CloseAsync();

        // The proposer reads why in the list of changes, as the rejection form promises.
        var proposer = await OpenAsync(FirstAdmin, width);
        await proposer.GetByRole(AriaRole.Tab, new() { Name = "Wijzigingen" }).ClickAsync();
        var rejected = proposer.GetByTestId("audit").Locator("tbody tr")
            .Filter(new() { HasText = "Voorstel afgewezen" }).Filter(new() { HasText = $"socialedienst@oudenaarde{width}.eu" });
        await Assertions.Expect(rejected.GetByTestId("audit-reason")).ToHaveTextAsync("Reden van de afwijzing: Het protocol noemt oudenaarde.be, niet .eu.");
        output.WriteLine(await Screenshot(proposer, $"admin-rejected-reason-{width}"));
        output.WriteLine(await Axe.AssertNoSeriousAsync(proposer));
        await AssertNoHorizontalScrollAsync(proposer);
        await proposer.Context.CloseAsync();
    }

    private static Task<string> DirectoryTextAsync(IPage page) =>
        page.EvaluateAsync<string>("async () => await (await fetch('/api/directory', { cache: 'no-store' })).text()");

    private static async Task AssertNoHorizontalScrollAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the page scrolls sideways by {overflow} px");
    }
}
