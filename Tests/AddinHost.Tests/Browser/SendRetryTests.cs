using Microsoft.Playwright;
using Xunit.Abstractions;

namespace OutlookReferralAddin.AddinHost.Tests.Browser;

/// <summary>
/// A send whose answer fails on the way back: the pane keeps the form, and retries with the same Idempotency-Key only
/// while the referral may have gone out, so the host answers with that one instead of sending twice.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class SendRetryTests(BrowserFixture browser, ITestOutputHelper output)
{
    private async Task<TaskPage> OpenAsync()
    {
        var pane = new TaskPage(await browser.NewPageAsync(new OfficeFake("read")));
        await pane.OpenAsync(browser.Url("/taskpane.html"));
        return pane;
    }

    [Theory]
    [InlineData("mail_send_failed", false)]
    [InlineData(null, true)]
    public async Task Send_Gateway502_ShowsProblemKeepsDataAndReusesKeyOnlyWhenOutcomeUnrecorded(string? code, bool sameKey)
    {
        var pane = await OpenAsync();
        var page = pane.Page;
        var keys = new List<string>();
        var codeMember = code is null ? "" : $"\"code\":\"{code}\",";
        await page.RouteAsync("**/api/referrals", route =>
        {
            keys.Add(route.Request.Headers.TryGetValue("idempotency-key", out var key) ? key : "(none)");
            return route.FulfillAsync(new()
            {
                Status = 502,
                ContentType = "application/problem+json",
                Body = "{\"status\":502," + codeMember + "\"title\":\"Versturen mislukt\",\"detail\":\"De mailserver antwoordde niet. Probeer later opnieuw.\"}",
            });
        });
        await pane.FillClientAsync();
        await Assertions.Expect(page.Locator(".version")).ToBeVisibleAsync();
        await pane.GiveConsentAsync();

        await pane.SendAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("De mailserver antwoordde niet");
        await pane.SendAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToBeFocusedAsync();

        // A failed send is recorded by the host, so replaying its key would only repeat the failure; a gateway's 502
        // may hide a referral that went out, so the same key lets the host answer with that one.
        Assert.Equal(2, keys.Count);
        Assert.True(Guid.TryParse(keys[0], out _), keys[0]);
        Assert.Equal(sameKey, keys[0] == keys[1]);
        await Assertions.Expect(pane.Field("client.email")).ToHaveValueAsync(TaskPage.Email);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Doorverwijzing versturen" })).ToBeEnabledAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Send_AnswerLostThenRetried_ExplainsPassphraseIsGoneAndKeepsFormForNewAttempt()
    {
        var pane = await OpenAsync();
        var page = pane.Page;
        var keys = new List<string>();
        var first = true;
        await page.RouteAsync("**/api/referrals", async route =>
        {
            keys.Add(route.Request.Headers["idempotency-key"]);
            if (!first)
            {
                await route.ContinueAsync();
                return;
            }

            // The host sends the referral, but its answer (with the passphrase) never reaches the pane.
            first = false;
            await using var delivered = await route.FetchAsync();
            Assert.Equal(201, delivered.Status);
            await route.AbortAsync("connectionreset");
        });
        await pane.FillClientAsync();
        await Assertions.Expect(page.Locator(".version")).ToBeVisibleAsync();
        await pane.GiveConsentAsync();

        await pane.SendAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        await pane.SendAsync();

        var replayed = page.GetByTestId("replayed");
        await Assertions.Expect(replayed).ToContainTextAsync("kan niet opnieuw getoond worden");
        await Assertions.Expect(replayed).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"R-\d{4}-\d{6}"));
        await Assertions.Expect(page.GetByTestId("passphrase")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#replayed-title")).ToBeFocusedAsync();
        Assert.Equal(keys[0], keys[1]);
        output.WriteLine(await pane.ScreenshotAsync("taskpane-replayed"));
        output.WriteLine(await Axe.AssertNoSeriousAsync(page));

        await page.GetByRole(AriaRole.Button, new() { Name = "Terug naar het ingevulde formulier" }).ClickAsync();
        await Assertions.Expect(pane.Field("client.email")).ToHaveValueAsync(TaskPage.Email);
        await pane.SendAsync();
        // The first attempt did reach the OCMW: the new one is a second referral of this family, which the worker confirms.
        await page.GetByTestId("duplicate-dialog").GetByRole(AriaRole.Button, new() { Name = "Toch versturen" }).ClickAsync();
        await page.GetByTestId("passphrase").WaitForAsync();
        Assert.Equal(4, keys.Count);
        Assert.NotEqual(keys[0], keys[2]);
        Assert.NotEqual(keys[2], keys[3]);
        await page.Context.CloseAsync();
    }
}
