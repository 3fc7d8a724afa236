using Microsoft.Playwright;
using OutlookReferralAddin.AddinHost.Tests.Manifest;

namespace OutlookReferralAddin.AddinHost.Tests.Browser;

/// <summary>
/// Microsoft's office.js from the npm package <c>@microsoft/office-js</c>, served in place of its CDN
/// (<c>https://appsforoffice.microsoft.com/lib/1/hosted/</c>, which this machine cannot reach), so the pages run against
/// the real library's start-up: its <c>Office.onReady</c>, the scripts it loads after itself, its namespace.
/// </summary>
internal static class RealOfficeJs
{
    public const string CdnPrefix = "https://appsforoffice.microsoft.com/lib/1/hosted/";

    /// <summary>The node packages the tests run (<c>Support/node</c>: office.js, oidc-provider), installed by <c>npm ci</c>.</summary>
    public static readonly string NodeDirectory = Path.Combine(RepoPaths.Root, "Tests", "AddinHost.Tests", "Support", "node");

    private static string Dist => Path.Combine(NodeDirectory, "node_modules", "@microsoft", "office-js", "dist");

    public static async Task EnsureInstalledAsync()
    {
        await NodeRunner.EnsurePackagesAsync(NodeDirectory, Path.Combine("@microsoft", "office-js"));
        Assert.True(File.Exists(Path.Combine(Dist, "office.js")), "office.js is missing from " + Dist);
    }

    /// <summary>Answers a request for the CDN with the package's file of the same name, or 404 as the CDN would.</summary>
    public static async Task FulfillAsync(IRoute route)
    {
        var url = route.Request.Url;
        var relative = url.StartsWith(CdnPrefix, StringComparison.OrdinalIgnoreCase) ? new Uri(url).AbsolutePath["/lib/1/hosted/".Length..] : "";
        var file = Path.GetFullPath(Path.Combine(Dist, relative));
        if (relative.Length == 0 || !file.StartsWith(Dist, StringComparison.Ordinal) || !File.Exists(file))
        {
            await route.FulfillAsync(new() { Status = 404, Body = "" });
            return;
        }

        await route.FulfillAsync(new() { Status = 200, ContentType = "application/javascript", Path = file });
    }
}
