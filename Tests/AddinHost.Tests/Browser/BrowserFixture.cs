using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace OutlookReferralAddin.AddinHost.Tests.Browser;

/// <summary>One host and one Chromium for all browser tests (starting them is the slow part).</summary>
public sealed partial class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    // The flags from the machine notes: no background traffic to Google, no GPU, no sandbox (container).
    internal static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? playwright;

    public KestrelHostFactory Host { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"Chromium is missing at {ChromiumPath}: install it with `apt-get install -y chromium` (never `playwright install`).");
        await RealOfficeJs.EnsureInstalledAsync();
        Host.Start();
        playwright = await Playwright.CreateAsync();
        // Playwright gives every launch a fresh temporary --user-data-dir of its own.
        Browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumArgs, Timeout = 30_000 });
    }

    /// <summary>A new page, isolated in its own context, that can only reach the host on 127.0.0.1.</summary>
    /// <param name="office">The fake Outlook mailbox the adapter uses once office.js has started; null for none.</param>
    /// <param name="width">Viewport width in CSS pixels.</param>
    /// <param name="height">Viewport height in CSS pixels.</param>
    /// <param name="officeJs">Answers the office.js CDN instead of Microsoft's real office.js (a late Outlook, say).</param>
    /// <param name="timezoneId">The device's time zone (IANA), where a test needs one other than this machine's.</param>
    public async Task<IPage> NewPageAsync(
        OfficeFake? office = null, int width = 350, int height = 900, Func<IRoute, Task>? officeJs = null, string? timezoneId = null)
    {
        var context = await Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height },
            Locale = "nl-BE",
            TimezoneId = timezoneId,
        });
        context.SetDefaultTimeout(10_000);
        // Loopback requests are not intercepted (so timings stay real); everything else is answered or refused here.
        await context.RouteAsync(NotLoopback(), async route =>
        {
            if (new Uri(route.Request.Url).Host == "appsforoffice.microsoft.com")
            {
                // Microsoft's real office.js from npm, in place of its CDN; the fake then stands in for Outlook's mailbox.
                await (officeJs ?? RealOfficeJs.FulfillAsync)(route);
            }
            else
            {
                await route.AbortAsync("blockedbyclient");
            }
        });
        if (office is not null)
        {
            await context.AddInitScriptAsync($"window.__officeFake = {office.ToJson()};");
        }

        return await context.NewPageAsync();
    }

    [GeneratedRegex(@"^(?!https?://127\.0\.0\.1[:/])")]
    private static partial Regex NotLoopback();

    public Uri Url(string path) => new(Host.BaseAddress, path);

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        await Host.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
