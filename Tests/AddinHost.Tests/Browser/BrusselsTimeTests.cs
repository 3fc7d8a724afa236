using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace OutlookReferralAddin.AddinHost.Tests.Browser;

/// <summary>
/// Dates and times in the task pane as the host counts them (BrusselsClock), whatever zone the worker's device is set
/// to: the consent date's default and latest day are Brussels' today, and a time the worker types is Brussels' time.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class BrusselsTimeTests(BrowserFixture browser, ITestOutputHelper output)
{
    [Theory]
    // 00:30 in Brussels: in UTC still yesterday, which the pane used to offer and to allow at most.
    [InlineData("UTC", "2026-12-06T23:30:00Z", "2026-12-07")]
    // 13:00 in Brussels: at UTC+14 already tomorrow, a date the host refuses as being in the future.
    [InlineData("Pacific/Kiritimati", "2026-12-06T12:00:00Z", "2026-12-06")]
    public async Task ConsentDate_DeviceInAnotherZone_OffersBrusselsToday(string zone, string instant, string brusselsToday)
    {
        var page = await browser.NewPageAsync(new OfficeFake("read"), timezoneId: zone);
        await page.Clock.SetFixedTimeAsync(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture).UtcDateTime);
        var pane = new TaskPage(page);
        await pane.OpenAsync(browser.Url($"/taskpane.html?devUser=consent-date-{zone.Replace('/', '-')}@opgroeien.be"));

        var date = pane.Field("consent.date");
        await Assertions.Expect(date).ToHaveValueAsync(brusselsToday);
        await Assertions.Expect(date).ToHaveAttributeAsync("max", brusselsToday);
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Now, on a device whose day differs from Brussels' (one of these two always does): the referral goes out with
    /// Brussels' date. Ahead of Brussels the host used to refuse the pane's own default; behind it the record said yesterday.
    /// </summary>
    [Fact]
    public async Task Send_DeviceWhoseDayDiffersFromBrussels_RecordsBrusselsToday()
    {
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, BrowserData.Brussels).DateTime);
        var zone = new[] { "Pacific/Kiritimati", "Pacific/Pago_Pago" }.First(z =>
            DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(z)).DateTime) != today);
        var page = await browser.NewPageAsync(new OfficeFake("read"), timezoneId: zone);
        var sent = new List<string>();
        page.Request += (_, r) =>
        {
            if (r.Method == "POST" && r.Url.EndsWith("/api/referrals", StringComparison.Ordinal))
            {
                sent.Add(r.PostData ?? "");
            }
        };
        var pane = new TaskPage(page);
        await pane.OpenAsync(browser.Url($"/taskpane.html?devUser=consent-date-send@opgroeien.be"));
        await pane.FillClientAsync();
        await pane.GiveConsentAsync();
        await pane.SendAsync();

        await Assertions.Expect(page.GetByTestId("reference")).ToBeVisibleAsync();
        using var body = JsonDocument.Parse(sent.Single());
        Assert.Equal(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), body.RootElement.GetProperty("consent").GetProperty("date").GetString());
        output.WriteLine($"device in {zone}, Brussels' today {today:yyyy-MM-dd}: sent with that date");
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// An incident's time typed on a device set to UTC: Brussels' time, as the pages write times back. Read as the device's
    /// time, the minute just past in Belgium lay an hour or two in the future, and the host refused it.
    /// </summary>
    [Fact]
    public async Task ReportIncident_DeviceInUtc_ReadsTheTypedTimeAsBrussels()
    {
        var page = await browser.NewPageAsync(new OfficeFake("read"), timezoneId: "UTC");
        var reported = new List<string>();
        page.Request += (_, r) =>
        {
            if (r.Method == "POST" && r.Url.EndsWith("/incidents", StringComparison.Ordinal))
            {
                reported.Add(r.PostData ?? "");
            }
        };
        var pane = new TaskPage(page);
        await pane.OpenAsync(browser.Url("/taskpane.html?devUser=incident-time@opgroeien.be"));
        await pane.FillClientAsync();
        await pane.GiveConsentAsync();
        await pane.SendAsync();
        var reference = (await page.GetByTestId("reference").TextContentAsync())!.Trim();
        await page.GetByRole(AriaRole.Button, new() { Name = "Mijn doorverwijzingen" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Toch verdergaan" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Kies {reference}" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Incident melden" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Wachtwoord per e-mail verstuurd").CheckAsync();
        var wall = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, BrowserData.Brussels).AddMinutes(-1).DateTime;
        wall = new DateTime(wall.Year, wall.Month, wall.Day, wall.Hour, wall.Minute, 0, DateTimeKind.Unspecified);
        await dialog.Locator("#f-occurredAt").FillAsync(wall.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Incident melden" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("action-message")).ToContainTextAsync($"Het incident bij {reference} is gemeld.");
        using var body = JsonDocument.Parse(reported.Single());
        var instant = TimeZoneInfo.ConvertTimeToUtc(wall, BrowserData.Brussels);
        Assert.Equal(instant.ToString("yyyy-MM-ddTHH:mm:00.000Z", CultureInfo.InvariantCulture), body.RootElement.GetProperty("occurredAt").GetString());
        await page.Context.CloseAsync();
    }
}
