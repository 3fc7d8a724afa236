using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OutlookReferralAddin.AddinHost.Storage;
using Xunit.Abstractions;

namespace OutlookReferralAddin.AddinHost.Tests.Browser;

/// <summary>The audit trail reads as Dutch for every kind of entry: labels, values and the OCMW's name, never JSON keys.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class AdminAuditTrailTests(BrowserFixture browser, ITestOutputHelper output)
{
    [Theory]
    [InlineData(320)]
    [InlineData(450)]
    public async Task AuditTab_VerificationAndLookupEntries_ShowDutchLabelsValuesAndOcmwName(int width)
    {
        // The details exactly as MailboxVerifications and LookupAudit write them.
        var reference = $"V-{width}-AUDIT";
        await AddAsync("mailbox_verified", "mailbox", "kluisbergen",
            $$"""{"ocmwId":"kluisbergen","mailbox":"socialedienst@kluisbergen.be","reference":"{{reference}}","status":"Confirmed","attempts":2}""");
        await AddAsync("referral_lookup", "lookup", "team", """{"scope":"team","found":true,"matches":2}""");
        await AddAsync("referral_lookup", "lookup", "team", """{"scope":"team","found":true,"matches":1,"purpose":"duplicate_check"}""");
        var page = await browser.NewPageAsync(width: width, height: 900);
        await page.GotoAsync(browser.Url("/admin.html?devUser=an@opgroeien.be&devRoles=Referral.Admin,Referral.Dpo").ToString());
        await page.Locator("main[data-ready='true']").WaitForAsync();

        await page.GetByRole(AriaRole.Tab, new() { Name = "Wijzigingen" }).ClickAsync();

        var audit = page.GetByTestId("audit");
        var verified = audit.Locator("tbody tr").Filter(new() { HasText = reference });
        await Assertions.Expect(verified.Locator("td").Nth(2)).ToHaveTextAsync("Mailbox geverifieerd");
        await Assertions.Expect(verified.Locator("td").Nth(3)).ToHaveTextAsync("OCMW Kluisbergen");
        var details = verified.Locator("ul.changes li");
        await Assertions.Expect(details).ToHaveTextAsync(
            ["Mailbox: socialedienst@kluisbergen.be", $"Referentie: {reference}", "Status: geverifieerd", "Pogingen voor de code: 2"]);
        var check = audit.Locator("tbody tr").Filter(new() { HasText = "Waarom" }).First;
        await Assertions.Expect(check.Locator("ul.changes li")).ToHaveTextAsync(
            ["Gezocht in: het eigen team", "Gevonden: ja", "Aantal resultaten: 1", "Waarom: controle bij het versturen: mogelijk een dubbele doorverwijzing"]);
        await Assertions.Expect(check).Not.ToContainTextAsync("duplicate_check");
        var lookup = audit.Locator("tbody tr").Filter(new() { HasText = "Opzoeking cliënt" }).Filter(new() { HasNotText = "Waarom" }).First;
        await Assertions.Expect(lookup.Locator("ul.changes li")).ToHaveTextAsync(["Gezocht in: het eigen team", "Gevonden: ja", "Aantal resultaten: 2"]);
        await Assertions.Expect(lookup.Locator("td").Nth(3)).ToHaveTextAsync("–");
        foreach (var key in new[] { "ocmwId", "Confirmed", "attempts", "status:", "scope", "true", ": kluisbergen" })
        {
            await Assertions.Expect(verified).Not.ToContainTextAsync(key);
            await Assertions.Expect(lookup).Not.ToContainTextAsync(key);
        }

        await Assertions.Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Wijzigingen" })).ToBeFocusedAsync();
        // The administrator's address in the "Door" column wraps after its @ or before a dot, never mid-word ("opgro|eien.be").
        var breaks = JsonSerializer.Deserialize<List<string>>(await page.EvaluateAsync<string>(LineBreakTests.LineBreaks, "[data-testid=audit] td"))!;
        Assert.All(breaks, b => Assert.True(LineBreakTests.AtBoundary(b), $"broken mid-word: {b}"));
        var path = Path.Combine(RepoPaths.Screenshots, $"admin-audit-kinds-{width}.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        output.WriteLine(path);
        output.WriteLine(await Axe.AssertNoSeriousAsync(page));
        await page.Context.CloseAsync();
    }

    private async Task AddAsync(string action, string type, string entityId, string after)
    {
        await using var scope = browser.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReferralsDbContext>();
        var now = TimeProvider.System.GetUtcNow();
        db.AuditEntries.Add(new AuditEntryEntity
        {
            Id = Guid.CreateVersion7(now), At = now, ActorObjectId = "test", ActorUpn = "tweede.beheerder@opgroeien.be",
            Action = action, EntityType = type, EntityId = entityId, After = after,
        });
        await db.SaveChangesAsync();
    }
}
