using Microsoft.Playwright;
using OutlookReferralAddin.AddinHost.Teams;
using Xunit.Abstractions;

namespace OutlookReferralAddin.AddinHost.Tests.Browser;

/// <summary>Article 10/1 in the task pane: a worker is offered the OCMWs of their own team, and told whom to ask for the others.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class TeamTaskPaneTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Verdict = "#f-client-address-postalCode-residence";

    private async Task<TaskPage> OpenAsync(int width, string user, string groups)
    {
        var pane = new TaskPage(await browser.NewPageAsync(new OfficeFake("read"), width: width));
        await pane.OpenAsync(browser.Url($"/taskpane.html?devUser={user}-{width}@opgroeien.be&devGroups={groups}"));
        return pane;
    }

    [Theory]
    [InlineData(320)]
    [InlineData(450)]
    public async Task Open_WorkerOfScheldeleie_OffersKluisbergenOnlyAndNamesTheOtherTeamAtItsPostcode(int width)
    {
        var pane = await OpenAsync(width, "team-scheldeleie", DevelopmentTeams.ScheldeleieGroupId);
        var page = pane.Page;

        var options = await pane.Field("ocmwId").Locator("option").EvaluateAllAsync<string[]>("o => o.map(x => x.value)");
        Assert.Equal(["", "kluisbergen"], options);

        await pane.Field("client.address.postalCode").FillAsync("3980");
        await Assertions.Expect(page.Locator(Verdict)).ToContainTextAsync("OCMW Tessenderlo-Ham werkt met Kind en Gezin West-Limburg");
        await Assertions.Expect(page.Locator(Verdict)).ToContainTextAsync("Vraag een collega van Kind en Gezin West-Limburg");
        await Assertions.Expect(page.Locator(Verdict)).ToHaveClassAsync("residence blocked");
        await Assertions.Expect(pane.Field("ocmwId")).ToHaveValueAsync("");
        output.WriteLine(await pane.ScreenshotAsync($"team-other-postcode-{width}"));
        output.WriteLine(await Axe.AssertNoSeriousAsync(page));
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"the pane is {scrollWidth} px wide at {width} px");

        await pane.Field("client.address.postalCode").FillAsync("9690");
        await Assertions.Expect(page.Locator(Verdict)).ToHaveTextAsync("Deze postcode hoort bij OCMW Kluisbergen.");
        await Assertions.Expect(pane.Field("ocmwId")).ToHaveValueAsync("kluisbergen");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Open_TokenWithoutGroups_SaysWhatTheAdministratorMustConfigure()
    {
        var pane = await OpenAsync(320, "team-none", "none");
        var page = pane.Page;

        await Assertions.Expect(page.GetByTestId("team-notice")).ToContainTextAsync("Groepen die aan de toepassing zijn toegewezen");
        var options = await pane.Field("ocmwId").Locator("option").EvaluateAllAsync<string[]>("o => o.map(x => x.value)");
        Assert.Equal([""], options);
        output.WriteLine(await pane.ScreenshotAsync("team-no-groups-320"));
        output.WriteLine(await Axe.AssertNoSeriousAsync(page));
        await page.Context.CloseAsync();
    }
}
