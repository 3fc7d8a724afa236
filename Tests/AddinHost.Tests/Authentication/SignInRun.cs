using Microsoft.Playwright;
using OutlookReferralAddin.AddinHost.Tests.Browser;
using OutlookReferralAddin.AddinHost.Tests.Support;
using Xunit.Abstractions;

namespace OutlookReferralAddin.AddinHost.Tests.Authentication;

/// <summary>One provider, one host and one browser context, and what passed between them.</summary>
internal sealed class SignInRun(
    OidcProviderProcess provider, KestrelHostFactory host, CapturingLoggerProvider logs, IBrowserContext context, ITestOutputHelper output) : IAsyncDisposable
{
    private static readonly string[] Told = ["Information ", "Warning ", "Error ", "Critical "];

    public OidcProviderProcess Provider => provider;

    public KestrelHostFactory Host => host;

    /// <summary>Every bearer token the pane sent to the host, in order.</summary>
    public List<string> Bearers { get; } = [];

    public List<(string Path, int Status, bool Bearer)> Responses { get; } = [];

    /// <summary>Every dialog the pane opened, with the pages it showed, in order.</summary>
    public List<List<string>> Dialogs { get; } = [];

    /// <summary>For a failure message: the tokens issued, every dialog and API answer, and what the host logged (with times).</summary>
    public string Describe()
    {
        lock (Responses)
        {
            var dialogs = string.Join(", ", Dialogs.Select(pages => "[" + string.Join(" → ", pages.Select(u => new Uri(u).AbsolutePath)) + "]"));
            return $"{provider.IssuedTokens.Count} token(s) issued; {Dialogs.Count} dialog(s) opened: {dialogs}; "
                + string.Join(", ", Responses.Select(r => $"{r.Path} {r.Status}{(r.Bearer ? "" : " (no bearer)")}"))
                + "; the host logged: " + string.Join(" | ", logs.Lines.Where(Worth).Select(l => l.Split(" [", 2)[0]));
        }
    }

    /// <summary>Every warning and error, the product's own lines, and the API's requests (not the page's scripts and styles).</summary>
    private static bool Worth(string line) =>
        Told.Any(level => line.StartsWith(level, StringComparison.Ordinal))
        && (!line.Contains(" Microsoft.AspNetCore.Hosting.Diagnostics ", StringComparison.Ordinal) || line.Contains("/api/", StringComparison.Ordinal));

    public async Task<TaskPage> OpenPaneAsync()
    {
        var page = await context.NewPageAsync();
        page.Popup += (_, dialog) =>
        {
            var pages = new List<string> { dialog.Url };
            lock (Responses)
            {
                Dialogs.Add(pages);
            }

            dialog.FrameNavigated += (_, frame) =>
            {
                if (frame.ParentFrame is null)
                {
                    lock (Responses)
                    {
                        pages.Add(frame.Url);
                    }
                }
            };
        };
        page.Response += (_, response) =>
        {
            var uri = new Uri(response.Url);
            if (uri.Port != host.BaseAddress.Port || !uri.AbsolutePath.StartsWith("/api/", StringComparison.Ordinal))
            {
                return;
            }

            var authorization = response.Request.Headers.TryGetValue("authorization", out var value) ? value : null;
            if (authorization?.StartsWith("Bearer ", StringComparison.Ordinal) == true)
            {
                lock (Bearers)
                {
                    Bearers.Add(authorization["Bearer ".Length..]);
                }
            }

            lock (Responses)
            {
                Responses.Add((uri.AbsolutePath, response.Status, authorization is not null));
            }
        };
        var pane = new TaskPage(page);
        await pane.OpenAsync(new Uri(host.BaseAddress, "/taskpane.html"));
        return pane;
    }

    /// <summary>Fills the form (the first recipient check asks for a token), drives the dialog, returns the pages it showed.</summary>
    public async Task<List<string>> SignInAsync(TaskPage pane, bool interactive)
    {
        var popupTask = pane.Page.WaitForPopupAsync(new() { Timeout = 60_000 });
        await pane.FillClientAsync(awaitResidence: false);
        var dialog = await popupTask;
        var pages = new List<string> { dialog.Url };
        dialog.FrameNavigated += (_, frame) =>
        {
            if (frame.ParentFrame is null)
            {
                pages.Add(frame.Url);
            }
        };
        if (interactive)
        {
            await DriveLoginIfShownAsync(dialog);
        }

        var closed = new TaskCompletionSource();
        dialog.Close += (_, _) => closed.TrySetResult();
        if (!dialog.IsClosed)
        {
            await closed.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }

        output.WriteLine(provider.Output.Split('\n').LastOrDefault());
        return pages;
    }

    /// <summary>Signs in as the worker and consents, where the dialog shows those pages; a silent renewal shows none.</summary>
    public static async Task DriveLoginIfShownAsync(IPage dialog)
    {
        var login = dialog.Locator("input[name=login]");
        try
        {
            await login.WaitForAsync(new() { Timeout = 20_000 });
        }
        catch (Exception e) when (e is TimeoutException || dialog.IsClosed)
        {
            return;
        }

        await login.FillAsync("medewerker");
        await dialog.Locator("input[name=password]").FillAsync("any-password");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Sign-in" }).ClickAsync();
        var consent = dialog.GetByRole(AriaRole.Button, new() { Name = "Continue" });
        try
        {
            await consent.WaitForAsync(new() { Timeout = 20_000 });
            await consent.ClickAsync();
        }
        catch (Exception e) when (e is TimeoutException || dialog.IsClosed)
        {
            // No consent page (the provider remembers the grant), or the dialog already answered and closed.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await context.CloseAsync();
        await host.DisposeAsync();
        await provider.DisposeAsync();
    }
}
