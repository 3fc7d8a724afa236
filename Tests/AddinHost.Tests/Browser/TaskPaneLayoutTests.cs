using Microsoft.Playwright;

namespace OutlookReferralAddin.AddinHost.Tests.Browser;

/// <summary>Keyboard-only use and the narrow widths Outlook gives a task pane (320-450 px).</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class TaskPaneLayoutTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(320)]
    [InlineData(450)]
    public async Task Open_PaneWidth_NoHorizontalScrolling(int width)
    {
        var page = await browser.NewPageAsync(new OfficeFake("compose", ["socialedienst@kluisbergen.he"]), width: width);
        var pane = new TaskPage(page);
        await pane.OpenAsync(browser.Url("/taskpane.html"));
        await pane.FillClientAsync();
        await Assertions.Expect(page.Locator(".compose-recipients .verdict")).ToHaveAttributeAsync("data-verdict", "blocked");

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

        Assert.True(overflow <= 0, $"{overflow}px horizontal overflow at {width}px");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Tab_FromPageStart_VisitsFieldsInReadingOrder()
    {
        var page = await browser.NewPageAsync(new OfficeFake("read"));
        await new TaskPage(page).OpenAsync(browser.Url("/taskpane.html"));
        var order = new List<string>();

        for (var i = 0; i < 12; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            order.Add(await page.EvaluateAsync<string>("() => document.activeElement.id"));
        }

        string[] expected =
        [
            "nav-form", "nav-mine", "f-client-givenName", "f-client-familyName", "f-client-address-street", "f-client-address-houseNumber",
            "f-client-address-box", "f-client-address-postalCode", "f-client-address-municipality", "f-client-phone",
            "f-client-email", "f-ocmwId",
        ];
        Assert.Equal(expected, order);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Keyboard_ConsentAndSend_WorkWithoutMouse()
    {
        var page = await browser.NewPageAsync(new OfficeFake("read"));
        var pane = new TaskPage(page);
        await pane.OpenAsync(browser.Url("/taskpane.html"));
        await pane.FillClientAsync();
        await Assertions.Expect(page.Locator(".version")).ToBeVisibleAsync();

        await pane.Field("consent.informed").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("ArrowRight"); // radio group: the arrow selects "Schriftelijk"

        await Assertions.Expect(pane.Field("consent.informed")).ToBeCheckedAsync();
        await Assertions.Expect(pane.Field("consent.given")).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByLabel("Schriftelijk")).ToBeCheckedAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Doorverwijzing versturen" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("passphrase")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#sent-title")).ToBeFocusedAsync();
        await page.Context.CloseAsync();
    }
}
