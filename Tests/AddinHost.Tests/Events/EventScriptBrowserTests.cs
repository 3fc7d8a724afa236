using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OutlookReferralAddin.AddinHost.Tests.Browser;

namespace OutlookReferralAddin.AddinHost.Tests.Events;

/// <summary>
/// The compose-window script as a browser runs it: the host's own <c>runtime.html</c> and <c>launchevent.js</c> are
/// served from a second origin (<c>127.0.0.2</c>, standing in for the origin Outlook runs them under), so Chromium
/// enforces CORS and the resource policy for real against the host on <c>127.0.0.1</c>. Only Office is faked (the
/// mailbox item the handlers read); the verdicts come from the real host.
/// </summary>
public sealed class EventScriptBrowserTests : IAsyncLifetime
{
    private const string Allowed = "socialedienst@kluisbergen.be";
    private const string Lookalike = "socialedienst@kluisbergen-be.com";
    private const string Archive = "doorverwijzing-R-2026-000123.7z";

    // Defines what launchevent.js needs from office.js; the test sets the item before it calls a handler.
    private const string FakeOfficeJs = """
        window.__handlers = {};
        window.Office = {
          actions: { associate: function (name, handler) { window.__handlers[name] = handler; } },
          context: { mailbox: { item: null }, requirements: { isSetSupported: function () { return false; } } },
          MailboxEnums: { SendModeOverride: { PromptUser: "promptUser" } }
        };
        """;

    private const string RunSendHandler = """
        async ({ to, attachments }) => {
          const later = (callback, value) => setTimeout(() => callback({ status: "succeeded", value }), 0);
          const field = (list) => ({ getAsync: (cb) => later(cb, list.map((a) => ({ emailAddress: a, displayName: a, recipientType: "externalUser" }))) });
          Office.context.mailbox.item = {
            to: field(to), cc: field([]), bcc: field([]),
            getAttachmentsAsync: (cb) => later(cb, attachments.map((name, i) => ({ id: String(i), name, attachmentType: "file" }))),
            notificationMessages: {}
          };
          const started = performance.now();
          const options = await new Promise((resolve) => window.__handlers.onMessageSendHandler({ completed: resolve }));
          return JSON.stringify({ options, ms: performance.now() - started });
        }
        """;

    private readonly List<WebApplication> _pageServers = [];
    private EventHostFactory _host = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private Uri _configuredOrigin = null!;
    private Uri _strangeOrigin = null!;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(BrowserFixture.ChromiumPath), $"Chromium is missing at {BrowserFixture.ChromiumPath}: apt-get install -y chromium");
        var configured = await StartPageServerAsync("127.0.0.2");
        var strange = await StartPageServerAsync("127.0.0.3");
        _configuredOrigin = configured.Origin;
        _strangeOrigin = strange.Origin;
        _host = new EventHostFactory(_configuredOrigin.GetLeftPart(UriPartial.Authority));
        _host.Start();

        // The files exactly as the host serves them (launchevent.js with the host's origin filled in).
        using var client = new HttpClient { BaseAddress = _host.BaseAddress };
        var files = new Dictionary<string, (string Body, string Type)>(StringComparer.Ordinal)
        {
            ["/events/runtime.html"] = (await client.GetStringAsync(new Uri("/events/runtime.html", UriKind.Relative)), "text/html"),
            ["/events/launchevent.js"] = (await client.GetStringAsync(new Uri("/events/launchevent.js", UriKind.Relative)), "text/javascript"),
        };
        Assert.Contains(_host.BaseAddress.GetLeftPart(UriPartial.Authority), files["/events/launchevent.js"].Body, StringComparison.Ordinal);
        configured.Files = files;
        strange.Files = files;

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = BrowserFixture.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    [Fact]
    public async Task OnMessageSend_FromSecondOrigin_GetsTheHostsVerdictThroughRealCors()
    {
        var page = await OpenRuntimeAsync(_configuredOrigin);

        var lookalike = await SendAsync(page, [Lookalike], []);
        var archive = await SendAsync(page, [Allowed], [Archive]);

        var options = lookalike.GetProperty("options");
        Assert.False(options.GetProperty("allowEvent").GetBoolean());
        Assert.Contains(Lookalike, options.GetProperty("errorMessage").GetString(), StringComparison.Ordinal);
        Assert.Contains(Allowed, options.GetProperty("errorMessage").GetString(), StringComparison.Ordinal);
        Assert.True(archive.GetProperty("options").GetProperty("allowEvent").GetBoolean());
        // The directory GET (not awaited once the screening answered) was readable cross-origin too: the page caches it.
        var cached = await page.WaitForFunctionAsync("() => localStorage.getItem('ocmwDirectory')");
        Assert.Contains(Allowed, await cached.JsonValueAsync<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnMessageSend_FromUnlistedOrigin_IsRefusedByTheBrowserAndFallsBack()
    {
        var page = await OpenRuntimeAsync(_strangeOrigin);

        var refused = await page.EvaluateAsync<string>(
            "async (url) => { try { await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{\"recipients\":[\"a@b.be\"]}' }); return 'served'; } catch (e) { return e.name; } }",
            new Uri(_host.BaseAddress, "/api/recipients/screen").AbsoluteUri);
        var result = await SendAsync(page, [Lookalike], [Archive]);

        Assert.Equal("TypeError", refused);
        // No verdict reached the page; the public directory (readable from anywhere) still says the lookalike is no
        // agreed mailbox, so the referral archive is held all the same.
        var options = result.GetProperty("options");
        Assert.False(options.GetProperty("allowEvent").GetBoolean());
        Assert.Contains(Lookalike, options.GetProperty("errorMessage").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/addin-icons/icon-16.png")]
    [InlineData("/addin-icons/icon-80.png")]
    public async Task Icon_LoadedByAPageOnAnotherSite_IsShown(string path)
    {
        var page = await OpenRuntimeAsync(_configuredOrigin);

        var width = await page.EvaluateAsync<int>(
            "(src) => new Promise((resolve) => { const img = new Image(); img.onload = () => resolve(img.naturalWidth); img.onerror = () => resolve(-1); img.src = src; })",
            new Uri(_host.BaseAddress, path).AbsoluteUri);

        Assert.True(width > 0, $"Chromium refused {path} from another site (naturalWidth {width})");
    }

    private async Task<IPage> OpenRuntimeAsync(Uri origin)
    {
        var context = await _browser.NewContextAsync();
        context.SetDefaultTimeout(10_000);
        // Loopback stays real; office.js's CDN is answered with the fake; anything else is refused.
        await context.RouteAsync(url => !new Uri(url).Host.StartsWith("127.0.0.", StringComparison.Ordinal), async route =>
        {
            if (new Uri(route.Request.Url).Host == "appsforoffice.microsoft.com")
            {
                await route.FulfillAsync(new() { Status = 200, ContentType = "text/javascript", Body = FakeOfficeJs });
            }
            else
            {
                await route.AbortAsync("blockedbyclient");
            }
        });
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(new Uri(origin, "/events/runtime.html").AbsoluteUri);
        Assert.Equal((int)HttpStatusCode.OK, response!.Status);
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.__handlers.onMessageSendHandler === 'function'"));
        return page;
    }

    private static async Task<JsonElement> SendAsync(IPage page, string[] to, string[] attachments) =>
        JsonDocument.Parse(await page.EvaluateAsync<string>(RunSendHandler, new { to, attachments })).RootElement.Clone();

    private async Task<PageServer> StartPageServerAsync(string address)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Parse(address), 0));
        var app = builder.Build();
        var server = new PageServer();
        app.MapGet("/events/{file}", (string file) => server.Files.TryGetValue("/events/" + file, out var found)
            ? Results.Text(found.Body, found.Type)
            : Results.NotFound());
        await app.StartAsync();
        _pageServers.Add(app);
        server.Origin = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        return server;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        foreach (var app in _pageServers)
        {
            await app.DisposeAsync();
        }

        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    private sealed class PageServer
    {
        public Uri Origin { get; set; } = null!;

        public Dictionary<string, (string Body, string Type)> Files { get; set; } = [];
    }
}
