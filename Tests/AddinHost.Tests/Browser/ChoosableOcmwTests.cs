using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OutlookReferralAddin.AddinHost.Storage;
using OutlookReferralAddin.AddinHost.Tests.Support;
using Xunit.Abstractions;

namespace OutlookReferralAddin.AddinHost.Tests.Browser;

/// <summary>
/// Issue #21, item 2: the postcode's verdict speaks only of an OCMW the worker can choose, and an OCMW whose mailbox is
/// confirmed while the pane is open shows when the pane comes back into view, not five minutes later.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ChoosableOcmwTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Verdict = "#f-client-address-postalCode-residence";

    [Theory]
    [InlineData(320, "9600")]
    [InlineData(450, "9620")]
    public async Task Postcode_OcmwMailboxNotConfirmed_SaysWhyNotGreenThenOffersItAfterConfirmation(int width, string postcode)
    {
        // A postcode of its own per width (the browser tests share one host); rows written as another instance would.
        var id = $"oudenaarde-pane-{width}";
        await WriteAsync(db => db.OcmwProtocols.Add(DirectoryRows.Oudenaarde(id, postcode)));
        try
        {
            var pane = new TaskPage(await browser.NewPageAsync(new OfficeFake("read"), width: width));
            var page = pane.Page;
            await pane.OpenAsync(browser.Url($"/taskpane.html?devUser=choosable-{width}@opgroeien.be"));
            await pane.Field("client.address.postalCode").FillAsync(postcode);

            await Assertions.Expect(page.Locator(Verdict)).ToHaveTextAsync(
                "Deze postcode hoort bij OCMW Oudenaarde, maar de mailbox van de sociale dienst is nog niet bevestigd. U kunt er nog niet naar doorverwijzen. "
                + "Vraag de beheerder van de toepassing om de mailbox te laten bevestigen.");
            await Assertions.Expect(page.Locator(Verdict)).ToHaveClassAsync("residence blocked");
            await Assertions.Expect(pane.Field("ocmwId").Locator("option", new() { HasText = "OCMW Oudenaarde" })).ToHaveCountAsync(0);
            output.WriteLine(await pane.ScreenshotAsync($"taskpane-ocmw-not-confirmed-{width}"));
            output.WriteLine(await Axe.AssertNoSeriousAsync(page));

            await WriteAsync(db => db.MailboxVerifications.Add(DirectoryRows.Confirmed(id, DirectoryRows.Mailbox(id))));
            // The worker comes back from the admin page: the pane shows again.
            await page.EvaluateAsync("() => window.dispatchEvent(new Event('focus'))");

            await Assertions.Expect(pane.Field("ocmwId")).ToHaveValueAsync(id);
            await Assertions.Expect(pane.Field("recipient")).ToHaveValueAsync(DirectoryRows.Mailbox(id));
            await Assertions.Expect(page.Locator(Verdict)).ToHaveTextAsync("Deze postcode hoort bij OCMW Oudenaarde.");
            await Assertions.Expect(page.Locator(Verdict)).ToHaveClassAsync("residence ok");
            await page.Context.CloseAsync();
        }
        finally
        {
            await WriteAsync(db =>
            {
                db.MailboxVerifications.RemoveRange(db.MailboxVerifications.Where(v => v.OcmwId == id));
                db.OcmwProtocols.RemoveRange(db.OcmwProtocols.Where(p => p.Id == id));
            });
        }
    }

    private async Task WriteAsync(Action<ReferralsDbContext> change)
    {
        await using var scope = browser.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReferralsDbContext>();
        change(db);
        await db.SaveChangesAsync();
    }
}
