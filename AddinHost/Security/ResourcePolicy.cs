namespace OutlookReferralAddin.AddinHost.Security;

/// <summary>
/// <c>Cross-Origin-Resource-Policy</c> per path. Outlook on the web and new Outlook load the ribbon and notification
/// icons from their own origin (outlook.office.com, outlook.cloud.microsoft, ...) as plain image requests; with
/// <c>same-site</c> the browser refuses them. The add-in's public assets (icons, the event page and script) are
/// therefore <c>cross-origin</c>; everything else, the API and the pages with client data, stays <c>same-site</c>.
/// </summary>
internal static class ResourcePolicy
{
    public const string HeaderName = "Cross-Origin-Resource-Policy";

    private static readonly PathString[] PublicAssets = ["/addin-icons", "/events"];

    public static string For(PathString path) =>
        PublicAssets.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase)) ? "cross-origin" : "same-site";
}
