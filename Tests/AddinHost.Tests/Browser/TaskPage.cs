using Microsoft.Playwright;

namespace OutlookReferralAddin.AddinHost.Tests.Browser;

/// <summary>
/// Drives the task pane by its field ids (derived from the API field paths, e.g. <c>client.phone</c>). Each page refers its
/// own family (<see cref="Family"/>): the browser tests share one host, where a second referral of the same family by the
/// team within 30 days is a possible duplicate the pane asks about.
/// </summary>
internal sealed class TaskPage(IPage page, string? family = null)
{
    private static int _pages;

    public const string GivenName = "An";
    public const string FamilyName = "Peeters";
    public const string Street = "Stationsstraat";
    public const string Phone = "0470 12 34 56";
    public const string Email = "an.peeters@example.be";

    public IPage Page => page;

    /// <summary>"Peeters Ab", "Peeters Ac", ...: letters only, so every name rule accepts it; starts with <see cref="FamilyName"/>.</summary>
    public string Family { get; } = family ?? $"{FamilyName} {Letters(Interlocked.Increment(ref _pages))}";

    private static string Letters(int n) => $"{(char)('A' + (n / 26 % 26))}{(char)('a' + (n % 26))}{(char)('a' + (n / 676 % 26))}";

    public static string Id(string path) => "#f-" + path.Replace('.', '-');

    public ILocator Field(string path) => page.Locator(Id(path));

    public async Task OpenAsync(Uri url)
    {
        await page.GotoAsync(url.ToString());
        await page.Locator("main[data-ready='true']").WaitForAsync();
    }

    public async Task FillClientAsync(string phone = Phone, bool awaitResidence = true)
    {
        await Field("client.givenName").FillAsync(GivenName);
        await Field("client.familyName").FillAsync(Family);
        await Field("client.address.street").FillAsync(Street);
        await Field("client.address.houseNumber").FillAsync("12");
        await Field("client.address.postalCode").FillAsync("9690");
        await Field("client.address.municipality").FillAsync("Kluisbergen");
        await Field("client.phone").FillAsync(phone);
        await Field("client.email").FillAsync(Email);
        // As a worker would: the postcode's verdict appears under it before the next click, so the form below no longer
        // moves while Playwright aims at a checkbox. Not when the verdict cannot come (a sign-in still open, a dropped request).
        if (awaitResidence)
        {
            await Assertions.Expect(page.Locator("#f-client-address-postalCode-residence")).ToHaveTextAsync("Deze postcode hoort bij OCMW Kluisbergen.");
        }
    }

    public async Task GiveConsentAsync()
    {
        await Field("consent.informed").CheckAsync();
        await Field("consent.given").CheckAsync();
        await page.GetByLabel("Mondeling").CheckAsync();
    }

    public Task SendAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Doorverwijzing versturen" }).ClickAsync();

    public async Task<string> ScreenshotAsync(string name)
    {
        var path = Path.Combine(RepoPaths.Screenshots, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }
}
