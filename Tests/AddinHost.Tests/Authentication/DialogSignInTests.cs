using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.Playwright;
using OutlookReferralAddin.AddinHost.Tests.Browser;
using OutlookReferralAddin.AddinHost.Tests.Support;
using Xunit.Abstractions;

namespace OutlookReferralAddin.AddinHost.Tests.Authentication;

/// <summary>
/// The dialog fallback sign-in end to end, with nothing faked but Outlook itself: the pane's real MSAL.js in real
/// Chromium signs in at a real OpenID Connect provider (npm oidc-provider) registered from the guide's table only; the
/// host in Entra mode (Microsoft.Identity.Web, authority pointed at that provider) validates the token; a referral goes
/// out. The Office dialog is the one stand-in: a browser window the test drives, posting back like messageParent.
/// Not covered offline: nested app authentication (needs Outlook's broker) and the on-behalf-of exchange to Graph
/// (oidc-provider has no such grant), so mail goes to the pickup folder.
/// </summary>
public sealed partial class DialogSignInTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string TenantId = "7b0c5f0e-4a8d-4f6a-9d1e-2c3b4a5d6e7f";
    private const string ClientId = "5d3e2f1a-0b9c-4d8e-a7f6-1e2d3c4b5a69";
    private const string Mailbox = "socialedienst@kluisbergen.be";

    // The pane renews a dialog token 5 minutes before it expires (entra.ts), MSAL its cached token likewise: a 320 s
    // token is fresh for 20 s, then both renew, so the test sees a real expiry without waiting an hour.
    private const int ShortTokenSeconds = 320;

    private readonly TestCertificate _certificate = TestCertificate.Create();
    private readonly int _hostPort = FreePort();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    private string HostName => $"127.0.0.1:{_hostPort}";

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(BrowserFixture.ChromiumPath), $"Chromium is missing at {BrowserFixture.ChromiumPath}");
        await RealOfficeJs.EnsureInstalledAsync();
        _playwright = await Playwright.CreateAsync();
        // Chromium trusts exactly the test certificate (host and provider), nothing else.
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = BrowserFixture.ChromiumPath,
            Headless = true,
            Args = [.. BrowserFixture.ChromiumArgs, $"--ignore-certificate-errors-spki-list={_certificate.SpkiSha256}"],
            Timeout = 30_000,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        _certificate.Dispose();
    }

    /// <summary>The registration exactly as the guide's table says, for this test's host.</summary>
    private ProviderRegistration FromGuide()
    {
        var guide = EntraGuide.Read();
        Assert.Equal(2, guide.TokenVersion);
        // The worker holds the guide's worker role and is in the team group of Kluisbergen's protocol (the Development seed's).
        return new ProviderRegistration(
            TenantId, ClientId, guide.RedirectUris(HostName, ClientId), guide.ApplicationIdUri(HostName, ClientId), guide.ScopeName, guide.TokenVersion,
            [guide.WorkerRole], [OutlookReferralAddin.AddinHost.Teams.DevelopmentTeams.ScheldeleieGroupId]);
    }

    [Fact]
    public async Task DialogSignIn_RegisteredAsTheGuideSays_SendsReferralAndRenewsTheExpiredTokenSilently()
    {
        await using var run = await StartAsync(FromGuide());
        var pane = await run.OpenPaneAsync();

        var firstDialog = await run.SignInAsync(pane, interactive: true);
        await SendReferralAsync(run, pane);
        var first = run.Bearers.Last();
        var token = new JsonWebToken(first);
        Assert.Equal(run.Provider.Issuer, token.Issuer);
        Assert.Equal(ClientId, token.Audiences.Single());
        Assert.Equal("access_as_user", token.GetClaim("scp").Value);
        output.WriteLine($"first token for {token.Audiences.Single()} valid until {token.ValidTo:O}; dialog pages: {string.Join(" → ", firstDialog)}");

        // Wait until the token is inside the renewal window; the next call must bring a new one, without a sign-in page.
        var renewAt = token.ValidTo.AddMinutes(-5).AddSeconds(2);
        await Task.Delay(renewAt - DateTime.UtcNow is { Ticks: > 0 } wait ? wait : TimeSpan.Zero);
        // The passphrase was not marked as given: leaving the sent view asks first (issue 13), and the test goes on.
        await pane.Page.GetByRole(AriaRole.Button, new() { Name = "Nieuwe doorverwijzing" }).ClickAsync();
        await pane.Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Toch verdergaan" }).ClickAsync();
        var secondDialog = await run.SignInAsync(pane, interactive: false);
        await SendReferralAsync(run, pane, again: true);

        Assert.NotEqual(first, run.Bearers.Last());
        Assert.True(new JsonWebToken(run.Bearers.Last()).ValidTo > token.ValidTo, "the second referral went with the renewed token");
        Assert.DoesNotContain(secondDialog, url => url.Contains("/interaction/", StringComparison.Ordinal));
        Assert.Equal(2, run.Provider.IssuedTokens.Count);
        Assert.Equal(2, System.IO.Directory.GetFiles(run.Host.PickupDirectory, "*.eml").Length);
        output.WriteLine($"renewed without a sign-in page; second dialog pages: {string.Join(" → ", secondDialog)}; "
            + "provider: " + string.Join(" | ", run.Provider.Output.Split('\n').Where(l => l.Contains("error", StringComparison.Ordinal) || l.StartsWith('{'))));
        output.WriteLine(run.Describe());
    }

    public static TheoryData<string> Deviations => ["dialog-redirect-taskpane", "application-id-uri-without-host", "token-version-1"];

    /// <summary>An app registration that differs from the guide in one value: no token is accepted, nothing is sent.</summary>
    [Theory]
    [MemberData(nameof(Deviations))]
    public async Task DialogSignIn_RegistrationDiffersFromGuide_NoTokenIsAcceptedAndNothingIsSent(string deviation)
    {
        var guide = FromGuide();
        var registration = deviation switch
        {
            // What the previous guide said: Entra would answer AADSTS50011.
            "dialog-redirect-taskpane" => guide with { RedirectUris = [.. guide.RedirectUris.Select(u => u.Replace("/auth-dialog.html", "/taskpane.html", StringComparison.Ordinal))] },
            // The URI the task pane used to ask for: Entra would answer AADSTS500011.
            "application-id-uri-without-host" => guide with { ApplicationIdUri = $"api://{ClientId}" },
            // requestedAccessTokenVersion left at 1: the audience becomes the Application ID URI.
            "token-version-1" => guide with { AccessTokenVersion = 1 },
            _ => throw new ArgumentOutOfRangeException(nameof(deviation)),
        };
        await using var run = await StartAsync(registration);
        var pane = await run.OpenPaneAsync();

        // Typing starts the first recipient check, which needs a token and opens the dialog.
        var popupTask = pane.Page.WaitForPopupAsync(new() { Timeout = 60_000 });
        await pane.FillClientAsync(awaitResidence: false);
        var dialog = await popupTask;
        await SignInRun.DriveLoginIfShownAsync(dialog);
        await Task.Delay(TimeSpan.FromSeconds(5));
        var shown = dialog.IsClosed ? "" : (await dialog.Locator("body").InnerTextAsync()).Trim();
        output.WriteLine($"{deviation}: dialog {(dialog.IsClosed ? "closed" : "shows: " + shown)}; provider: "
            + string.Join(" | ", run.Provider.Output.Split('\n').Where(l => l.Contains("error", StringComparison.Ordinal) || l.StartsWith('{')))
            + "; host answered " + string.Join(", ", run.Responses.Where(r => r.Bearer).Select(r => $"{r.Path} {r.Status}")));

        switch (deviation)
        {
            case "dialog-redirect-taskpane":
                Assert.Contains("invalid_redirect_uri", shown, StringComparison.Ordinal);
                Assert.Empty(run.Provider.IssuedTokens);
                break;
            case "application-id-uri-without-host":
                Assert.Contains("invalid_scope", run.Provider.Output, StringComparison.Ordinal);
                Assert.Empty(run.Provider.IssuedTokens);
                break;
            default:
                Assert.NotEmpty(run.Provider.IssuedTokens);
                Assert.Contains(run.Responses, r => r.Bearer && r.Status == 401);
                break;
        }

        Assert.DoesNotContain(run.Responses, r => r.Bearer && r.Status is >= 200 and < 300);
        Assert.Empty(System.IO.Directory.GetFiles(run.Host.PickupDirectory, "*.eml"));
    }

    private static async Task SendReferralAsync(SignInRun run, TaskPage pane, bool again = false)
    {
        try
        {
            await Assertions.Expect(pane.Field("recipient")).ToHaveValueAsync(Mailbox);
            await Assertions.Expect(pane.Page.Locator("#f-recipient-verdict")).ToHaveAttributeAsync("data-verdict", "allowed", new() { Timeout = 30_000 });
            await pane.GiveConsentAsync();
            await pane.SendAsync();
            if (again)
            {
                // The same family a second time within 30 days: the pane asks first (issue 21), and the worker sends anyway.
                await pane.Page.GetByTestId("duplicate-dialog").GetByRole(AriaRole.Button, new() { Name = "Toch versturen" }).ClickAsync();
            }

            await pane.Page.GetByTestId("reference").WaitForAsync(new() { Timeout = 30_000 });
        }
        catch (Exception e) when (e is TimeoutException or PlaywrightException)
        {
            // Say what the worker saw instead, and what passed between pane, provider and host: a bare timeout told us nothing.
            throw new TimeoutException($"{(again ? "second" : "first")} referral: {e.Message.Split('\n')[0]}; the pane shows: "
                + $"{await pane.Page.Locator("main").InnerTextAsync()}; {run.Describe()}", e);
        }

        var reference = await pane.Page.GetByTestId("reference").TextContentAsync();
        var mail = await PickupArchive.WaitForMailAsync(run.Host.PickupDirectory, reference!.Trim());
        Assert.Equal(Mailbox, mail.To.Mailboxes.Single().Address);
    }

    private async Task<SignInRun> StartAsync(ProviderRegistration registration)
    {
        var provider = await OidcProviderProcess.StartAsync(registration, _certificate, ShortTokenSeconds);
        var settings = new Dictionary<string, string?>
        {
            ["Authentication:Mode"] = "Entra",
            ["AzureAd:Instance"] = provider.Instance,
            ["AzureAd:TenantId"] = TenantId,
            ["AzureAd:ClientId"] = ClientId,
            ["Addin:PublicUrl"] = $"https://{HostName}",
            // For a failure's description: when each request came and went, what the bearer check said, how far a referral got.
            ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
            ["Logging:LogLevel:Microsoft.AspNetCore.Authentication"] = "Information",
            ["Logging:LogLevel:OutlookReferralAddin"] = "Information",
        };
        var logs = new CapturingLoggerProvider();
        var host = new KestrelHostFactory(settings, services =>
        {
            provider.TrustFrom(services);
            services.AddSingleton<ILoggerProvider>(logs);
        }, _certificate.Certificate, _hostPort);
        host.Start();
        var context = await _browser!.NewContextAsync(new() { ViewportSize = new() { Width = 350, Height = 900 }, Locale = "nl-BE" });
        context.SetDefaultTimeout(30_000);
        await context.RouteAsync(NotLoopback(), async route =>
        {
            if (route.Request.Url.StartsWith(RealOfficeJs.CdnPrefix, StringComparison.OrdinalIgnoreCase))
            {
                await RealOfficeJs.FulfillAsync(route);
            }
            else
            {
                await route.AbortAsync("blockedbyclient");
            }
        });
        context.Page += (_, page) => page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                output.WriteLine($"console {message.Type} on {page.Url}: {message.Text}");
            }
        };
        await context.AddInitScriptAsync($"window.__officeFake = {(OfficeFake.Compose() with { NestedAppAuth = false }).ToJson()};");
        return new SignInRun(provider, host, logs, context, output);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"^(?!https?://127\.0\.0\.1[:/])")]
    private static partial Regex NotLoopback();
}
