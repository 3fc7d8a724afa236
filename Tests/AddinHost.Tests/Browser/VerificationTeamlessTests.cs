using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OutlookReferralAddin.AddinHost.Admin.Verifications;
using OutlookReferralAddin.AddinHost.Directory;
using OutlookReferralAddin.AddinHost.Storage;
using Xunit.Abstractions;

namespace OutlookReferralAddin.AddinHost.Tests.Browser;

/// <summary>
/// A mailbox confirmed for an entry that names no team's Entra group: the page does not promise referrals, it says what
/// is still to be set (found by a newcomer who set up a new OCMW).
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class VerificationTeamlessTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Ocmw = "tessenderlo-ham";
    private const string Mailbox = "socialedienst@tessenderlo-ham.be";
    private const string Code = "482 177";

    [Theory]
    [InlineData(320)]
    [InlineData(450)]
    public async Task Confirm_EntryWithoutTeam_SaysReferralsWaitForTheTeamsGroup(int width)
    {
        // The shared host's seed: Tessenderlo-Ham has a team and a confirmed mailbox. Both come back whatever happens.
        var (groups, verifications) = await TakeTeamAndVerificationAsync();
        try
        {
            var page = await browser.NewPageAsync(width: width, height: 900);
            await page.GotoAsync(browser.Url("/admin.html?devUser=tweede.beheerder@opgroeien.be&devRoles=Referral.Admin").ToString());
            await page.Locator("main[data-ready='true']").WaitForAsync();
            await page.GetByRole(AriaRole.Tab, new() { Name = "Verificatie" }).ClickAsync();
            var card = page.Locator($"li[data-mailbox='{Mailbox}']");
            await card.GetByLabel("Code die het OCMW voorleest").FillAsync(Code);
            await card.GetByRole(AriaRole.Button, new() { Name = "Code bevestigen" }).ClickAsync();

            await Assertions.Expect(card).ToHaveAttributeAsync("data-state", "verified");
            // The teamless banner above the tabs is a status too; this is the tab's own.
            var status = page.GetByTestId("verifications").GetByRole(AriaRole.Status);
            await Assertions.Expect(status).ToHaveTextAsync(
                "De mailbox is geverifieerd. Medewerkers kunnen pas naar OCMW Tessenderlo-Ham doorverwijzen als het protocol de "
                + "Entra-groep van het doorverwijzende team noemt (tabblad Protocollen, Bewerken).");
            await Assertions.Expect(status).ToBeFocusedAsync();
            var path = Path.Combine(RepoPaths.Screenshots, $"admin-verification-teamless-{width}.png");
            await page.ScreenshotAsync(new() { Path = path, FullPage = true });
            output.WriteLine(path);
            output.WriteLine(await Axe.AssertNoSeriousAsync(page));
            await page.Context.CloseAsync();
        }
        finally
        {
            await RestoreAsync(groups, verifications);
        }
    }

    /// <summary>Leaves the entry without a team and its mailbox with one archive waiting, sent by another administrator.</summary>
    private async Task<(List<string> Groups, List<MailboxVerificationEntity> Verifications)> TakeTeamAndVerificationAsync()
    {
        await using var scope = browser.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReferralsDbContext>();
        var entry = await db.OcmwProtocols.SingleAsync(p => p.Id == Ocmw);
        var groups = entry.TeamGroupIds.ToList();
        entry.TeamGroupIds = [];
        var verifications = await db.MailboxVerifications.AsNoTracking().Where(v => v.OcmwId == Ocmw).ToListAsync();
        await db.MailboxVerifications.Where(v => v.OcmwId == Ocmw).ExecuteDeleteAsync();
        var now = TimeProvider.System.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        db.MailboxVerifications.Add(new MailboxVerificationEntity
        {
            Id = id, OcmwId = Ocmw, Mailbox = Mailbox, Reference = $"V-TEST-{Guid.NewGuid():N}"[..16],
            CodeHash = scope.ServiceProvider.GetRequiredService<VerificationCode>().Hash(id, Code), Status = VerificationStatus.Pending,
            SentAt = now, SentByObjectId = "een-andere-beheerder", SentByUpn = "ander@opgroeien.be",
        });
        await db.SaveChangesAsync();
        browser.Host.Services.GetRequiredService<DirectoryStore>().Invalidate();
        return (groups, verifications);
    }

    private async Task RestoreAsync(List<string> groups, List<MailboxVerificationEntity> verifications)
    {
        await using var scope = browser.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReferralsDbContext>();
        (await db.OcmwProtocols.SingleAsync(p => p.Id == Ocmw)).TeamGroupIds = groups;
        await db.MailboxVerifications.Where(v => v.OcmwId == Ocmw).ExecuteDeleteAsync();
        db.MailboxVerifications.AddRange(verifications);
        await db.SaveChangesAsync();
        browser.Host.Services.GetRequiredService<DirectoryStore>().Invalidate();
    }
}
