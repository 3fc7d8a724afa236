using Microsoft.Playwright;
using Xunit.Abstractions;
using static OutlookReferralAddin.AddinHost.Tests.Browser.AdminPage;

namespace OutlookReferralAddin.AddinHost.Tests.Browser;

/// <summary>
/// The Protocollen tab's guards for an administrator: a new protocol without the social service's phone is refused at
/// that field, and Escape closes the end confirmation without ending the protocol.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class AdminProtocolsTabTests(BrowserFixture browser, ITestOutputHelper output)
{
    private Task<IPage> OpenAsync(string query, int width = DesktopWidth) => AdminPage.OpenAsync(browser, query, width);

    [Theory]
    [InlineData(450)]
    [InlineData(320)]
    public async Task NewProtocol_WithoutSocialServicePhone_FieldIsRequiredAndSaveIsRefusedThere(int width)
    {
        var page = await OpenAsync(FirstAdmin, width);
        await page.GetByRole(AriaRole.Button, new() { Name = "Protocol toevoegen" }).ClickAsync();
        var phone = page.Locator("#f-socialServicePhone");
        await Assertions.Expect(phone).ToHaveAttributeAsync("aria-required", "true");
        await Assertions.Expect(page.Locator("label[for='f-socialServicePhone'] .req")).ToHaveTextAsync("*");
        foreach (var (field, value) in new[]
        {
            ("id", $"zingem-{width}"), ("name", "OCMW Zingem"), ("kboNumber", "0207.446.871"),
            ("address", "Oudenaardsesteenweg 1, 9750 Zingem"), ("referringTeam", "Kind en Gezin Vlaamse Ardennen"),
            ("signedOn", "2026-10-15"), ("inForceFrom", "2026-11-01"), ("mailboxes-0", $"socialedienst@zingem{width}.be"),
            ("domains-0", $"zingem{width}.be"), ("postalCodes-0", width == 450 ? "9750" : "9751"),
            ("opgroeienDpo-email", "dpo@opgroeien.be"), ("ocmwDpo-organisation", "OCMW Zingem"), ("ocmwDpo-email", $"privacy@zingem{width}.be"),
        })
        {
            await page.Locator($"#f-{field}").FillAsync(value);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        // The passphrase goes by phone: without the number the entry is refused at that field, and nothing is proposed.
        await Assertions.Expect(page.Locator("#f-socialServicePhone-error")).ToContainTextAsync("Vul het telefoonnummer van de sociale dienst in");
        await Assertions.Expect(phone).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator($"tr[data-ocmw='zingem-{width}']")).ToHaveCountAsync(0);
        output.WriteLine(await Screenshot(page, $"admin-phone-required-{width}"));
        output.WriteLine(await Axe.AssertNoSeriousAsync(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task EndProtocol_Escape_ClosesConfirmationWithoutEnding()
    {
        var page = await OpenAsync("?devUser=admin@opgroeien.be&devRoles=Referral.Admin");

        await page.GetByRole(AriaRole.Button, new() { Name = "Beëindigen: OCMW Kluisbergen" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Annuleren" })).ToBeFocusedAsync();
        output.WriteLine(await Axe.AssertNoSeriousAsync(page));
        await page.Keyboard.PressAsync("Escape");

        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("tr[data-ocmw='kluisbergen'] .badge")).ToHaveTextAsync("Van kracht");
        await page.Context.CloseAsync();
    }
}
